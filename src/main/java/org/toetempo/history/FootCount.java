package org.toetempo.history;

import org.toetempo.routine.Side;

/**
 * What one foot did in one step: sets and reps done against those planned.
 *
 * @param foot {@code RIGHT}, {@code LEFT} or {@code BOTH} (both feet together)
 */
public record FootCount(Side foot, int setsDone, int setsPlanned, int repsDone, int repsPlanned) {

    public FootCount {
        if (foot == null) {
            throw new IllegalArgumentException("a foot count needs a foot");
        }
        if (setsDone < 0 || setsPlanned < 0 || repsDone < 0 || repsPlanned < 0 || repsDone > repsPlanned
                || setsDone > setsPlanned) {
            throw new IllegalArgumentException("impossible counts for the " + foot + " foot: " + setsDone + "/"
                    + setsPlanned + " sets, " + repsDone + "/" + repsPlanned + " reps");
        }
    }

    public boolean complete() {
        return repsDone == repsPlanned;
    }
}
