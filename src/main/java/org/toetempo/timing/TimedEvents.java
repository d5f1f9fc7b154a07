package org.toetempo.timing;

/** Receives the beats and cues that fall in a window of clock time, each at its clock time (for the audio renderer). */
public interface TimedEvents {

    void beat(long clockNanos, BeatMark beat);

    void cue(long clockNanos, Cue cue);
}
