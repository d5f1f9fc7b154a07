package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.history.Streaks;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.text.Phrase;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Everything the coach's rules read, fixed before any rule runs: the routine and its facts at the plan's stage, the
 * sessions of the routine up to now, the plan and today. Facts more than one rule needs (the recent sessions of each
 * exercise, whether pain holds an exercise) are derived here once, from the history alone, so no rule reads
 * another's result.
 */
final class CoachInput {

    /** One exercise in one session: what was done and how it felt. */
    record Did(SessionRecord session, List<StepRecord> steps, ExerciseRating rating) {

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

    /** Sessions of an exercise the rules look back over (P12's three easy sessions are the most). */
    private static final int LOOK_BACK = Rules.EASY_SESSIONS_MINIMALIST;

    final Routine routine;
    final History history;
    final ProgressPlan plan;
    final RoutinePlan routinePlan;
    final ZonedDateTime now;
    final LocalDate today;
    final RoutineFacts facts;
    /** This routine's sessions started up to now, oldest first. */
    final List<SessionRecord> sessions;
    final PainCheck pain;
    private final Map<String, List<Did>> dids;
    private final Map<String, Integer> exerciseOrder;
    private final OptionalDouble climbingPain;

    CoachInput(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
        this.routine = routine;
        this.history = history;
        this.plan = plan;
        this.routinePlan = plan.routine(routine.id());
        this.now = now;
        this.today = now.toLocalDate();
        this.facts = new RoutineFacts(routine, plan.stage(routine));
        this.sessions = history.forRoutine(routine.id()).stream()
                .filter(session -> !session.started().isAfter(now.toInstant())).toList();
        this.pain = new PainCheck(history.sessions());
        Map<String, List<Did>> found = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (String exercise : facts.exercises.keySet()) {
            found.put(exercise, findDids(exercise));
            order.put(exercise, order.size());
        }
        this.dids = Collections.unmodifiableMap(found);
        this.exerciseOrder = Collections.unmodifiableMap(order);
        this.climbingPain = findClimbingPain();
    }

    SessionRecord lastSession() {
        return sessions.get(sessions.size() - 1);
    }

    /** Sessions of this routine in which the exercise was started, oldest first (the recent ones only). */
    List<Did> dids(String exercise) {
        List<Did> known = dids.get(exercise);
        return known != null ? known : findDids(exercise);
    }

    /** Where the exercise comes in the routine: suggestions about exercises are listed in this order. */
    int order(String exercise) {
        return exerciseOrder.getOrDefault(exercise, exerciseOrder.size());
    }

    ExercisePlan exercisePlan(String exercise) {
        return routinePlan.exercise(exercise);
    }

    /** R5: this week's mean pain when it has risen week over week and is above "fine"; else empty. */
    OptionalDouble climbingPain() {
        return climbingPain;
    }

    /**
     * A pain rule holds the exercise this time (R5's climbing pain, R3, or R2's 4–5/10 this week), so neither it nor
     * its blocks' tempo progress. A skipped exercise, or one never done, has no pain verdict of its own.
     */
    boolean painHeld(String exercise) {
        return climbingPain.isPresent() || painCut(exercise) || moderate(exercise);
    }

    /** R3 fired for the exercise's last session. */
    boolean painCut(String exercise) {
        return verdict(exercise) != null && verdict(exercise).r3();
    }

    /** R2: pain of 4–5/10 in the last session, or another this week (and R3 did not fire). */
    boolean moderate(String exercise) {
        PainCheck.Verdict verdict = verdict(exercise);
        if (verdict == null || verdict.r3()) {
            return false;
        }
        return verdict == PainCheck.Verdict.MODERATE || recentModerate(exercise);
    }

    /** The pain verdict of the exercise's last session; null when skipped or never done. */
    PainCheck.Verdict verdict(String exercise) {
        List<Did> done = dids(exercise);
        if (exercisePlan(exercise).skipped() || done.isEmpty()) {
            return null;
        }
        return pain.of(done.get(done.size() - 1).session(), exercise);
    }

