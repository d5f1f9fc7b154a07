package org.toetempo.song;

import org.toetempo.song.decode.SongPcm;
import org.toetempo.song.tags.SongTags;
import org.toetempo.text.Phrase;
import org.toetempo.timing.BeatMap;

import java.nio.file.Path;

/**
 * A song file read for playing: which file, its identity, what it is called, its sound and its beat.
 *
 * @param path    the file
 * @param sha256  the content's hash (the cache and the recent songs know the song by it)
 * @param tags    title and artist (the title falls back to the file name)
 * @param audio   the sound for playback (spooled to a mapped file, however long the song)
 * @param beat    the analysis and the user's corrections
 * @param warning a problem that did not stop the song from loading (the cache could not be written), or null
 */
public record LoadedSong(Path path, String sha256, SongTags tags, SongPcm audio, SongCache.Entry beat, Phrase warning) {

    /** The song's tempo, corrected by the user or as found; 0 when neither (then the user taps it). */
    public double bpm() {
        return beat.bpm();
    }

    /** Every beat of the song as it is played: the tracked map with the user's corrections; null when no beat. */
    public BeatMap beatMap() {
        return beat.beatMap();
    }

    public double firstBeatSeconds() {
        return beat.firstBeatSeconds();
    }

    /** The same song with the user's corrections. */
    public LoadedSong withCorrections(SongCorrections corrections) {
        return new LoadedSong(path, sha256, tags, audio, new SongCache.Entry(sha256, beat.analysis(), corrections), warning);
    }
}
