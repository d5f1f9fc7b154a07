package org.toetempo.history;

import org.toetempo.routine.Side;

import java.util.List;

/**
 * One scheduled step of a session and what was done of it, per foot.
 *
 * @param index       the step's index in the session's schedule
 * @param block       index of its block in the routine
 * @param stepInBlock index of the step in its block
 * @param cycle       0, or the pass of a repeating block
 * @param level       the level played, or {@code null} when the exercise has none
 * @param side        the side written in the routine ({@code right-then-left}, ...)
 * @param bpm         the tempo its beats started at
 * @param holdSeconds the longest hold of one rep (0 when the rep has no hold timed in seconds)
 * @param repsPerSet  reps per set as scheduled
 * @param feet        per foot, in the order they worked
 */
public record StepRecord(
        int index,
        int block,
        int stepInBlock,
        int cycle,
        String exercise,
        String level,
        Side side,
        double bpm,
        double holdSeconds,
        int repsPerSet,
        List<FootCount> feet) {

    public StepRecord {
        if (exercise == null || side == null) {
            throw new IllegalArgumentException("a step record needs an exercise and a side");
        }
        feet = List.copyOf(feet);
    }

    public int repsDone() {
        int sum = 0;
        for (FootCount foot : feet) {
            sum += foot.repsDone();
        }
        return sum;
    }

    public int repsPlanned() {
        int sum = 0;
        for (FootCount foot : feet) {
            sum += foot.repsPlanned();
        }
        return sum;
    }

    /** Every planned rep on every foot was done. */
    public boolean complete() {
        return repsDone() == repsPlanned();
    }

    public boolean started() {
        return repsDone() > 0;
    }

    /** The count for one foot, or {@code null} if that foot did not work in this step. */
    public FootCount foot(Side foot) {
        for (FootCount count : feet) {
            if (count.foot() == foot) {
                return count;
            }
        }
        return null;
    }

    /** Whole sets done on the foot that did fewest (both feet together count as one). */
    public int setsDonePerFoot() {
        int least = Integer.MAX_VALUE;
        for (FootCount count : feet) {
            least = Math.min(least, count.setsDone());
        }
        return feet.isEmpty() ? 0 : least;
    }

    /** One foot at a time (so sides can be compared), not both feet together. */
    public boolean oneSided() {
        return side != Side.BOTH;
    }
}