    private boolean recentModerate(String exercise) {
        for (Did did : dids(exercise)) {
            LocalDate date = did.session().localDate();
            if (date.isAfter(today.minusDays(7)) && pain.of(did.session(), exercise) == PainCheck.Verdict.MODERATE) {
                return true;
            }
        }
        return false;
    }

    /** The level the exercise is played at: the plan's, else the routine's, held back while impact is locked. */
    String level(RoutineFacts.ExerciseInfo info) {
        Exercise exercise = info.exercise();
        String chosen = exercisePlan(exercise.id()).level();
        String level = chosen != null && exercise.levelIndex(chosen) >= 0 ? chosen : info.writtenLevel();
        if (plan.impactLocked() && level != null) {
            String safe = ProgressPlan.highestSafe(exercise, level);
            return safe != null ? safe : level;
        }
        return level;
    }

    /** The hold the exercise is played with at a level: the plan's, else the routine's (0 for no hold). */
    double hold(RoutineFacts.ExerciseInfo info, String level) {
        double written = info.holdAt(level);
        Double planned = exercisePlan(info.exercise().id()).holdSeconds();
        return planned != null && written > 0 ? planned : written;
    }

    String id(String rule, String target) {
        return rule + ":" + routine.id() + (target == null ? "" : ":" + target);
    }

    /** The exercise's name as the routine gives it, for the text the user reads. */
    String name(String exercise) {
        return routine.exercises().containsKey(exercise) ? routine.exercise(exercise).name() : readable(exercise);
    }

    int stageIndex(String stage) {
        List<Stage> stages = routine.stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stage)) {
                return i;
            }
        }
        return -1;
    }

    String stageName(String stage) {
        int index = stageIndex(stage);
        return index < 0 ? readable(String.valueOf(stage)) : routine.stages().get(index).name();
    }

    /** Safety notes: the given ones first, then the exercise's own. */
    static List<Phrase> safety(Exercise exercise, Phrase... first) {
        List<Phrase> notes = new ArrayList<>(List.of(first));
        exercise.safety().forEach(note -> notes.add(Phrase.literal(note)));
        return notes;
    }

    /** A name for an id the routine no longer knows: its words, never the id itself ("toe-yoga" → "toe yoga"). */
    static String readable(String id) {
        return id.replace('-', ' ').replace('_', ' ');
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
        return List.copyOf(out);
    }

    /** R5: mean pain rising week over week (ISO weeks with sessions in a row), the last week above "fine". */
    private OptionalDouble findClimbingPain() {
        Map<Long, double[]> weeks = new TreeMap<>();
        for (SessionRecord session : sessions) {
            Integer during = PainCheck.during(session, null);
            if (during != null) {
                double[] sum = weeks.computeIfAbsent(Streaks.key(Period.WEEK, session.localDate()), k -> new double[2]);
                sum[0] += during;
                sum[1]++;
            }
        }
        List<Long> keys = new ArrayList<>(weeks.keySet());
        if (keys.size() < Rules.CLIMBING_WEEKS) {
            return OptionalDouble.empty();
        }
        long lastWeek = Streaks.key(Period.WEEK, today);
        List<Long> tail = keys.subList(keys.size() - Rules.CLIMBING_WEEKS, keys.size());
        if (tail.get(tail.size() - 1) < lastWeek - 1) {
            return OptionalDouble.empty();
        }
        double previous = -1;
        for (int i = 0; i < tail.size(); i++) {
            if (i > 0 && tail.get(i) != tail.get(i - 1) + 1) {
                return OptionalDouble.empty();
            }
            double[] sum = weeks.get(tail.get(i));
            double mean = sum[0] / sum[1];
            if (mean <= previous) {
                return OptionalDouble.empty();
            }
            previous = mean;
        }
        return previous <= Rules.PAIN_OK ? OptionalDouble.empty() : OptionalDouble.of(previous);
    }
}
