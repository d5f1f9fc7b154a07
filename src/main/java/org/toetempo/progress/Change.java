package org.toetempo.progress;

import org.toetempo.routine.Side;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.time.LocalDate;

/**
 * One change a suggestion makes to the user's plan for a routine, applied only when the user accepts
 * ({@link ProgressPlan#accept}). Each carries the value before, so the screen can show "5 s → 10 s" and a stale
 * suggestion is refused.
 */
public sealed interface Change {

    /** What it changes, to be worded in the app's language, e.g. "Level: Seated → Standing". */
    Phrase words();

    /** In English, e.g. "Level: Seated → Standing". */
    default String describe() {
        return words().english();
    }

    /** In the language of {@code words}. */
    default String describe(Messages words) {
        return words().in(words);
    }

    /**
     * A side as the coach's messages choose their words for it ({@code {0,choice,0#left|1#right}}): German declines
     * "linke" and "rechte" with the sentence, so a side is never a word of its own.
     */
    static int foot(Side side) {
        return side == Side.LEFT ? 0 : 1;
    }

    /**
     * Play an exercise at another level; the dose goes back to what the routine writes for it (the level's
     * starting dose).
     *
     * @param revertOn for a change "for one week" (P11): the date to offer going back to {@code from}; else {@code null}
     */
    record SetLevel(String exercise, String from, String to, String fromName, String toName, LocalDate revertOn)
            implements Change {
        @Override
        public Phrase words() {
            return revertOn == null ? Phrase.phrase("coach.change.level", fromName, toName)
                    : Phrase.phrase("coach.change.level-for-a-week", fromName, toName);
        }
    }

    /**
     * Reps per set. {@code from} and {@code to} are the reps of the exercise's first step as shown; the plan keeps
     * {@code extraReps}, the difference from what the routine writes, so every step of the exercise changes alike.
     */
    record SetReps(String exercise, int from, int to, int extraReps) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.reps", from, to);
        }
    }

    /** Seconds per hold. */
    record SetHold(String exercise, double from, double to) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.hold", from, to);
        }
    }

    /** One extra set on one foot (at most one); {@code side} {@code null} removes it. */
    record ExtraSet(String exercise, Side from, Side side) implements Change {
        @Override
        public Phrase words() {
            return side == null ? Phrase.phrase("coach.change.no-extra-set")
                    : Phrase.phrase("coach.change.extra-set", Change.foot(side));
        }
    }

    /** The tempo of a block (a tempo mode, such as Musical Toes' "Fast"). */
    record SetBlockBpm(int block, String blockName, double from, double to) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.tempo", blockName, from, to);
        }
    }

    /** The programme stage. {@code revertOn}: as for {@link SetLevel}. */
    record SetStage(String from, String to, String fromName, String toName, LocalDate revertOn) implements Change {
        @Override
        public Phrase words() {
            return revertOn == null ? Phrase.phrase("coach.change.stage", fromName, toName)
                    : Phrase.phrase("coach.change.stage-for-a-week", fromName, toName);
        }
    }

    /** Stay in the current stage one more week (the stage gate was not passed). */
    record RepeatWeek(String stage, String stageName) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.repeat-week", stageName);
        }
    }

    /** No more progression suggestions for the exercise until the user resumes it. */
    record Pause(String exercise) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.pause");
        }
    }

    record Resume(String exercise) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.resume");
        }
    }

    /** Leave the exercise out of the routine until the user brings it back. */
    record Skip(String exercise) implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.skip");
        }
    }

    /** Hide hops and heel raises in every routine until a clinician has cleared the user. */
    record LockImpact() implements Change {
        @Override
        public Phrase words() {
            return Phrase.phrase("coach.change.lock-impact");
        }
    }
}
