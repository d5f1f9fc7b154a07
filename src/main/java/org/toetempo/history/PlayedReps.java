package org.toetempo.history;

import org.toetempo.routine.Side;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reps a session actually played, each named by where it sits in the routine (block, step, pass of a repeating
 * block, foot, set, rep) rather than by time, so that reps played before and after a tempo change, or played again
 * after going back a step, are each counted once. Immutable; {@link PlayTracker} collects one while playing.
 *
 * @param reachedEnd the session was played to the end of the routine
 */
public record PlayedReps(Set<Rep> reps, boolean reachedEnd, double activeSeconds) {

    /** One rep of one set on one foot of one scheduled step. */
    public record Rep(int block, int stepInBlock, int cycle, Side foot, int set, int rep) {
    }

    public PlayedReps {
        reps = Set.copyOf(reps);
    }

    /**
     * Every rep that ended at or before {@code reachedNanos} of the schedule: a session played straight through
     * from the start and stopped there (or, at the schedule's total, finished).
     */
    public static PlayedReps upTo(Schedule schedule, long reachedNanos) {
        Set<Rep> reps = new HashSet<>();
        collect(schedule, Long.MIN_VALUE, reachedNanos, reps);
        long reached = Math.max(0, Math.min(reachedNanos, schedule.totalNanos()));
        return new PlayedReps(reps, reachedNanos >= schedule.totalNanos(), reached / 1e9);
    }

    /** Adds the reps whose last phase ends in {@code (fromNanos, toNanos]} of the schedule. */
    static void collect(Schedule schedule, long fromNanos, long toNanos, Set<Rep> into) {
        if (toNanos <= fromNanos) {
            return;
        }
        List<Cue> cues = schedule.cues();
        List<ScheduledStep> steps = schedule.steps();
        int i = fromNanos == Long.MIN_VALUE ? 0 : schedule.cueAtOrAfter(fromNanos + 1);
        for (; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.nanos() > toNanos) {
                break;
            }
            if (cue.type() == CueType.REP_COMPLETE && cue.step() >= 0 && cue.step() < steps.size()) {
                ScheduledStep step = steps.get(cue.step());
                into.add(new Rep(step.block(), step.stepInBlock(), step.cycle(), cue.side(), cue.set(), cue.rep()));
            }
        }
    }

    public int count() {
        return reps.size();
    }
}
