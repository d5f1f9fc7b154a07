package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.progress.CoachInput.Did;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.text.Phrase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
        Phrase easy = in.plan.minimalistTransition() ? Phrase.phrase("coach.p1.easy-minimalist", in.name(x), need)
                : Phrase.phrase("coach.p1.easy", in.name(x), need);
        double writtenHold = info.holdAt(level);
        double hold = in.hold(info, level);
        if (Rules.BALANCE.equals(x) && hold > 0) {
            for (double rung : Rules.BALANCE_HOLDS) {
                if (rung > hold + 1e-9) {
                    return progress(in, x, "P5", Phrase.phrase("coach.p1.hold.title", in.name(x), rung),
                            Phrase.phrase("coach.p5.hold.reason", easy),
                            new Change.SetHold(x, hold, rung));
                }
            }
        } else if (hold > 0) {
            double cap = Rules.holdCap(x, writtenHold);
            if (hold < cap - 1e-9) {
                double to = Math.min(cap, hold + Rules.HOLD_STEP);
                return progress(in, x, "P1", Phrase.phrase("coach.p1.hold.title", in.name(x), to),
                        Phrase.phrase("coach.p1.hold.reason", easy, Rules.HOLD_STEP, cap),
                        new Change.SetHold(x, hold, to));
            }
        } else if (info.writtenReps() > 0) {
            int reps = ep.reps(info.writtenReps());
            int cap = Rules.repsCap(info.writtenReps());
            if (reps < cap) {
                int to = Math.min(cap, reps + Rules.REPS_STEP);
                return progress(in, x, "P1", Phrase.phrase("coach.p1.reps.title", in.name(x), to),
                        Phrase.phrase("coach.p1.reps.reason", easy, Rules.REPS_STEP, cap),
                        new Change.SetReps(x, reps, to, to - info.writtenReps()));
            }
        }
        return levelUp(in, info, level, recent, easy);
    }

    private static Proposal levelUp(CoachInput in, RoutineFacts.ExerciseInfo info, String level, List<Did> recent,
                                    Phrase easy) {
        Exercise exercise = info.exercise();
        String x = exercise.id();
        int index = exercise.levelIndex(level);
        if (index < 0 || index + 1 >= exercise.levels().size()) {
            return null;
        }
        Level next = exercise.levels().get(index + 1);
        if (in.plan.impactLocked() && Rules.isImpact(exercise, next.id())) {
            return advice(in, x, "P4", Phrase.phrase("coach.p4.hidden.title", in.name(x)), Phrase.phrase("coach.p4.hidden.reason", next.name()));
        }
        String rule = "P1";
        if (Rules.SHORT_FOOT.equals(x) && Rules.ONE_LEG.equals(level) && Rules.DYNAMIC.equals(next.id())) {
            Phrase missing = LevelGates.hops(in, recent);
            if (missing != null) {
                return advice(in, x, "P4", Phrase.phrase("coach.p4.before.title", in.name(x)), Phrase.phrase("coach.p4.before.reason", missing));
            }
            rule = "P4";
        } else if (Rules.SHORT_FOOT.equals(x)) {
            Phrase missing = LevelGates.shortFoot(recent);
            if (missing != null) {
                return advice(in, x, "P3", Phrase.phrase("coach.p3.before.title", in.name(x)),
                        Phrase.phrase("coach.p3.before.reason", next.name(), missing));
            }
            rule = "P3";
        } else if (Rules.BALANCE.equals(x)) {
            rule = "P5";
            if (exercise.levelIndex(Rules.SOFT_SURFACE) >= 0
                    && index + 1 >= exercise.levelIndex(Rules.SOFT_SURFACE) && !LevelGates.eyesClosedHold(in)) {
                return advice(in, x, "P5", Phrase.phrase("coach.p5.soft.title", in.name(x)), Phrase.phrase("coach.p5.soft.reason"));
            }
        }
        ExercisePlan ep = in.exercisePlan(x);
        Instant weekAgo = in.now.toInstant().minus(Rules.LEVEL_CHANGE_DAYS, ChronoUnit.DAYS);
        if (ep.lastLevelChange() != null && ep.lastLevelChange().isAfter(weekAgo)) {
            return advice(in, x, "P2", Phrase.phrase("coach.p2.week.title", in.name(x)), Phrase.phrase("coach.p2.week.reason", easy));
        }
        if (tempoChangedSinceLastSession(in, info)) {
            return advice(in, x, "P2", Phrase.phrase("coach.p2.tempo.title", in.name(x)), Phrase.phrase("coach.p2.tempo.reason", easy));
        }
        Suggestion up = new Suggestion(in.id(rule, x), rule, Suggestion.Kind.PROGRESS, in.routine.id(), x,
                Phrase.phrase("coach.exercise-title", in.name(x), next.name()),
                switch (rule) {
                    case "P3" -> Phrase.phrase("coach.level-up.p3", easy);
                    case "P4" -> Phrase.phrase("coach.level-up.p4", easy);
                    case "P5" -> Phrase.phrase("coach.level-up.p5", easy);
                    default -> Phrase.phrase("coach.level-up.p1", easy);
                },
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

    private static Proposal progress(CoachInput in, String x, String rule, Phrase title, Phrase reason, Change change) {
        return new Proposal.Progress(Proposal.Slot.PROGRESSION, in.order(x), x, false, new Suggestion(in.id(rule, x),
                rule, Suggestion.Kind.PROGRESS, in.routine.id(), x, title, reason, List.of(), List.of(change), false));
    }

    private static Proposal advice(CoachInput in, String x, String rule, Phrase title, Phrase reason) {
        return new Proposal.Progress(Proposal.Slot.PROGRESSION, in.order(x), x, false, new Suggestion(in.id(rule, x),
                rule, Suggestion.Kind.HOLD, in.routine.id(), x, title, reason, List.of(), List.of(), false));
    }
}
