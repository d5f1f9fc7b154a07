package org.toetempo.progress;

import java.util.Set;

/**
 * What one coach rule proposes. Rules never see each other's proposals; {@link Resolver} combines them with the
 * catalogue's precedence, so the answer is the same whatever order the rules run in.
 */
sealed interface Proposal {

    /**
     * Where a suggestion comes in the list within its kind: the slots' groups in order; within a group by the target
     * (the exercise's place in the routine, or the block's index), then by slot.
     */
    enum Slot {
        WARNING_SIGNS(0), PAIN_CLIMBING(1), PAIN_CUT(2), PAIN_REVIEW(2), CRAMP(2), HARD(2), RESUME(2),
        CRAMP_ADVICE(3), MODERATE_PAIN(4), BREAK(5), STAGE(6), PROGRESSION(7), EXTRA_SET(7), TEMPO(8);

        final int group;

        Slot(int group) {
            this.group = group;
        }
    }

    /** R4's warning signs: when there is one, it is the only suggestion. */
    record Stop(Suggestion suggestion) implements Proposal {
    }

    /** Shown as it is, unless a {@link Stop} silences it. */
    record Show(Slot slot, int target, Suggestion suggestion) implements Proposal {
    }

    /** These exercises must not progress this time (pain, a cramp, a break, a stage gate, skipped or paused). */
    record Hold(Set<String> exercises) implements Proposal {

        public Hold {
            exercises = Set.copyOf(exercises);
        }
    }

    /**
     * A regression that changes an exercise's dose. One dose change per exercise: only the first by slot (R3, then
     * R7, then R6) that changes something keeps its change; the others are shown {@code without} one.
     */
    record DoseDown(Slot slot, int target, String exercise, Suggestion suggestion, Suggestion without)
            implements Proposal {
    }

    /** A progression (or what a gate still needs) for one exercise: dropped when the exercise is held. */
    record Progress(Slot slot, int target, String exercise, boolean levelChange, Suggestion suggestion)
            implements Proposal {
    }

    /** P10's move to the next stage: nothing changes tempo with it. */
    record StageMove(Suggestion suggestion) implements Proposal {
    }

    /**
     * A tempo change for a block (P8). P2: dropped with a stage move or with a level change of one of the block's
     * exercises; a faster tempo is also dropped while one of them is held.
     */
    record TempoChange(int block, Set<String> exercises, boolean faster, Suggestion suggestion) implements Proposal {

        public TempoChange {
            exercises = Set.copyOf(exercises);
        }
    }
}
