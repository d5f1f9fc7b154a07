package org.toetempo.history;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The steps of a session record, immutable, with their totals worked out once. Loaded from the log, the steps
 * stay as their JSON until first read ({@link LazyList}): the History screen's charts and streaks need only the
 * totals (kept in each entry beside the steps), so loading 10,000 sessions does not decode 160,000 steps.
 */
final class StepList extends AbstractList<StepRecord> implements RandomAccess {

    private final List<StepRecord> steps;
    private final int repsDone;
    private final int repsPlanned;
    private final double tempoReached;

    private StepList(List<StepRecord> steps, int repsDone, int repsPlanned, double tempoReached) {
        this.steps = steps;
        this.repsDone = repsDone;
        this.repsPlanned = repsPlanned;
        this.tempoReached = tempoReached;
    }

    static StepList of(List<StepRecord> steps) {
        if (steps instanceof StepList list) {
            return list;
        }
        List<StepRecord> copy = steps == null ? List.of() : List.copyOf(steps);
        int done = 0;
        int planned = 0;
        double tempo = 0;
        for (StepRecord step : copy) {
            done += step.repsDone();
            planned += step.repsPlanned();
            if (step.started()) {
                tempo = Math.max(tempo, step.bpm());
            }
        }
        return new StepList(copy, done, planned, tempo);
    }

    /** The same steps with the fastest tempo played derived elsewhere (from the blocks' played tempos). */
    StepList withTempoReached(double value) {
        return new StepList(steps, repsDone, repsPlanned, value);
    }

    /** Steps not yet decoded, with the totals written beside them. */
    static StepList lazy(Details details, int repsDone, int repsPlanned, double tempoReached) {
        return new StepList(new LazyList<>(details, Details.Parts::steps), repsDone, repsPlanned, tempoReached);
    }

    int repsDone() {
        return repsDone;
    }

    int repsPlanned() {
        return repsPlanned;
    }

    double tempoReached() {
        return tempoReached;
    }

    boolean decoded() {
        return !(steps instanceof LazyList<?> lazy) || lazy.decoded();
    }

    @Override
    public StepRecord get(int index) {
        return steps.get(index);
    }

    @Override
    public int size() {
        return steps.size();
    }
}
