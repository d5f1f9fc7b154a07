package org.toetempo.progress;

import java.time.LocalDate;
import java.util.List;

/** The one-step-down and volume-cut changes the regression rules (R3, R6, R7) and the break rule propose. */
final class Doses {

    private Doses() {
    }

    /**
     * One step down: a level if there is one below ({@code preferLevel}, for pain), else the dose. Without
     * {@code preferLevel} (R6) progression is undone first: reps or hold back towards the routine's, then a level,
     * then reps or hold below the routine's.
     */
    static List<Change> stepDown(CoachInput in, RoutineFacts.ExerciseInfo info, double keep, boolean preferLevel) {
        String x = info.exercise().id();
        ExercisePlan ep = in.exercisePlan(x);
        String level = in.level(info);
        int index = info.exercise().levelIndex(level);
        double writtenHold = info.holdAt(level);
        double hold = in.hold(info, level);
        int reps = ep.reps(info.writtenReps());
        if (!preferLevel) {
            if (ep.extraReps() > 0) {
                int to = Math.max(info.writtenReps(), reps - Rules.REPS_STEP);
                return List.of(new Change.SetReps(x, reps, to, to - info.writtenReps()));
            }
            if (hold > writtenHold + 1e-9) {
                return List.of(new Change.SetHold(x, hold, Math.max(writtenHold, hold - Rules.HOLD_STEP)));
            }
        }
        if (index > 0) {
            return List.of(levelDown(info, level, null));
        }
        if (preferLevel) {
            return cut(in, info, keep);
        }
        if (reps > 1 && hold == 0) {
            int to = Math.max(1, reps - Rules.REPS_STEP);
            return List.of(new Change.SetReps(x, reps, to, to - info.writtenReps()));
        }
        if (hold > Rules.HOLD_STEP) {
            return List.of(new Change.SetHold(x, hold, Math.max(Rules.HOLD_STEP, hold - Rules.HOLD_STEP)));
        }
        return List.of();
    }

    /** Volume cut to {@code keep} of the current: reps per set, or the hold for an exercise done as holds. */
    static List<Change> cut(CoachInput in, RoutineFacts.ExerciseInfo info, double keep) {
        String x = info.exercise().id();
        String level = in.level(info);
        double hold = in.hold(info, level);
        int reps = in.exercisePlan(x).reps(info.writtenReps());
        if (reps > 1) {
            int to = Math.max(1, (int) Math.round(reps * keep));
            if (to < reps) {
                return List.of(new Change.SetReps(x, reps, to, to - info.writtenReps()));
            }
        }
        if (hold > 1) {
            double to = Math.max(1, Math.round(hold * keep));
            if (to < hold) {
                return List.of(new Change.SetHold(x, hold, to));
            }
        }
        return List.of();
    }

    /** The level below {@code level} (which must not be the first), until {@code revert} if given. */
    static Change.SetLevel levelDown(RoutineFacts.ExerciseInfo info, String level, LocalDate revert) {
        String lower = info.exercise().levels().get(info.exercise().levelIndex(level) - 1).id();
        return new Change.SetLevel(info.exercise().id(), level, lower, info.levelName(level), info.levelName(lower),
                revert);
    }
}
