package org.toetempo.song;

import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;
import org.toetempo.song.tags.SongTags;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loads a song for playing in one pass over its bytes: hash, tags, one decode for both playback (stereo) and
 * analysis (mono), and the beat from the cache, or found now and cached. Runs on a background thread; it reports
 * what it is doing, for a progress line.
 */
public final class SongLoading {

    private SongLoading() {
    }

    public static LoadedSong load(Path file, SongCache cache, Consumer<String> stage) throws IOException {
        long start = System.nanoTime();
        stage.accept("Reading");
        byte[] bytes = AudioFiles.read(file);
        String hash = SongAnalyzer.sha256(bytes);
        SongTags tags = SongTags.read(bytes, file);
        stage.accept("Decoding");
        DecodedAudio audio = AudioFiles.decode(bytes, true);
        bytes = null; // free before the analysis: a long WAV is hundreds of megabytes
        Optional<SongCache.Entry> cached = cache.get(hash);
        if (cached.isPresent() && cached.get().analysis() != null) {
            return new LoadedSong(file, hash, tags, audio, cached.get(), null);
        }
        stage.accept("Finding the beat");
        SongAnalysis analysis = SongAnalyzer.analyze(audio, start);
        SongCorrections corrections = cached.map(SongCache.Entry::corrections).orElse(SongCorrections.NONE);
        String warning = null;
        try {
            cache.put(hash, analysis, corrections);
        } catch (IOException e) {
            warning = "The song's beat could not be saved (" + e.getMessage() + "); it will be found again next time.";
        }
        return new LoadedSong(file, hash, tags, audio, new SongCache.Entry(hash, analysis, corrections), warning);
    }
}
