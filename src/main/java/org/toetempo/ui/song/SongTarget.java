package org.toetempo.ui.song;

import org.toetempo.timing.SongTiming;

/** What a loaded song drives: the session being played. */
public interface SongTarget {

    /** Follow this song ({@code null}: the metronome) in its own blocks, or in every block. */
    void follow(SongTiming song, boolean everywhere);

    /** Whether the routine has blocks written for a song (else a song is followed everywhere). */
    boolean hasSongBlocks();

    /** Seconds into the song heard at a clock time (at its own speed, looped back into it), or NaN when none is. */
    double songSecondsAt(long clockNanos);
}
