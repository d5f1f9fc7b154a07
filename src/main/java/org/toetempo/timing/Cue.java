package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.Side;

/**
 * One thing to say, show or sound at an exact time of the schedule.
 *
 * @param nanos    schedule time from the start of the routine
 * @param beat     the metronome beat it falls on (counted from 0 over the whole routine), or -1 when it is timed
 *                 in seconds off the beat (hold and rest countdowns on a metronome)
 * @param step     index of the scheduled step ({@link ScheduledStep#index()}), or -1 outside steps
 * @param exercise exercise id, or {@code null} outside steps
 * @param side     the working foot: {@code RIGHT}, {@code LEFT} or {@code BOTH}; {@code null} outside steps
 * @param set      1-based set number on this foot (0 when not applicable)
 * @param rep      1-based rep number (0 when not applicable)
 * @param phase    the phase's action for {@link CueType#PHASE} and {@link CueType#HOLD_START}, else {@code null}
 * @param text     what to show or say: a cue word, a count, an announcement
 * @param value    a number the cue carries: the count for count-ins and countdowns, seconds for rests and holds
 */
public record Cue(
        long nanos,
        long beat,
        CueType type,
        int step,
        String exercise,
        Side side,
        int set,
        int sets,
        int rep,
        int reps,
        Action phase,
        String text,
        int value) {

    public double seconds() {
        return nanos / 1e9;
    }
}
