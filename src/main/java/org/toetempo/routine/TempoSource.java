package org.toetempo.routine;

/** Where the beat comes from. */
public enum TempoSource implements Choice {
    METRONOME,
    /** The beat of a song the user loads; the metronome stands in when there is none. */
    SONG
}
