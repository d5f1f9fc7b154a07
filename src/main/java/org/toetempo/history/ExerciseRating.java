package org.toetempo.history;

import org.toetempo.routine.Side;

import java.util.EnumSet;
import java.util.Set;

/**
 * The user's rating of one exercise after a session. Only {@code exercise} is required; everything else is
 * {@code null} (or empty, or false) when the rating screen did not ask.
 *
 * @param effort          easy, just right or hard
 * @param pain            pain during this exercise, 0–10, when rated apart from the session's
 * @param harderSide      the foot that found it harder ({@code RIGHT} or {@code LEFT}), {@code null} for "the same"
 * @param formOk          for short foot: the toes stayed relaxed (no clawing); otherwise: every rep with good form
 * @param bestHoldSeconds the longest hold managed, when the user timed one (e.g. the one-leg dome before hops)
 * @param cramp           a cramp came on during this exercise
 * @param redFlags        warning signs that came on during this exercise
 */
public record ExerciseRating(
        String exercise,
        Effort effort,
        Integer pain,
        Side harderSide,
        Boolean formOk,
        Double bestHoldSeconds,
        boolean cramp,
        Set<RedFlag> redFlags) {

    public ExerciseRating {
        if (exercise == null || exercise.isBlank()) {
            throw new IllegalArgumentException("an exercise rating needs the exercise id");
        }
        Ratings.checkScale("pain", pain);
        if (harderSide != null && harderSide != Side.RIGHT && harderSide != Side.LEFT) {
            throw new IllegalArgumentException("the harder side is right or left, not " + harderSide);
        }
        if (bestHoldSeconds != null && !(bestHoldSeconds >= 0 && bestHoldSeconds <= 3600)) {
            throw new IllegalArgumentException("a hold of " + bestHoldSeconds + " s is out of range");
        }
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
    }

    public static ExerciseRating of(String exercise, Effort effort) {
        return new ExerciseRating(exercise, effort, null, null, null, null, false, Set.of());
    }

    public ExerciseRating withEffort(Effort value) {
        return new ExerciseRating(exercise, value, pain, harderSide, formOk, bestHoldSeconds, cramp, redFlags);
    }

    public ExerciseRating withPain(Integer value) {
        return new ExerciseRating(exercise, effort, value, harderSide, formOk, bestHoldSeconds, cramp, redFlags);
    }

    public ExerciseRating withHarderSide(Side value) {
        return new ExerciseRating(exercise, effort, pain, value, formOk, bestHoldSeconds, cramp, redFlags);
    }

    public ExerciseRating withFormOk(Boolean value) {
        return new ExerciseRating(exercise, effort, pain, harderSide, value, bestHoldSeconds, cramp, redFlags);
    }

    public ExerciseRating withBestHoldSeconds(Double value) {
        return new ExerciseRating(exercise, effort, pain, harderSide, formOk, value, cramp, redFlags);
    }

    public ExerciseRating withCramp(boolean value) {
        return new ExerciseRating(exercise, effort, pain, harderSide, formOk, bestHoldSeconds, value, redFlags);
    }

    public ExerciseRating withRedFlags(Set<RedFlag> value) {
        return new ExerciseRating(exercise, effort, pain, harderSide, formOk, bestHoldSeconds, cramp, value);
    }
}
