package org.toetempo.song;

import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.PcmSpool;
import org.toetempo.song.decode.SongPcm;
import org.toetempo.song.tags.SongTags;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import static org.toetempo.text.Phrase.phrase;

/**
 * Loads a song for playing in one pass over its content: hash, tags, then one streamed decode that spools the
 * 16-bit stereo for playback ({@link PcmSpool}, next to the cache) and, unless the cache knows the song's beat,
 * builds the onset envelope whose beat is then found and cached. Neither the file nor its PCM is held on the heap,
 * so an hour-long mix loads as a 3-minute song does. Runs on a background thread; it reports what it is doing and
 * how far it is, for a progress line.
 */
public final class SongLoading {

    /** Hears a load's progress. */
    public interface Progress {
        /** What is being done and the share of the whole load done, 0 to 1. */
        void at(Stage stage, double fraction);
    }

    /** The steps of a load, in order; the screen words them in its language. */
    public enum Stage { READING, DECODING, FINDING_BEAT }

    private SongLoading() {
    }

    /** Loads a song, telling {@code stage} each step's name (no percentages). */
    public static LoadedSong load(Path file, SongCache cache, Consumer<Stage> stage) throws IOException {
        Stage[] last = {null};
        return load(file, cache, (what, fraction) -> {
            if (what != last[0]) {
                last[0] = what;
                stage.accept(what);
            }
        });
    }

    public static LoadedSong load(Path file, SongCache cache, Progress progress) throws IOException {
        long start = System.nanoTime();
        progress.at(Stage.READING, 0);
        ByteBuffer bytes = AudioFiles.open(file);
        String hash = SongAnalyzer.sha256(bytes);
        SongTags tags = SongTags.read(AudioFiles.head(bytes), file);
        Optional<SongCache.Entry> cached = cache.get(hash);
        boolean known = cached.isPresent() && cached.get().analysis() != null;
        Stage[] stage = {Stage.DECODING};
        SongAnalyzer.Streamed streamed;
        try (PcmSpool spool = new PcmSpool(cache.directory())) {
            progress.at(stage[0], 0);
            streamed = SongAnalyzer.stream(bytes, spool, !known, fraction -> {
                if (!known && fraction >= SongAnalyzer.DECODING_SHARE && fraction < 1) {
                    stage[0] = Stage.FINDING_BEAT;
                }
                progress.at(stage[0], fraction);
            }, start);
            SongPcm audio = spool.finish();
            if (known) {
                return new LoadedSong(file, hash, tags, audio, cached.get(), null);
            }
            SongAnalysis analysis = streamed.analysis();
            SongCorrections corrections = cached.map(SongCache.Entry::corrections).orElse(SongCorrections.NONE);
            Phrase warning = null;
            try {
                cache.put(hash, analysis, corrections);
            } catch (IOException e) {
                warning = phrase("notice.song.beat-unsaved", String.valueOf(e.getMessage()));
            }
            return new LoadedSong(file, hash, tags, audio, new SongCache.Entry(hash, analysis, corrections), warning);
        }
    }
}
