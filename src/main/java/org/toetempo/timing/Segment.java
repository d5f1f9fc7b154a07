package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;

/**
 * A stretch of the schedule with one activity: a count-in, a lead-in, one phase of one rep, or a rest.
 * Segments tile the schedule without gaps.
 *
 * @param grid      the beat grid of a beat-timed segment, or {@code null} for a segment timed in seconds
 * @param gridBeat  the grid's beat position at the segment's start
 * @param beats     length in beats (0 when timed in seconds)
 * @param firstBeat routine-wide number of the segment's first beat (-1 when timed in seconds)
 * @param step      index of its scheduled step, or -1 (count-in, rests between blocks)
 * @param phase     index of the phase in the rep, or -1
 * @param part      the part of the foot that moves in this phase, or {@code null}
 */
public record Segment(
        Activity activity,
        long startNanos,
        long endNanos,
        BeatGrid grid,
        double gridBeat,
        int beats,
        long firstBeat,
        int step,
        Side side,
        int set,
        int rep,
        int phase,
        Action action,
        FootPart part,
        String cue) {

    public boolean onBeats() {
        return grid != null;
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }
}
