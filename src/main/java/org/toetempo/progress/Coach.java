package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.History;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.history.Streaks;
import org.toetempo.history.TimingCheck;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggestions before the next session of a routine, from the exercise catalogue's section 4: progression
 * P1–P5 and P8–P12, regression and stop rules R2–R7. Pure: the same history, plan and time give the same
 * suggestions; nothing changes until the user accepts one ({@link ProgressPlan#accept}).
 *
 * <p>Safety first: warning signs (R4) silence everything else. Pain rules (R2, R3, R5), cramp (R7), "hard"
 * ratings (R6) and a return after a break (P11) each stop progression for what they touch. Progression then
 * moves one thing at a time: the programme's stage (P10), else per exercise the hold or reps, then the level
 * (P1, gated by P3 and P4 for short foot and by P5 for balance; at most one level change a week, P2), one extra
 * set on a weaker side (P9), and per rhythmic block the tempo (P8, never in the same session as a level change
 * of an exercise in that block, P2).
 */
public final class Coach {

    private Coach() {
    }

    /** The suggestions for {@code routine} at {@code now} (in the user's current zone), most urgent first. */
    public static List<Suggestion> suggest(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
        return new Run(routine, history, plan, now).run();
    }

    /** One exercise in one session: what was done and how it felt. */
    private record Did(SessionRecord session, List<StepRecord> steps, ExerciseRating rating) {

        Effort effort() {
            return rating == null ? null : rating.effort();
        }

        boolean complete() {
            return steps.stream().allMatch(StepRecord::complete);
        }

        String level() {
            return steps.get(0).level();
        }

        Side harderSide() {
            return rating == null ? null : rating.harderSide();
        }
    }

    private static final class Run {
        final Routine routine;
        final History history;
        final ProgressPlan plan;
        final RoutinePlan rp;
        final ZonedDateTime now;
        final LocalDate today;
        final RoutineFacts facts;
        final List<SessionRecord> sessions = new ArrayList<>();
        final PainCheck pain;
        final List<Suggestion> out = new ArrayList<>();
        /** Exercises that must not progress this time. */
        final Set<String> blocked = new HashSet<>();
        /** Exercises with a pain rule in play: their blocks must not speed up either. */
        final Set<String> painBlocked = new HashSet<>();
        /** Exercises given a level change in this batch (P2: no tempo change with it). */
        final Set<String> levelChanged = new HashSet<>();
        boolean stageChange;

        Run(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
            this.routine = routine;
            this.history = history;
            this.plan = plan;
            this.rp = plan.routine(routine.id());
            this.now = now;
            this.today = now.toLocalDate();
            this.facts = new RoutineFacts(routine, plan.stage(routine));
            for (SessionRecord session : history.forRoutine(routine.id())) {
                if (!session.started().isAfter(now.toInstant())) {
                    sessions.add(session);
                }
            }
            this.pain = new PainCheck(history.sessions());
        }

        List<Suggestion> run() {
            if (sessions.isEmpty()) {
                return out;
            }
            if (stopRule()) {
                return out;
            }
            painClimbing();
            for (RoutineFacts.ExerciseInfo info : facts.exercises.values()) {
                regressions(info);
            }
            crampAdvice();
            painAdvice();
            breakRule();
            stageGate();
            for (RoutineFacts.ExerciseInfo info : facts.exercises.values()) {
                progression(info);
                sideAsymmetry(info);
            }
            for (RoutineFacts.BlockInfo block : facts.blocks) {
                tempo(block);
            }
            out.sort(Comparator.comparing(Suggestion::kind));
            return out;
        }

        // -------------------------------------------------------------- R4

        /** R4: warning signs in the last session (of this routine, or the last of any routine): stop, and nothing else. */
        boolean stopRule() {
            SessionRecord last = sessions.get(sessions.size() - 1);
            Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
            Set<String> flaggedExercises = new LinkedHashSet<>();
            for (SessionRecord session : lastSessions(last)) {
                if (session.ratings() == null) {
                    continue;
                }
                flags.addAll(session.ratings().allRedFlags());
                for (ExerciseRating rating : session.ratings().exercises()) {
                    if (!rating.redFlags().isEmpty() && session.routineId().equals(routine.id())) {
                        flaggedExercises.add(rating.exercise());
                    }
                }
            }
            if (flags.isEmpty()) {
                return false;
            }
            List<Change> changes = new ArrayList<>();
            if (!plan.impactLocked()) {
                changes.add(new Change.LockImpact());
            }
            for (String exercise : flaggedExercises) {
                if (facts.exercises.containsKey(exercise) && !rp.exercise(exercise).skipped()) {
                    changes.add(new Change.Skip(exercise));
                }
            }
            List<String> safety = new ArrayList<>(List.of(
                    "Stop any exercise at once if it gives sharp, stabbing or growing pain.",
                    "See a clinician (a physiotherapist or doctor) before you carry on with the exercises that hurt.",
                    "No hops and no heel raises until a clinician has cleared you: they are hidden until then.",
                    "With numbness or tingling: no barefoot walking outdoors, check your skin after each session, and "
                            + "hold a support for every balance exercise."));
            for (String exercise : flaggedExercises) {
                if (routine.exercises().containsKey(exercise)) {
                    safety.addAll(routine.exercise(exercise).safety());
                }
            }
            String what = String.join(", ", flags.stream().map(RedFlag::describe).toList());
            String where = flaggedExercises.isEmpty() ? "" : " during " + String.join(", ",
                    flaggedExercises.stream().map(this::name).toList());
            out.add(new Suggestion(id("R4", null), "R4", Suggestion.Kind.STOP, routine.id(), null,
                    "Stop and see a clinician",
                    "You reported " + what + where + " in your last session. Rule R4: stop the exercise, hide hops and "
                            + "heel raises, and have it checked before going on.",
                    safety, changes, true));
            return true;
        }

        /** The last session of this routine and, if later, the last session of any routine. */
        private List<SessionRecord> lastSessions(SessionRecord lastOfRoutine) {
            List<SessionRecord> out = new ArrayList<>(List.of(lastOfRoutine));
            history.last().filter(s -> s != lastOfRoutine && !s.started().isAfter(now.toInstant())
                    && s.started().isAfter(lastOfRoutine.started())).ifPresent(out::add);
            return out;
        }

        // -------------------------------------------------------------- R5 (climbing)

        /** R5: mean pain rising week over week (ISO weeks with sessions in a row), the last week above "fine". */
        void painClimbing() {
            Map<Long, double[]> weeks = new TreeMap<>();
            for (SessionRecord session : sessions) {
                Integer during = PainCheck.during(session, null);
                if (during != null) {
                    double[] sum = weeks.computeIfAbsent(Streaks.key(Period.WEEK, session.localDate()),
                            k -> new double[2]);
                    sum[0] += during;
                    sum[1]++;
                }
            }
            List<Long> keys = new ArrayList<>(weeks.keySet());
            if (keys.size() < Rules.CLIMBING_WEEKS) {
                return;
            }
            long lastWeek = Streaks.key(Period.WEEK, today);
            List<Long> tail = keys.subList(keys.size() - Rules.CLIMBING_WEEKS, keys.size());
            if (tail.get(tail.size() - 1) < lastWeek - 1) {
                return;
            }
            double previous = -1;
            for (int i = 0; i < tail.size(); i++) {
                if (i > 0 && tail.get(i) != tail.get(i - 1) + 1) {
                    return;
                }
                double[] sum = weeks.get(tail.get(i));
                double mean = sum[0] / sum[1];
                if (mean <= previous) {
                    return;
                }
                previous = mean;
            }
            if (previous <= Rules.PAIN_OK) {
                return;
            }
            List<Change> changes = new ArrayList<>();
            for (String exercise : facts.exercises.keySet()) {
                blocked.add(exercise);
                painBlocked.add(exercise);
                if (!rp.exercise(exercise).paused()) {
                    changes.add(new Change.Pause(exercise));
                }
            }
            out.add(new Suggestion(id("R5", "climbing"), "R5", Suggestion.Kind.REGRESS, routine.id(), null,
                    "Pause progression and get a review",
                    String.format(Locale.ROOT, "Your pain during %s has gone up %d weeks running (to %.1f/10 on average "
                            + "this week). Rule R5: pause progression and ask a physiotherapist to review it.",
                            routine.name(), Rules.CLIMBING_WEEKS, previous),
                    List.of("Pain should not climb from week to week. Keep the dose as it is or do less until a "
                            + "professional has had a look."), changes, previous >= Rules.PAIN_SAFETY_SCREEN));
        }

        // -------------------------------------------------------------- R3, R5, R6, R7

        final List<String> moderate = new ArrayList<>();

        void regressions(RoutineFacts.ExerciseInfo info) {
            String x = info.exercise().id();
            ExercisePlan ep = rp.exercise(x);
            List<Did> dids = dids(x);
            if (ep.skipped()) {
                blocked.add(x);
                return;
            }
            if (dids.isEmpty()) {
                return;
            }
            Did last = dids.get(dids.size() - 1);
            Did previous = dids.size() > 1 ? dids.get(dids.size() - 2) : null;
            PainCheck.Verdict verdict = pain.of(last.session(), x);
            boolean changed = false;
            if (verdict.r3()) {
                blocked.add(x);
                painBlocked.add(x);
                Integer during = PainCheck.during(last.session(), x);
                String why = verdict == PainCheck.Verdict.TOO_MUCH
                        ? "Pain was " + during + "/10 during " + name(x) + " last time, more than 5/10"
                        : "The morning after your last session, pain or stiffness was worse than your usual morning";
                List<Change> step = stepDown(info, ep, Rules.PAIN_CUT_KEEP, true);
                changed = !step.isEmpty();
                out.add(new Suggestion(id("R3", x), "R3", Suggestion.Kind.REGRESS, routine.id(), x,
                        name(x) + ": " + (step.isEmpty() ? "take it easier" : step.get(0).describe()),
                        why + ". Rule R3: go down a level or cut the volume by about 40% next session.",
                        safety(info.exercise(), "Pain up to 3/10 is fine; up to 5/10 only if it has settled by the next "
                                + "morning. More than that means doing less."),
                        step, during != null && during >= Rules.PAIN_SAFETY_SCREEN));
                if (previous != null && pain.of(previous.session(), x).r3() && !ep.paused()) {
                    out.add(new Suggestion(id("R5", x), "R5", Suggestion.Kind.REGRESS, routine.id(), x,
                            name(x) + ": pause progression and get a review",
                            "The pain rule (R3) fired for " + name(x) + " in your last two sessions. Rule R5: pause "
                                    + "progression for it and ask a physiotherapist to review it.",
                            safety(info.exercise()), List.of(new Change.Pause(x)), false));
                }
            } else if (verdict == PainCheck.Verdict.MODERATE) {
                blocked.add(x);
                painBlocked.add(x);
                moderate.add(x);
            } else if (recentModerate(x)) {
                blocked.add(x);
                painBlocked.add(x);
                moderate.add(x);
            }
            if (last.rating() != null && last.rating().cramp()) {
                blocked.add(x);
                List<Change> cut = changed ? List.of() : cut(info, ep, Rules.CRAMP_KEEP);
                changed |= !cut.isEmpty();
                out.add(new Suggestion(id("R7", x), "R7", Suggestion.Kind.REGRESS, routine.id(), x,
                        name(x) + ": " + (cut.isEmpty() ? "stretch after a cramp" : cut.get(0).describe()),
                        "You had a cramp during " + name(x) + " last time. Rule R7: stretch gently, then about 30% "
                                + "fewer reps.",
                        List.of("Cramp in the arch or toes is common in the first sessions: stop the set, stretch "
                                + "gently, then carry on with fewer reps."), cut, false));
            }
            if (previous != null && last.effort() == Effort.HARD && previous.effort() == Effort.HARD) {
                blocked.add(x);
                List<Change> down = changed ? List.of() : stepDown(info, ep, 0, false);
                out.add(new Suggestion(id("R6", x), "R6", Suggestion.Kind.REGRESS, routine.id(), x,
                        name(x) + ": " + (down.isEmpty() ? "keep the dose" : down.get(0).describe()),
                        "You rated " + name(x) + " hard in your last two sessions. Rule R6: drop one step (reps or "
                                + "hold) or one level, so every rep can be done with good form.",
                        safety(info.exercise()), down, false));
            }
            if (ep.paused()) {
                blocked.add(x);
                if (!painBlocked.contains(x) && dids.size() >= 2) {
                    List<Did> recent = dids.subList(dids.size() - 2, dids.size());
                    boolean settled = recent.stream().allMatch(d -> pain.of(d.session(), x) == PainCheck.Verdict.OK
                            && (ep.lastChange() == null || d.session().started().isAfter(ep.lastChange())));
                    if (settled) {
                        out.add(new Suggestion(id("R5", x + ":resume"), "R5", Suggestion.Kind.HOLD, routine.id(), x,
                                name(x) + ": resume progression?",
                                "Progression for " + name(x) + " was paused (rule R5). Pain has been 3/10 or less in "
                                        + "your last two sessions: if a professional has reviewed it, you can let "
                                        + "the app suggest progressions again.",
                                List.of(), List.of(new Change.Resume(x)), false));
                    }
                }
            }
        }

        /** R7 for a cramp the user did not tie to an exercise: advice only. */
        void crampAdvice() {
            Ratings ratings = sessions.get(sessions.size() - 1).ratings();
            if (ratings == null || !ratings.cramp() || out.stream().anyMatch(s -> s.rule().equals("R7"))) {
                return;
            }
            out.add(new Suggestion(id("R7", null), "R7", Suggestion.Kind.HOLD, routine.id(), null,
                    "A cramp last time: stretch, then fewer reps",
                    "You had a cramp in your last session. Rule R7: when one comes, end the set, stretch gently, and do "
                            + "the next set with about 30% fewer reps. Say which exercise it was next time, and the app "
                            + "will suggest fewer reps for it.",
                    List.of("Cramp in the arch or toes is common in the first sessions."), List.of(), false));
        }

        /** R2 also holds the dose for the rest of the week after a session with pain of 4–5/10. */
        private boolean recentModerate(String exercise) {
            for (Did did : dids(exercise)) {
                LocalDate date = did.session().localDate();
                if (date.isAfter(today.minusDays(7)) && pain.of(did.session(), exercise) == PainCheck.Verdict.MODERATE) {
                    return true;
                }
            }
            return false;
        }

        void painAdvice() {
            if (moderate.isEmpty()) {
                return;
            }
            String names = String.join(", ", moderate.stream().map(this::name).toList());
            out.add(new Suggestion(id("R2", null), "R2", Suggestion.Kind.HOLD, routine.id(),
                    moderate.size() == 1 ? moderate.get(0) : null, "Keep the same dose this week",
                    "Pain reached 4–5/10 in " + names + " this week. Rule R2: that is acceptable if it settles by the "
                            + "next morning, but no progression this week.",
                    List.of("If pain goes above 5/10, or is worse the next morning, do less next time."), List.of(), false));
        }

        // -------------------------------------------------------------- P11

        void breakRule() {
            SessionRecord last = sessions.get(sessions.size() - 1);
            long gap = ChronoUnit.DAYS.between(last.localDate(), today);
            List<Change> back = new ArrayList<>();
            // Coming back up after the week one level (or stage) lower.
            for (RoutineFacts.ExerciseInfo info : facts.exercises.values()) {
                String x = info.exercise().id();
                ExercisePlan ep = rp.exercise(x);
                if (ep.returnLevel() == null) {
                    continue;
                }
                blocked.add(x);
                if (!ep.returnOn().isAfter(today) && !painBlocked.contains(x) && gap <= Rules.BREAK_DAYS) {
                    back.add(new Change.SetLevel(x, ep.level(), ep.returnLevel(), info.levelName(ep.level()),
                            info.levelName(ep.returnLevel()), null));
                }
            }
            if (rp.returnStage() != null) {
                blocked.addAll(facts.exercises.keySet());
                if (!rp.returnStageOn().isAfter(today) && painBlocked.isEmpty() && gap <= Rules.BREAK_DAYS) {
                    back.add(new Change.SetStage(facts.stage, rp.returnStage(), stageName(facts.stage),
                            stageName(rp.returnStage()), null));
                }
            }
            if (!back.isEmpty()) {
                out.add(new Suggestion(id("P11", "back"), "P11", Suggestion.Kind.PROGRESS, routine.id(), null,
                        "Back to where you were",
                        "You have had a week one step lower after your break. Rule P11: go back up now.",
                        List.of(), back, false));
                return;
            }
            if (gap <= Rules.BREAK_DAYS) {
                return;
            }
            boolean pending = rp.returnStage() != null
                    || facts.exercises.keySet().stream().anyMatch(x -> rp.exercise(x).returnLevel() != null);
            if (pending) {
                return;
            }
            List<Change> changes = new ArrayList<>();
            LocalDate revert = today.plusDays(7);
            List<Stage> stages = routine.stages();
            int stageIndex = stageIndex(facts.stage);
            if (stageIndex > 0) {
                Stage lower = stages.get(stageIndex - 1);
                changes.add(new Change.SetStage(facts.stage, lower.id(), stageName(facts.stage), lower.name(), revert));
            } else {
                for (RoutineFacts.ExerciseInfo info : facts.exercises.values()) {
                    String x = info.exercise().id();
                    String level = level(info);
                    int index = info.exercise().levelIndex(level);
                    if (index > 0 && !painBlocked.contains(x) && !rp.exercise(x).skipped()) {
                        String lower = info.exercise().levels().get(index - 1).id();
                        changes.add(new Change.SetLevel(x, level, lower, info.levelName(level), info.levelName(lower),
                                revert));
                    }
                }
            }
            blocked.addAll(facts.exercises.keySet());
            out.add(new Suggestion(id("P11", null), "P11", Suggestion.Kind.REGRESS, routine.id(), null,
                    changes.isEmpty() ? "Ease back in this week" : "One step lower for a week",
                    "Your last " + routine.name() + " session was " + gap + " days ago. Rule P11: after more than a week "
                            + "off, resume one level (or one stage) lower for a week.",
                    List.of(), changes, false));
        }

        // -------------------------------------------------------------- P10

        void stageGate() {
            ProgrammeStatus status = ProgrammeStatus.of(routine, history, plan, now, pain);
            if (status == null || !status.gateDue(today)) {
                return;
            }
            blocked.addAll(facts.exercises.keySet());
            String counts = status.sessionsDone() + " of the " + status.sessionsNeeded() + " sessions needed";
            if (status.gatePassed()) {
                stageChange = true;
                out.add(new Suggestion(id("P10", status.stage().id()), "P10", Suggestion.Kind.PROGRESS, routine.id(), null,
                        "Move on to " + status.next().name(),
                        "Week " + status.week() + ": " + status.stage().name() + " is done, with " + counts
                                + " and no pain rule in the last week. Rule P10: move on to the next stage.",
                        List.of(), List.of(new Change.SetStage(status.stage().id(), status.next().id(),
                                status.stage().name(), status.next().name(), null)), false));
            } else {
                String why = status.sessionsDone() < status.sessionsNeeded()
                        ? counts + " (at least 80%)" : "a pain rule fired in the last week";
                out.add(new Suggestion(id("P10", status.stage().id()), "P10", Suggestion.Kind.HOLD, routine.id(), null,
                        "Repeat a week of " + status.stage().name(),
                        "Week " + status.week() + ": " + status.stage().name() + " has " + why
                                + ". Rule P10: move on only with at least 80% of the stage's sessions done and no pain "
                                + "rule in the last week; otherwise repeat the week.",
                        List.of(), List.of(new Change.RepeatWeek(status.stage().id(), status.stage().name())), false));
            }
        }

        // -------------------------------------------------------------- P1, P3, P4, P5 (and P2)

        void progression(RoutineFacts.ExerciseInfo info) {
            String x = info.exercise().id();
            if (blocked.contains(x)) {
                return;
            }
            ExercisePlan ep = rp.exercise(x);
            String level = level(info);
            int need = plan.minimalistTransition() ? Rules.EASY_SESSIONS_MINIMALIST : Rules.EASY_SESSIONS;
            List<Did> dids = dids(x);
            if (dids.size() < need) {
                return;
            }
            List<Did> recent = dids.subList(dids.size() - need, dids.size());
            for (Did did : recent) {
                boolean fits = did.effort() == Effort.EASY && did.complete()
                        && pain.of(did.session(), x) == PainCheck.Verdict.OK
                        && (ep.lastChange() == null || did.session().started().isAfter(ep.lastChange()))
                        && Objects.equals(did.level(), level);
                if (!fits) {
                    return;
                }
            }
            String easy = "You rated " + name(x) + " easy in your last " + need + " sessions"
                    + (plan.minimalistTransition() ? " (3 while you move to minimalist shoes, rule P12)" : "")
                    + ", with pain at 3/10 or less";
            double writtenHold = info.holdAt(level);
            double hold = ep.holdSeconds() != null && writtenHold > 0 ? ep.holdSeconds() : writtenHold;
            boolean balance = Rules.BALANCE.equals(x);
            if (balance && hold > 0) {
                for (double rung : Rules.BALANCE_HOLDS) {
                    if (rung > hold + 1e-9) {
                        progress(x, "P5", name(x) + ": hold " + fmt(rung) + " s",
                                easy + ". Rule P5: balance holds go 30 → 45 → 60 seconds, then the next level.",
                                new Change.SetHold(x, hold, rung));
                        return;
                    }
                }
            } else if (hold > 0) {
                double cap = Rules.holdCap(x, writtenHold);
                if (hold < cap - 1e-9) {
                    double to = Math.min(cap, hold + Rules.HOLD_STEP);
                    progress(x, "P1", name(x) + ": hold " + fmt(to) + " s",
                            easy + ". Rule P1: a little more: " + fmt(Rules.HOLD_STEP) + " s longer holds, up to "
                                    + fmt(cap) + " s, then the next level.",
                            new Change.SetHold(x, hold, to));
                    return;
                }
            } else if (info.writtenReps() > 0) {
                int reps = ep.reps(info.writtenReps());
                int cap = Rules.repsCap(info.writtenReps());
                if (reps < cap) {
                    int to = Math.min(cap, reps + Rules.REPS_STEP);
                    progress(x, "P1", name(x) + ": " + to + " reps a set",
                            easy + ". Rule P1: a little more: " + Rules.REPS_STEP + " more reps a set, up to " + cap
                                    + ", then the next level.",
                            new Change.SetReps(x, reps, to, to - info.writtenReps()));
                    return;
                }
            }
            levelUp(info, level, recent, easy);
        }

        private void levelUp(RoutineFacts.ExerciseInfo info, String level, List<Did> recent, String easy) {
            Exercise exercise = info.exercise();
            String x = exercise.id();
            int index = exercise.levelIndex(level);
            if (index < 0 || index + 1 >= exercise.levels().size()) {
                return;
            }
            Level next = exercise.levels().get(index + 1);
            ExercisePlan ep = rp.exercise(x);
            if (plan.impactLocked() && Rules.isImpact(exercise, next.id())) {
                advice(x, "P4", name(x) + ": next level hidden",
                        "The next level, " + next.name() + ", hops or raises the heels, which stay hidden until a "
                                + "clinician has cleared you (rule R4).");
                return;
            }
            String rule = "P1";
            String gate = "";
            if (Rules.SHORT_FOOT.equals(x) && Rules.ONE_LEG.equals(level) && Rules.DYNAMIC.equals(next.id())) {
                String missing = hopsGate(recent);
                if (missing != null) {
                    advice(x, "P4", name(x) + ": before hops",
                            "Before the hops level (rule P4): " + missing + ".");
                    return;
                }
                rule = "P4";
                gate = " You held the dome 30 s on one leg with pain at 2/10 or less (rule P4).";
            } else if (Rules.SHORT_FOOT.equals(x)) {
                String missing = shortFootGate(recent);
                if (missing != null) {
                    advice(x, "P3", name(x) + ": before the next level",
                            "To move up to " + next.name() + " (rule P3): " + missing + ".");
                    return;
                }
                rule = "P3";
                gate = " You did 3 sets of 10 five-second holds with your toes relaxed (rule P3).";
            } else if (Rules.BALANCE.equals(x)) {
                rule = "P5";
                if (exercise.levelIndex(Rules.SOFT_SURFACE) >= 0
                        && index + 1 >= exercise.levelIndex(Rules.SOFT_SURFACE) && !eyesClosedHold()) {
                    advice(x, "P5", name(x) + ": before the soft surface",
                            "The soft-surface levels open once you have held more than 15 s with your eyes closed on a "
                                    + "firm floor (rule P5).");
                    return;
                }
            }
            if (ep.lastLevelChange() != null && ep.lastLevelChange().isAfter(now.toInstant().minus(Rules.LEVEL_CHANGE_DAYS,
                    ChronoUnit.DAYS))) {
                advice(x, "P2", name(x) + ": next level next week",
                        easy + ", but the level changed less than a week ago. Rule P2: one level change per exercise a week.");
                return;
            }
            if (tempoChangedSinceLastSession(info)) {
                advice(x, "P2", name(x) + ": next level after your next session",
                        easy + ", but its tempo has just changed. Rule P2: never change the level and the tempo in the "
                                + "same session.");
                return;
            }
            levelChanged.add(x);
            progress(x, rule, name(x) + ": " + next.name(),
                    easy + ", at the top of its dose." + gate + " Rule " + rule
                            + ": move to the next level and start again from its first dose.",
                    new Change.SetLevel(x, level, next.id(), info.levelName(level), next.name(), null));
        }

        /** P3: in each recent session, every foot did ≥3 full sets of ≥10 reps with ≥5 s holds, toes relaxed. */
        private String shortFootGate(List<Did> recent) {
            for (Did did : recent) {
                if (did.rating() == null || !Boolean.TRUE.equals(did.rating().formOk())) {
                    return "rate your toes as relaxed (no clawing) in two easy sessions running";
                }
                for (StepRecord step : did.steps()) {
                    if (step.setsDonePerFoot() < Rules.SHORT_FOOT_SETS || step.repsPerSet() < Rules.SHORT_FOOT_REPS
                            || step.holdSeconds() < Rules.SHORT_FOOT_HOLD - 1e-9) {
                        return "do 3 sets of 10 reps with 5-second holds on each foot";
                    }
                }
            }
            return null;
        }

        /** P4: a 30 s one-leg dome, pain at most 2/10, no bone pain lately. */
        private String hopsGate(List<Did> recent) {
            List<String> missing = new ArrayList<>();
            Did last = recent.get(recent.size() - 1);
            boolean held = last.rating() != null && last.rating().bestHoldSeconds() != null
                    && last.rating().bestHoldSeconds() >= Rules.DOME_HOLD_BEFORE_HOPS;
            held |= last.steps().stream().anyMatch(s -> s.complete() && s.holdSeconds() >= Rules.DOME_HOLD_BEFORE_HOPS);
            if (!held) {
                missing.add("hold the dome for 30 seconds on one leg (time it and record it with your rating)");
            }
            for (Did did : recent) {
                Integer during = PainCheck.during(did.session(), Rules.SHORT_FOOT);
                Integer morning = did.session().ratings().morningPain();
                if ((during != null && during > Rules.PAIN_HOPS) || (morning != null && morning > Rules.PAIN_HOPS)) {
                    missing.add("keep pain at 2/10 or less");
                    break;
                }
            }
            Instant since = now.toInstant().minus(84, ChronoUnit.DAYS);
            boolean bonePain = history.sessions().stream().anyMatch(s -> s.started().isAfter(since) && s.ratings() != null
                    && s.ratings().allRedFlags().contains(RedFlag.BONE_TENDERNESS));
            if (bonePain) {
                missing.add("no bone pain in the last 12 weeks (see a clinician first)");
            }
            return missing.isEmpty() ? null : String.join("; ", missing);
        }

        /** P5: an eyes-closed hold of more than 15 s on a firm floor, timed or played. */
        private boolean eyesClosedHold() {
            for (Did did : dids(Rules.BALANCE)) {
                if (!Rules.EYES_CLOSED.equals(did.level())) {
                    continue;
                }
                if (did.rating() != null && did.rating().bestHoldSeconds() != null
                        && did.rating().bestHoldSeconds() > Rules.EYES_CLOSED_BEFORE_SOFT) {
                    return true;
                }
                if (did.steps().stream().anyMatch(s -> s.setsDonePerFoot() > 0 && s.holdSeconds() > Rules.EYES_CLOSED_BEFORE_SOFT)) {
                    return true;
                }
            }
            return false;
        }

        private boolean tempoChangedSinceLastSession(RoutineFacts.ExerciseInfo info) {
            Instant last = sessions.get(sessions.size() - 1).started();
            for (int block : info.blocks()) {
                Instant changed = rp.blockBpmChanged().get(block);
                if (changed != null && changed.isAfter(last)) {
                    return true;
                }
            }
            return false;
        }

        // -------------------------------------------------------------- P9

        void sideAsymmetry(RoutineFacts.ExerciseInfo info) {
            String x = info.exercise().id();
            if (painBlocked.contains(x) || rp.exercise(x).skipped() || rp.exercise(x).paused() || !info.oneSided()) {
                return;
            }
            List<Did> dids = dids(x);
            if (dids.size() < 2) {
                return;
            }
            Side a = dids.get(dids.size() - 1).harderSide();
            Side b = dids.get(dids.size() - 2).harderSide();
            ExercisePlan ep = rp.exercise(x);
            if (a == null || a != b || ep.extraSet() == a) {
                return;
            }
            progress(x, "P9", name(x) + ": one more set on the " + a.json(),
                    "Your " + a.json() + " foot found " + name(x) + " harder in your last two sessions. Rule P9: one "
                            + "extra set on that side (one at most)" + (ep.extraSet() != null ? ", instead of the "
                            + ep.extraSet().json() : "") + ".",
                    new Change.ExtraSet(x, ep.extraSet(), a));
        }

        // -------------------------------------------------------------- P8

        void tempo(RoutineFacts.BlockInfo block) {
            if (!block.rhythmic() || stageChange) {
                return;
            }
            Instant lastSession = sessions.get(sessions.size() - 1).started();
            boolean held = false;
            for (Map.Entry<String, RoutineFacts.ExerciseInfo> entry : facts.exercises.entrySet()) {
                if (!entry.getValue().blocks().contains(block.index())) {
                    continue;
                }
                String x = entry.getKey();
                ExercisePlan ep = rp.exercise(x);
                if (levelChanged.contains(x) || (ep.lastLevelChange() != null && ep.lastLevelChange().isAfter(lastSession))) {
                    return;
                }
                // No faster tempo for a block whose exercises must not progress now (pain, a cramp, a break...).
                held |= blocked.contains(x);
            }
            double current = rp.blockBpm().getOrDefault(block.index(), block.tempo().bpm());
            Instant changed = rp.blockBpmChanged().get(block.index());
            // The last two sessions that played the block at this tempo since it was set, newest last.
            List<SessionRecord> played = new ArrayList<>();
            for (int i = sessions.size() - 1; i >= 0 && played.size() < 2; i--) {
                SessionRecord session = sessions.get(i);
                if (changed != null && !session.started().isAfter(changed)) {
                    break;
                }
                boolean sameTempo = session.tempo(block.index()).map(t -> !t.song() && Math.abs(t.bpm() - current) < 0.5)
                        .orElse(false);
                if (sameTempo && session.steps().stream().anyMatch(s -> s.block() == block.index() && s.started())) {
                    played.add(0, session);
                }
            }
            if (played.isEmpty()) {
                return;
            }
            SessionRecord last = played.get(played.size() - 1);
            Boolean lastOnBeat = onBeat(last, block.index());
            String name = block.name();
            if (Boolean.FALSE.equals(lastOnBeat) && current > block.tempo().minBpm() + 1e-9) {
                double to = Math.max(block.tempo().minBpm(), current - Rules.TEMPO_STEP);
                out.add(new Suggestion(id("P8", "block-" + block.index()), "P8", Suggestion.Kind.REGRESS, routine.id(),
                        null, name + ": " + fmt(to) + " BPM",
                        "A set in " + name + " fell off the beat last time. Rule P8: 10 BPM slower until it stays on "
                                + "the beat.",
                        List.of(), List.of(new Change.SetBlockBpm(block.index(), name, current, to)), false));
                return;
            }
            if (held || played.size() < 2 || current >= block.tempo().maxBpm() - 1e-9) {
                return;
            }
            SessionRecord before = played.get(played.size() - 2);
            if (Boolean.TRUE.equals(lastOnBeat) && Boolean.TRUE.equals(onBeat(before, block.index()))
                    && fullSet(last, block.index()) && fullSet(before, block.index())) {
                double to = Math.min(block.tempo().maxBpm(), current + Rules.TEMPO_STEP);
                out.add(new Suggestion(id("P8", "block-" + block.index()), "P8", Suggestion.Kind.PROGRESS, routine.id(),
                        null, name + ": " + fmt(to) + " BPM",
                        "You stayed on the beat through " + name + " at " + fmt(current) + " BPM in your last two "
                                + "sessions. Rule P8: 10 BPM faster (up to " + fmt(block.tempo().maxBpm()) + ").",
                        List.of(), List.of(new Change.SetBlockBpm(block.index(), name, current, to)), false));
            }
        }

        /** The user's answer for the block; else the timing self-check (every conclusive check on the beat); else unknown. */
        private static Boolean onBeat(SessionRecord session, int block) {
            if (session.ratings() != null) {
                Optional<Boolean> answer = session.ratings().onBeat(block);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
            Boolean verdict = null;
            for (TimingCheck check : session.timing()) {
                if (check.block() == block && check.conclusive()) {
                    if (!check.onBeat()) {
                        return false;
                    }
                    verdict = true;
                }
            }
            return verdict;
        }

        private static boolean fullSet(SessionRecord session, int block) {
            return session.steps().stream().anyMatch(s -> s.block() == block && s.setsDonePerFoot() > 0);
        }

        // -------------------------------------------------------------- helpers

        /** Sessions of an exercise the rules look back over (P12's three easy sessions are the most). */
        private static final int LOOK_BACK = Rules.EASY_SESSIONS_MINIMALIST;

        private final Map<String, List<Did>> didCache = new HashMap<>();

        /** Sessions of this routine in which the exercise was started, oldest first. */
        private List<Did> dids(String exercise) {
            return didCache.computeIfAbsent(exercise, this::findDids);
        }

        /**
         * The recent sessions with the exercise: the rules look back at most {@link #LOOK_BACK} of them, and over
         * the last week (R2); older sessions' steps are never read (and so never decoded).
         */
        private List<Did> findDids(String exercise) {
            List<Did> out = new ArrayList<>();
            LocalDate weekAgo = today.minusDays(8);
            for (int i = sessions.size() - 1; i >= 0; i--) {
                SessionRecord session = sessions.get(i);
                if (out.size() >= LOOK_BACK && session.localDate().isBefore(weekAgo)) {
                    break;
                }
                List<StepRecord> steps = session.steps(exercise);
                if (steps.stream().anyMatch(StepRecord::started)) {
                    out.add(new Did(session, steps, session.rating(exercise).orElse(null)));
                }
            }
            Collections.reverse(out);
            return out;
        }

        /** The level the exercise is played at: the plan's, else the routine's, held back while impact is locked. */
        private String level(RoutineFacts.ExerciseInfo info) {
            Exercise exercise = info.exercise();
            String chosen = rp.exercise(exercise.id()).level();
            String level = chosen != null && exercise.levelIndex(chosen) >= 0 ? chosen : info.writtenLevel();
            if (plan.impactLocked() && level != null) {
                String safe = ProgressPlan.highestSafe(exercise, level);
                return safe != null ? safe : level;
            }
            return level;
        }

        /**
         * One step down: a level if there is one below ({@code preferLevel}, for pain), else the dose. Without
         * {@code preferLevel} (R6) progression is undone first: reps or hold back towards the routine's, then a level,
         * then reps or hold below the routine's.
         */
        private List<Change> stepDown(RoutineFacts.ExerciseInfo info, ExercisePlan ep, double keep, boolean preferLevel) {
            String x = info.exercise().id();
            String level = level(info);
            int index = info.exercise().levelIndex(level);
            double writtenHold = info.holdAt(level);
            double hold = ep.holdSeconds() != null && writtenHold > 0 ? ep.holdSeconds() : writtenHold;
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
                String lower = info.exercise().levels().get(index - 1).id();
                return List.of(new Change.SetLevel(x, level, lower, info.levelName(level), info.levelName(lower), null));
            }
            if (preferLevel) {
                return cut(info, ep, keep);
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
        private List<Change> cut(RoutineFacts.ExerciseInfo info, ExercisePlan ep, double keep) {
            String x = info.exercise().id();
            String level = level(info);
            double writtenHold = info.holdAt(level);
            double hold = ep.holdSeconds() != null && writtenHold > 0 ? ep.holdSeconds() : writtenHold;
            int reps = ep.reps(info.writtenReps());
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

        private void progress(String exercise, String rule, String title, String reason, Change change) {
            out.add(new Suggestion(id(rule, exercise), rule, Suggestion.Kind.PROGRESS, routine.id(), exercise, title,
                    reason, List.of(), List.of(change), false));
        }

        private void advice(String exercise, String rule, String title, String reason) {
            out.add(new Suggestion(id(rule, exercise), rule, Suggestion.Kind.HOLD, routine.id(), exercise, title, reason,
                    List.of(), List.of(), false));
        }

        private List<String> safety(Exercise exercise, String... first) {
            List<String> notes = new ArrayList<>(List.of(first));
            notes.addAll(exercise.safety());
            return notes;
        }

        private String id(String rule, String target) {
            return rule + ":" + routine.id() + (target == null ? "" : ":" + target);
        }

        private String name(String exercise) {
            return routine.exercises().containsKey(exercise) ? routine.exercise(exercise).name() : exercise;
        }

        private int stageIndex(String stage) {
            List<Stage> stages = routine.stages();
            for (int i = 0; i < stages.size(); i++) {
                if (stages.get(i).id().equals(stage)) {
                    return i;
                }
            }
            return -1;
        }

        private String stageName(String stage) {
            int index = stageIndex(stage);
            return index < 0 ? String.valueOf(stage) : routine.stages().get(index).name();
        }

        private static String fmt(double value) {
            return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
