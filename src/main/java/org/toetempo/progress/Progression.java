package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.progress.CoachInput.Did;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * P1 (with P12's stricter count while moving to minimalist shoes): after easy sessions with little pain, a little
 * more hold or reps up to a cap, then the next level, gated by P3 and P4 for short foot and by P5 for balance, at most
 * one level change a week and never with a tempo change (P2). Each exercise gets one proposal at most; the resolver
 * drops it when another rule holds the exercise.
 */
final class Progression implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            Proposal proposal = propose(in, info);
            if (proposal != null) {
                out.add(proposal);
            }
        }
        return out;
    }

    private static Proposal propose(CoachInput in, RoutineFacts.ExerciseInfo info) {
        String x = info.exercise().id();
        ExercisePlan ep = in.exercisePlan(x);
        String level = in.level(info);
        int need = in.plan.minimalistTransition() ? Rules.EASY_SESSIONS_MINIMALIST : Rules.EASY_SESSIONS;
        List<Did> dids = in.dids(x);
        if (dids.size() < need) {
            return null;
        }
        List<Did> recent = dids.subList(dids.size() - need, dids.size());
        for (Did did : recent) {
            boolean fits = did.effort() == Effort.EASY && did.complete()
                    && in.pain.of(did.session(), x) == PainCheck.Verdict.OK
                    && (ep.lastChange() == null || did.session().started().isAfter(ep.lastChange()))
                    && Objects.equals(did.level(), level);
            if (!fits) {
                return null;
            }
        }
        String easy = "You rated " + in.name(x) + " easy in your last " + need + " sessions"
                + (in.plan.minimalistTransition() ? " (3 while you move to minimalist shoes, rule P12)" : "")
                + ", with pain at 3/10 or less";
        double writtenHold = info.holdAt(level);
        double hold = in.hold(info, level);
        if (Rules.BALANCE.equals(x) && hold > 0) {
            for (double rung : Rules.BALANCE_HOLDS) {
                if (rung > hold + 1e-9) {
                    return progress(in, x, "P5", in.name(x) + ": hold " + fmt(rung) + " s",
                            easy + ". Rule P5: balance holds go 30 → 45 → 60 seconds, then the next level.",
                            new Change.SetHold(x, hold, rung));
                }
            }
        } else if (hold > 0) {
            double cap = Rules.holdCap(x, writtenHold);
            if (hold < cap - 1e-9) {
                double to = Math.min(cap, hold + Rules.HOLD_STEP);
                return progress(in, x, "P1", in.name(x) + ": hold " + fmt(to) + " s",
                        easy + ". Rule P1: a little more: " + fmt(Rules.HOLD_STEP) + " s longer holds, up to "
                                + fmt(cap) + " s, then the next level.",
                        new Change.SetHold(x, hold, to));
            }
        } else if (info.writtenReps() > 0) {
            int reps = ep.reps(info.writtenReps());
            int cap = Rules.repsCap(info.writtenReps());
            if (reps < cap) {
                int to = Math.min(cap, reps + Rules.REPS_STEP);
                return progress(in, x, "P1", in.name(x) + ": " + to + " reps a set",
                        easy + ". Rule P1: a little more: " + Rules.REPS_STEP + " more reps a set, up to " + cap
                                + ", then the next level.",
                        new Change.SetReps(x, reps, to, to - info.writtenReps()));
            }
        }
        return levelUp(in, info, level, recent, easy);
    }

    private static Proposal levelUp(CoachInput in, RoutineFacts.ExerciseInfo info, String level, List<Did> recent,
                                    String easy) {
        Exercise exercise = info.exercise();
        String x = exercise.id();
        int index = exercise.levelIndex(level);
        if (index < 0 || index + 1 >= exercise.levels().size()) {
            return null;
        }
        Level next = exercise.levels().get(index + 1);
        if (in.plan.impactLocked() && Rules.isImpact(exercise, next.id())) {
            return advice(in, x, "P4", in.name(x) + ": next level hidden",
                    "The next level, " + next.name() + ", hops or raises the heels, which stay hidden until a "
                            + "clinician has cleared you (rule R4).");
        }
        String rule = "P1";
        String gate = "";
        if (Rules.SHORT_FOOT.equals(x) && Rules.ONE_LEG.equals(level) && Rules.DYNAMIC.equals(next.id())) {
            String missing = LevelGates.hops(in, recent);
            if (missing != null) {
                return advice(in, x, "P4", in.name(x) + ": before hops", "Before the hops level (rule P4): " + missing + ".");
            }
            rule = "P4";
            gate = " You held the dome 30 s on one leg with pain at 2/10 or less (rule P4).";
        } else if (Rules.SHORT_FOOT.equals(x)) {
            String missing = LevelGates.shortFoot(recent);
            if (missing != null) {
                return advice(in, x, "P3", in.name(x) + ": before the next level",
                        "To move up to " + next.name() + " (rule P3): " + missing + ".");
            }
            rule = "P3";
            gate = " You did 3 sets of 10 five-second holds with your toes relaxed (rule P3).";
        } else if (Rules.BALANCE.equals(x)) {
            rule = "P5";
            if (exercise.levelIndex(Rules.SOFT_SURFACE) >= 0
                    && index + 1 >= exercise.levelIndex(Rules.SOFT_SURFACE) && !LevelGates.eyesClosedHold(in)) {
                return advice(in, x, "P5", in.name(x) + ": before the soft surface",
                        "The soft-surface levels open once you have held more than 15 s with your eyes closed on a "
                                + "firm floor (rule P5).");
            }
        }
        ExercisePlan ep = in.exercisePlan(x);
        Instant weekAgo = in.now.toInstant().minus(Rules.LEVEL_CHANGE_DAYS, ChronoUnit.DAYS);
        if (ep.lastLevelChange() != null && ep.lastLevelChange().isAfter(weekAgo)) {
            return advice(in, x, "P2", in.name(x) + ": next level next week",
                    easy + ", but the level changed less than a week ago. Rule P2: one level change per exercise a week.");
        }
        if (tempoChangedSinceLastSession(in, info)) {
            return advice(in, x, "P2", in.name(x) + ": next level after your next session",
                    easy + ", but its tempo has just changed. Rule P2: never change the level and the tempo in the "
                            + "same session.");
        }
        Suggestion up = new Suggestion(in.id(rule, x), rule, Suggestion.Kind.PROGRESS, in.routine.id(), x,
                in.name(x) + ": " + next.name(),
                easy + ", at the top of its dose." + gate + " Rule " + rule
                        + ": move to the next level and start again from its first dose.",
                List.of(), List.of(new Change.SetLevel(x, level, next.id(), info.levelName(level), next.name(), null)),
                false);
        return new Proposal.Progress(Proposal.Slot.PROGRESSION, in.order(x), x, true, up);
    }

    private static boolean tempoChangedSinceLastSession(CoachInput in, RoutineFacts.ExerciseInfo info) {
        Instant last = in.lastSession().started();
        for (int block : info.blocks()) {
            Instant changed = in.routinePlan.blockBpmChanged().get(block);
            if (changed != null && changed.isAfter(last)) {
                return true;
            }
        }
        return false;
    }

    private static Proposal progress(CoachInput in, String x, String rule, String title, String reason, Change change) {
        return new Proposal.Progress(Proposal.Slot.PROGRESSION, in.order(x), x, false, new Suggestion(in.id(rule, x),
                rule, Suggestion.Kind.PROGRESS, in.routine.id(), x, title, reason, List.of(), List.of(change), false));
    }

    private static Proposal advice(CoachInput in, String x, String rule, String title, String reason) {
        return new Proposal.Progress(Proposal.Slot.PROGRESSION, in.order(x), x, false, new Suggestion(in.id(rule, x),
                rule, Suggestion.Kind.HOLD, in.routine.id(), x, title, reason, List.of(), List.of(), false));
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
