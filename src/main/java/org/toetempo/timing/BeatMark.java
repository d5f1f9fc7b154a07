package org.toetempo.timing;

import org.toetempo.routine.Side;

/**
 * A metronome beat: where a click goes.
 *
 * @param index  beat number from 0 over the whole routine
 * @param accent how strongly to mark it
 * @param side   the working foot at that beat ({@code null} outside steps), for panning the click
 */
public record BeatMark(long nanos, long index, Accent accent, Side side) {

    /** How a beat is marked, from strongest to weakest. */
    public enum Accent {
        /** The first beat of a rep. */
        REP,
        /** The first beat of a later phase of a rep. */
        PHASE,
        /** A count-in or lead-in beat. */
        COUNT,
        /** Any other beat. */
        BEAT
    }
}
