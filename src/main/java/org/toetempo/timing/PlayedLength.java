package org.toetempo.timing;

import org.toetempo.routine.EstimatedDuration;
import org.toetempo.routine.Routine;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

/**
 * How long a routine plays, measured by compiling it as the player would. Every screen, the CLI and the handout show
 * this, never the estimate a file states: a copy edited down to 2 × 6 reps would otherwise still say "About 13 min".
 */
public final class PlayedLength {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private PlayedLength() {
    }

    /** Seconds the routine plays with these options (its stage, the user's levels and doses). */
    public static double seconds(Routine routine, PlayOptions options) {
        return Schedule.compile(routine, options).totalNanos() / 1e9;
    }

    /** Seconds the routine plays as written (its first stage, at its own tempo). */
    public static double seconds(Routine routine) {
        return seconds(routine, PlayOptions.defaults());
    }

    /** "About 6 min", "About 45 s": a single figure reads faster on a card than a range. */
    public static String about(double seconds) {
        return about(seconds, ENGLISH);
    }

    /** As {@link #about(double)}, in a language ("Etwa 6 Min."). */
    public static String about(double seconds, Messages words) {
        return seconds < 55 ? words.get("length.about-seconds", Math.max(5, 5 * Math.round(seconds / 5)))
                : words.get("length.about-minutes", Math.max(1, Math.round(seconds / 60)));
    }

    /**
     * The estimate a saved or exported file states (the format keeps one for readers that cannot compile a
     * routine): the measured length to the half minute, give or take a minute, or the routine's own tolerance.
     */
    public static EstimatedDuration estimate(Routine routine) {
        double minutes = Math.max(0.5, Math.round(seconds(routine) / 30.0) / 2.0);
        double tolerance = routine.duration() == null ? 1 : routine.duration().toleranceMinutes();
        return new EstimatedDuration(minutes, tolerance);
    }

    /** The routine with its stated estimate rewritten from what it plays. */
    public static Routine withMeasuredEstimate(Routine routine) {
        EstimatedDuration measured = estimate(routine);
        if (measured.equals(routine.duration())) {
            return routine;
        }
        return new Routine(routine.format(), routine.id(), routine.name(), routine.summary(), routine.purpose(),
                routine.audience(), routine.difficulty(), measured, routine.frequency(), routine.setup(),
                routine.equipment(), routine.safety(), routine.credits(), routine.notes(), routine.tempo(),
                routine.exercises(), routine.stages(), routine.blocks());
    }
}
