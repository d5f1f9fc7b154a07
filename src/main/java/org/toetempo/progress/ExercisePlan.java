package org.toetempo.progress;

import org.toetempo.routine.Side;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The user's settings for one exercise in one routine, changed only by accepted suggestions. Empty (all
 * {@code null}, 0 or false) means "as the routine writes it".
 *
 * @param level           the level to play, or {@code null} for the routine's
 * @param extraReps       reps per set added to (or, negative, taken from) what the routine writes; at least 1 rep stays
 * @param holdSeconds     seconds per hold instead of the routine's, or {@code null}
 * @param extraSet        one extra set on this foot (P9), or {@code null}
 * @param paused          no progression suggestions (R5) until resumed
 * @param skipped         left out of the routine (R4) until brought back
 * @param returnLevel     after a temporary step down (P11): the level to go back to on {@code returnOn}
 * @param lastLevelChange when the level last changed (P2), or {@code null}
 * @param lastChange      when anything here last changed: sessions before it do not count for the next step
 */
public record ExercisePlan(
        String level,
        int extraReps,
        Double holdSeconds,
        Side extraSet,
        boolean paused,
        boolean skipped,
        String returnLevel,
        LocalDate returnOn,
        Instant lastLevelChange,
        Instant lastChange) {

    public static final ExercisePlan NONE = new ExercisePlan(null, 0, null, null, false, false, null, null, null, null);

    /** Reps per set for a step the routine writes with {@code written} reps (0: a step timed in seconds). */
    public int reps(int written) {
        return written <= 0 ? written : Math.max(1, written + extraReps);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    ExercisePlan withLevel(String value, String returnTo, LocalDate on, Instant at) {
        return new ExercisePlan(value, 0, null, extraSet, paused, skipped, returnTo, on, at, at);
    }

    ExercisePlan withExtraReps(int value, Instant at) {
        return new ExercisePlan(level, value, holdSeconds, extraSet, paused, skipped, returnLevel, returnOn, lastLevelChange, at);
    }

    ExercisePlan withHold(Double value, Instant at) {
        return new ExercisePlan(level, extraReps, value, extraSet, paused, skipped, returnLevel, returnOn, lastLevelChange, at);
    }

    ExercisePlan withExtraSet(Side value, Instant at) {
        return new ExercisePlan(level, extraReps, holdSeconds, value, paused, skipped, returnLevel, returnOn, lastLevelChange, at);
    }

    ExercisePlan withPaused(boolean value, Instant at) {
        return new ExercisePlan(level, extraReps, holdSeconds, extraSet, value, skipped, returnLevel, returnOn, lastLevelChange, at);
    }

    ExercisePlan withSkipped(boolean value, Instant at) {
        return new ExercisePlan(level, extraReps, holdSeconds, extraSet, paused, value, returnLevel, returnOn, lastLevelChange, at);
    }

    /** A new stage: the stage's levels and dose apply; pauses and skips stay. */
    ExercisePlan resetForStage(Instant at) {
        return new ExercisePlan(null, 0, null, null, paused, skipped, null, null, lastLevelChange, at);
    }
}
