package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;

/**
 * One thing to say, show or sound at an exact time of the schedule. A cue carries everything its consumers need
 * (the exercise's name and level, the part of the foot it moves), so nothing downstream reads back into the routine.
 *
 * @param nanos        schedule time from the start of the routine
 * @param beat         the metronome beat it falls on (counted from 0 over the whole routine), or -1 when it is
 *                     timed in seconds off the beat (hold and rest countdowns on a metronome)
 * @param step         index of the scheduled step ({@link ScheduledStep#index()}), or -1 outside steps
 * @param exercise     exercise id, or {@code null} outside steps (and for rests)
 * @param exerciseName the exercise's name (what is said when it starts), or {@code null} with no exercise
 * @param level        the exercise's level played, or {@code null} with no exercise or when it has no levels
 * @param part         the part of the foot that moves: the phase's own for {@link CueType#PHASE} and
 *                     {@link CueType#HOLD_START} (and a hold's countdown), else the exercise's figure;
 *                     {@code null} with no exercise
 * @param side         the working foot: {@code RIGHT}, {@code LEFT} or {@code BOTH}; {@code null} outside steps
 * @param set          1-based set number on this foot (0 when not applicable)
 * @param rep          1-based rep number (0 when not applicable)
 * @param phase        the phase's action for {@link CueType#PHASE} and {@link CueType#HOLD_START}, else {@code null}
 * @param text         what to show or say: a cue word, a count, an announcement
 * @param value        a number the cue carries: the count for count-ins and countdowns, seconds for rests and holds
 */
public record Cue(
        long nanos,
        long beat,
        CueType type,
        int step,
        String exercise,
        String exerciseName,
        String level,
        FootPart part,
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

    /** This cue on beat {@code index}. */
    Cue onBeat(long index) {
        return new Cue(nanos, index, type, step, exercise, exerciseName, level, part, side, set, sets, rep, reps,
                phase, text, value);
    }
}
