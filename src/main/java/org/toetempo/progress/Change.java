package org.toetempo.progress;

import org.toetempo.routine.Side;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One change a suggestion makes to the user's plan for a routine, applied only when the user accepts
 * ({@link ProgressPlan#accept}). Each carries the value before, so the screen can show "5 s → 10 s" and a stale
 * suggestion is refused.
 */
public sealed interface Change {

    /** Plain English, e.g. "Level: Seated → Standing". */
    String describe();

    /**
     * Play an exercise at another level; the dose goes back to what the routine writes for it (the level's
     * starting dose).
     *
     * @param revertOn for a change "for one week" (P11): the date to offer going back to {@code from}; else {@code null}
     */
    record SetLevel(String exercise, String from, String to, String fromName, String toName, LocalDate revertOn)
            implements Change {
        @Override
        public String describe() {
            return "Level: " + fromName + " → " + toName + (revertOn == null ? "" : " (for one week)");
        }
    }

    /**
     * Reps per set. {@code from} and {@code to} are the reps of the exercise's first step as shown; the plan keeps
     * {@code extraReps}, the difference from what the routine writes, so every step of the exercise changes alike.
     */
    record SetReps(String exercise, int from, int to, int extraReps) implements Change {
        @Override
        public String describe() {
            return "Reps per set: " + from + " → " + to;
        }
    }

    /** Seconds per hold. */
    record SetHold(String exercise, double from, double to) implements Change {
        @Override
        public String describe() {
            return "Hold: " + seconds(from) + " → " + seconds(to);
        }
    }

    /** One extra set on one foot (at most one); {@code side} {@code null} removes it. */
    record ExtraSet(String exercise, Side from, Side side) implements Change {
        @Override
        public String describe() {
            return side == null ? "No extra set" : "One extra set on the " + side.json() + " foot";
        }
    }

    /** The tempo of a block (a tempo mode, such as Musical Toes' "Fast"). */
    record SetBlockBpm(int block, String blockName, double from, double to) implements Change {
        @Override
        public String describe() {
            return blockName + " tempo: " + number(from) + " → " + number(to) + " BPM";
        }
    }

    /** The programme stage. {@code revertOn}: as for {@link SetLevel}. */
    record SetStage(String from, String to, String fromName, String toName, LocalDate revertOn) implements Change {
        @Override
        public String describe() {
            return "Stage: " + fromName + " → " + toName + (revertOn == null ? "" : " (for one week)");
        }
    }

    /** Stay in the current stage one more week (the stage gate was not passed). */
    record RepeatWeek(String stage, String stageName) implements Change {
        @Override
        public String describe() {
            return "Repeat a week of " + stageName;
        }
    }

    /** No more progression suggestions for the exercise until the user resumes it. */
    record Pause(String exercise) implements Change {
        @Override
        public String describe() {
            return "Pause progression";
        }
    }

    record Resume(String exercise) implements Change {
        @Override
        public String describe() {
            return "Resume progression";
        }
    }

    /** Leave the exercise out of the routine until the user brings it back. */
    record Skip(String exercise) implements Change {
        @Override
        public String describe() {
            return "Leave this exercise out";
        }
    }

    /** Hide hops and heel raises in every routine until a clinician has cleared the user. */
    record LockImpact() implements Change {
        @Override
        public String describe() {
            return "Hide hops and heel raises";
        }
    }

    private static String seconds(double value) {
        return number(value) + " s";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
