package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.toetempo.history.Fixtures.LONDON;
import static org.toetempo.history.Fixtures.at;
import static org.toetempo.history.Fixtures.routine;

/** Each progression and regression rule of the catalogue's section 4, and their edges. */
class CoachTest {

    private final Routine arch = routine("arch-doming");
    private final Routine musical = routine("musical-toes");
    private final Routine balance = routine("single-leg-balance-routine");
    private final Routine footCore = routine("foot-core-12-week");

    // ------------------------------------------------------------------ helpers

    /** Sessions on consecutive days from {@code firstDay} (a date), each rated by {@code rate}. */
    private static List<SessionRecord> days(Routine routine, ProgressPlan plan, String firstDay, int count,
                                            UnaryOperator<SessionRecord> rate) {
        List<SessionRecord> out = new ArrayList<>();
        LocalDate day = LocalDate.parse(firstDay);
        for (int i = 0; i < count; i++) {
            out.add(rate.apply(Fixtures.played(routine, plan, day.plusDays(i).atTime(8, 0).atZone(LONDON))));
        }
        return out;
    }

    private static UnaryOperator<SessionRecord> easy(int pain) {
        return s -> Fixtures.rated(s, Effort.EASY, pain, pain);
    }

    private static UnaryOperator<SessionRecord> rate(Effort effort, int pain) {
        return s -> Fixtures.rated(s, effort, pain, pain);
    }

    private static UnaryOperator<SessionRecord> also(UnaryOperator<SessionRecord> first, String exercise,
                                                     UnaryOperator<ExerciseRating> change) {
        return s -> Fixtures.tweak(first.apply(s), exercise, change);
    }

    private static List<Suggestion> suggest(Routine routine, ProgressPlan plan, String now, List<SessionRecord> sessions) {
        return RuleOrders.suggest(routine, History.of(sessions), plan, at(now));
    }

    private static Optional<Suggestion> find(List<Suggestion> suggestions, String rule, String exercise) {
        return suggestions.stream().filter(s -> s.rule().equals(rule) && Objects.equals(s.exercise(), exercise))
                .findFirst();
    }

    private static Suggestion only(List<Suggestion> suggestions, String rule, String exercise) {
        return find(suggestions, rule, exercise).orElseThrow(() -> new AssertionError(
                "no " + rule + " for " + exercise + " in " + suggestions.stream().map(Suggestion::id).toList()));
    }

    private static ProgressPlan accept(ProgressPlan plan, Suggestion suggestion, String when) {
        return plan.accept(suggestion, at(when).toInstant(), LONDON);
    }

    private static List<SessionRecord> concat(List<SessionRecord> a, List<SessionRecord> b) {
        List<SessionRecord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static ProgressPlan planWith(String routineId, String exercise, ExercisePlan exercisePlan) {
        return ProgressPlan.EMPTY.with(routineId, RoutinePlan.NONE.withExercise(exercise, exercisePlan));
    }

    private static ExercisePlan dose(String level, Double hold, int extraReps) {
        return new ExercisePlan(level, extraReps, hold, null, false, false, null, null, null, null);
    }

    // ------------------------------------------------------------------ P1, P3

    @Test
    void noHistoryNoSuggestions() {
        assertThat(suggest(arch, ProgressPlan.EMPTY, "2026-11-10T08:00", List.of())).isEmpty();
    }

    @Test
    void p1TwoEasySessionsWithLowPainLengthenTheHoldThenP3OpensTheNextLevel() {
        List<SessionRecord> first = days(arch, ProgressPlan.EMPTY, "2026-11-02", 2, easy(2));

        Suggestion hold = only(suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", first), "P1", "short-foot");

        assertThat(hold.kind()).isEqualTo(Suggestion.Kind.PROGRESS);
        assertThat(hold.changes()).containsExactly(new Change.SetHold("short-foot", 5, 10));
        assertThat(hold.reason()).contains("easy").contains("P1");
        assertThat(hold.id()).isEqualTo("P1:arch-doming:short-foot");
        ProgressPlan plan = accept(ProgressPlan.EMPTY, hold, "2026-11-04T07:00");
        assertThat(plan.routine("arch-doming").exercise("short-foot").holdSeconds()).isEqualTo(10.0);

        // Sessions from before the change no longer count.
        assertThat(find(suggest(arch, plan, "2026-11-04T08:00", first), "P1", "short-foot")).isEmpty();

        // At the hold's cap, the level is next, behind the P3 gate: toes relaxed, rated in two easy sessions.
        List<SessionRecord> second = days(arch, plan, "2026-11-04", 2, easy(1));
        Suggestion gate = only(suggest(arch, plan, "2026-11-06T08:00", concat(first, second)), "P3", "short-foot");
        assertThat(gate.kind()).isEqualTo(Suggestion.Kind.HOLD);
        assertThat(gate.adviceOnly()).isTrue();
        assertThat(gate.reason()).contains("toes as relaxed");

        List<SessionRecord> relaxed = days(arch, plan, "2026-11-04", 2, also(easy(1), "short-foot", r -> r.withFormOk(true)));
        Suggestion up = only(suggest(arch, plan, "2026-11-06T08:00", concat(first, relaxed)), "P3", "short-foot");
        assertThat(up.changes()).containsExactly(
                new Change.SetLevel("short-foot", "seated", "standing", "Seated", "Standing", null));
        ProgressPlan standing = accept(plan, up, "2026-11-06T07:00");
        ExercisePlan sf = standing.routine("arch-doming").exercise("short-foot");
        assertThat(sf.level()).isEqualTo("standing");
        assertThat(sf.holdSeconds()).as("the new level starts from its first dose").isNull();
        assertThat(standing.playOptions(arch, PlayOptions.defaults()).levels())
                .containsEntry("short-foot", "standing");
    }

    @Test
    void p1AddsTwoRepsASetUpToTheCapThenMovesUpALevel() {
        ProgressPlan plan = ProgressPlan.EMPTY;
        String day = "2026-11-02";
        int[] expected = {12, 14, 15};
        for (int step = 0; step < 3; step++) {
            List<SessionRecord> sessions = days(musical, plan, day, 2, easy(0));
            Suggestion more = only(suggest(musical, plan, LocalDate.parse(day).plusDays(2) + "T08:00", sessions),
                    "P1", "single-big-toe-raise");
            Change.SetReps change = (Change.SetReps) more.changes().get(0);
            assertThat(change.to()).isEqualTo(expected[step]);
            assertThat(change.extraReps()).isEqualTo(expected[step] - 10);
            plan = accept(plan, more, LocalDate.parse(day).plusDays(2) + "T07:00");
            day = LocalDate.parse(day).plusDays(2).toString();
        }
        assertThat(plan.routine("musical-toes").exercise("single-big-toe-raise").reps(10)).isEqualTo(15);
        assertThat(plan.routine("musical-toes").exercise("single-big-toe-raise").reps(4)).isEqualTo(9);

        List<SessionRecord> atCap = days(musical, plan, day, 2, easy(0));
        Suggestion level = only(suggest(musical, plan, LocalDate.parse(day).plusDays(2) + "T08:00", atCap),
                "P1", "single-big-toe-raise");
        assertThat(level.changes()).containsExactly(new Change.SetLevel("single-big-toe-raise", "standing", "top-hold",
                "Standing", "Standing, hold at the top", null));
    }

    @Test
    void p1NeedsTwoEasySessionsRunningCompleteAndRatedWithPainUpToThree() {
        List<SessionRecord> easyHardEasyEasy = days(musical, ProgressPlan.EMPTY, "2026-11-02", 4, easy(1));
        easyHardEasyEasy.set(1, Fixtures.tweak(easyHardEasyEasy.get(1), "single-big-toe-raise", r -> r.withEffort(Effort.HARD)));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-06T08:00", easyHardEasyEasy.subList(0, 3)), "P1",
                "single-big-toe-raise")).as("easy, hard, easy").isEmpty();
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-06T08:00", easyHardEasyEasy), "P1",
                "single-big-toe-raise")).as("easy, hard, easy, easy").isPresent();

        List<SessionRecord> painful = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, easy(4));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", painful), "P1", "single-big-toe-raise")).isEmpty();

        List<SessionRecord> sorerNextMorning = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2,
                s -> Fixtures.rated(s, Effort.EASY, 2, 2).withMorning(4, 2));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sorerNextMorning), "P1",
                "single-big-toe-raise")).isEmpty();

        List<SessionRecord> unrated = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, s -> s);
        assertThat(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", unrated)).isEmpty();

        var schedule = Fixtures.schedule(musical, PlayOptions.defaults());
        SessionRecord stopped = Fixtures.rated(Fixtures.done(schedule, schedule.steps().get(0).endNanos() - 1,
                at("2026-11-03T08:00")), Effort.EASY, 0, 0);
        List<SessionRecord> lastStopped = List.of(days(musical, ProgressPlan.EMPTY, "2026-11-02", 1, easy(0)).get(0), stopped);
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", lastStopped), "P1",
                "single-big-toe-raise")).as("not finished last time").isEmpty();
    }

    @Test
    void p12WhileMovingToMinimalistShoesP1NeedsThreeEasySessions() {
        ProgressPlan plan = ProgressPlan.EMPTY.withMinimalistTransition(true);
        List<SessionRecord> three = days(musical, plan, "2026-11-02", 3, easy(0));

        assertThat(find(suggest(musical, plan, "2026-11-05T08:00", three.subList(1, 3)), "P1", "single-big-toe-raise")).isEmpty();
        assertThat(only(suggest(musical, plan, "2026-11-05T08:00", three), "P1", "single-big-toe-raise").reason())
                .contains("P12");
    }

    // ------------------------------------------------------------------ P2

    @Test
    void p2AtMostOneLevelChangeAWeekPerExercise() {
        ProgressPlan plan = planWith("musical-toes", "single-big-toe-raise",
                new ExercisePlan("standing", 5, null, null, false, false, null, null,
                        at("2026-11-01T08:00").toInstant(), at("2026-11-01T08:00").toInstant()));
        List<SessionRecord> sessions = days(musical, plan, "2026-11-02", 2, easy(0));

        Suggestion wait = only(suggest(musical, plan, "2026-11-04T08:00", sessions), "P2", "single-big-toe-raise");
        assertThat(wait.adviceOnly()).isTrue();
        assertThat(wait.reason()).contains("less than a week ago");

        assertThat(only(suggest(musical, plan, "2026-11-08T09:00", sessions), "P1", "single-big-toe-raise").changes())
                .singleElement().isInstanceOf(Change.SetLevel.class);
    }

    @Test
    void p2NeverTheLevelAndTheTempoInTheSameSession() {
        // Every Musical Toes exercise at its reps cap, on the beat in the slow block twice: levels are due, so no tempo.
        ProgressPlan plan = ProgressPlan.EMPTY;
        for (String x : List.of("single-big-toe-raise", "single-lesser-toes-raise", "double-big-toe-raise",
                "double-lesser-toes-raise")) {
            plan = plan.with("musical-toes", plan.routine("musical-toes").withExercise(x, dose("standing", null, 5)));
        }
        List<SessionRecord> onBeat = days(musical, plan, "2026-11-02", 2,
                s -> Fixtures.rated(s, Effort.EASY, 0, 0).withRatings(Fixtures.rated(s, Effort.EASY, 0, 0).ratings().withOnBeat(0, true)));
        List<Suggestion> both = suggest(musical, plan, "2026-11-04T08:00", onBeat);
        assertThat(find(both, "P1", "single-big-toe-raise")).isPresent();
        assertThat(both).noneMatch(s -> s.rule().equals("P8"));

        // The other way round: once the tempo has changed since the last session, the level waits a session.
        ProgressPlan faster = accept(plan, new Suggestion("x", "P8", Suggestion.Kind.PROGRESS, "musical-toes", null, "t", "r",
                List.of(), List.of(new Change.SetBlockBpm(0, "Slow", 60, 70)), false), "2026-11-04T07:00");
        Suggestion later = only(suggest(musical, faster, "2026-11-04T08:00", onBeat), "P2", "single-big-toe-raise");
        assertThat(later.reason()).contains("tempo");
    }

    // ------------------------------------------------------------------ P4

    @Test
    void p4HopsOnlyAfterA30SecondOneLegDomeWithPainUpToTwoAndNoBonePain() {
        ProgressPlan plan = planWith("arch-doming", "short-foot", dose("one-leg", 10.0, 0));
        UnaryOperator<SessionRecord> relaxed = also(easy(1), "short-foot", r -> r.withFormOk(true));

        List<SessionRecord> noTest = days(arch, plan, "2026-11-02", 2, relaxed);
        assertThat(only(suggest(arch, plan, "2026-11-04T08:00", noTest), "P4", "short-foot").reason())
                .contains("hold the dome for 30 seconds");

        List<SessionRecord> held = days(arch, plan, "2026-11-02", 2,
                also(relaxed, "short-foot", r -> r.withFormOk(true).withBestHoldSeconds(31.0)));
        Suggestion hops = only(suggest(arch, plan, "2026-11-04T08:00", held), "P4", "short-foot");
        assertThat(hops.changes()).containsExactly(new Change.SetLevel("short-foot", "one-leg", "dynamic", "On one leg",
                "Dynamic", null));

        List<SessionRecord> sore = days(arch, plan, "2026-11-02", 2,
                also(easy(3), "short-foot", r -> r.withFormOk(true).withBestHoldSeconds(31.0)));
        assertThat(only(suggest(arch, plan, "2026-11-04T08:00", sore), "P4", "short-foot").reason())
                .contains("2/10 or less");

        SessionRecord bone = Fixtures.played("sole-5-daily", at("2026-10-01T08:00"));
        bone = bone.withRatings(Ratings.of(2, 2).withRedFlags(EnumSet.of(RedFlag.BONE_TENDERNESS)));
        assertThat(only(suggest(arch, plan, "2026-11-04T08:00", concat(List.of(bone), held)), "P4", "short-foot").reason())
                .contains("no bone pain");

        assertThat(only(suggest(arch, plan.withImpactLocked(true), "2026-11-04T08:00", held), "P4", "short-foot").reason())
                .contains("hidden");
    }

    // ------------------------------------------------------------------ P5

    @Test
    void p5BalanceHoldsGo30To45To60ThenTheNextLevel() {
        List<SessionRecord> sessions = days(balance, ProgressPlan.EMPTY, "2026-11-02", 2, easy(0));
        assertThat(only(suggest(balance, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions), "P5", "single-leg-balance")
                .changes()).containsExactly(new Change.SetHold("single-leg-balance", 30, 45));

        ProgressPlan at45 = planWith("single-leg-balance-routine", "single-leg-balance", dose("fingertip-support", 45.0, 0));
        assertThat(only(suggest(balance, at45, "2026-11-04T08:00", days(balance, at45, "2026-11-02", 2, easy(0))),
                "P5", "single-leg-balance").changes()).containsExactly(new Change.SetHold("single-leg-balance", 45, 60));

        ProgressPlan at60 = planWith("single-leg-balance-routine", "single-leg-balance", dose("fingertip-support", 60.0, 0));
        assertThat(only(suggest(balance, at60, "2026-11-04T08:00", days(balance, at60, "2026-11-02", 2, easy(0))),
                "P5", "single-leg-balance").changes()).containsExactly(new Change.SetLevel("single-leg-balance",
                "fingertip-support", "no-support", "Fingertip support", "No support", null));
    }

    @Test
    void p5SoftSurfaceLevelsWaitForAnEyesClosedHoldOfMoreThan15Seconds() {
        ProgressPlan plan = planWith("single-leg-balance-routine", "single-leg-balance", dose("eyes-closed", 60.0, 0));
        List<SessionRecord> short10 = days(balance, plan, "2026-11-02", 2, s -> Fixtures.rated(withHold(s,
                "single-leg-balance", 10), Effort.EASY, 0, 0));

        assertThat(only(suggest(balance, plan, "2026-11-04T08:00", short10), "P5", "single-leg-balance").reason())
                .contains("more than 15 s");

        List<SessionRecord> timed = days(balance, plan, "2026-11-02", 2, also(s -> Fixtures.rated(withHold(s,
                "single-leg-balance", 10), Effort.EASY, 0, 0), "single-leg-balance", r -> r.withBestHoldSeconds(20.0)));
        assertThat(only(suggest(balance, plan, "2026-11-04T08:00", timed), "P5", "single-leg-balance").changes())
                .singleElement().isEqualTo(new Change.SetLevel("single-leg-balance", "eyes-closed", "soft-surface",
                        "Eyes closed", "Soft surface", null));
    }

    // ------------------------------------------------------------------ P8

    @Test
    void p8TenBpmFasterAfterTwoSessionsOnTheBeatTenSlowerAfterASetOffIt() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, s -> {
            SessionRecord r = Fixtures.rated(s, Effort.JUST_RIGHT, 0, 0);
            return r.withRatings(r.ratings().withOnBeat(0, true).withOnBeat(1, s.started().atZone(LONDON).getDayOfMonth() != 3));
        });

        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);

        Suggestion faster = out.stream().filter(s -> s.id().equals("P8:musical-toes:block-0")).findFirst().orElseThrow();
        assertThat(faster.kind()).isEqualTo(Suggestion.Kind.PROGRESS);
        assertThat(faster.changes()).containsExactly(new Change.SetBlockBpm(0, "Slow", 60, 70));
        Suggestion slower = out.stream().filter(s -> s.id().equals("P8:musical-toes:block-1")).findFirst().orElseThrow();
        assertThat(slower.kind()).isEqualTo(Suggestion.Kind.REGRESS);
        assertThat(slower.changes()).containsExactly(new Change.SetBlockBpm(1, "Fast", 110, 100));
        assertThat(out).noneMatch(s -> s.id().equals("P8:musical-toes:block-2"));

        ProgressPlan plan = accept(ProgressPlan.EMPTY, faster, "2026-11-04T07:00");
        assertThat(plan.playOptions(musical, PlayOptions.defaults()).blockBpm()).containsEntry(0, 70.0);
        // At the block's top tempo, no further.
        ProgressPlan top = plan.with("musical-toes", plan.routine("musical-toes").withBlockBpm(0, 80, at("2026-11-01T00:00").toInstant()));
        List<SessionRecord> atTop = days(musical, top, "2026-11-02", 2, s -> {
            SessionRecord r = Fixtures.rated(s, Effort.JUST_RIGHT, 0, 0);
            return r.withRatings(r.ratings().withOnBeat(0, true));
        });
        assertThat(suggest(musical, top, "2026-11-04T08:00", atTop)).noneMatch(s -> s.id().equals("P8:musical-toes:block-0"));
    }

    @Test
    void p8ReadsTheTimingSelfCheckWhenTheUserWasNotAsked() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2,
                s -> Fixtures.rated(s, Effort.JUST_RIGHT, 0, 0).withTiming(List.of(
                        new TimingCheck(0, "single-big-toe-raise", 20, 25, 40),
                        new TimingCheck(0, "double-big-toe-raise", 10, -30, 60),
                        new TimingCheck(1, "single-big-toe-raise", 20, 140, 60))));

        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);

        assertThat(out).anyMatch(s -> s.id().equals("P8:musical-toes:block-0") && s.kind() == Suggestion.Kind.PROGRESS);
        assertThat(out).anyMatch(s -> s.id().equals("P8:musical-toes:block-1") && s.kind() == Suggestion.Kind.REGRESS);
    }

    // ------------------------------------------------------------------ P9

    @Test
    void p9OneExtraSetOnTheSideRatedHarderTwiceRunning() {
        List<SessionRecord> sessions = days(arch, ProgressPlan.EMPTY, "2026-11-02", 2,
                also(rate(Effort.JUST_RIGHT, 1), "short-foot", r -> r.withHarderSide(Side.LEFT)));

        Suggestion extra = only(suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions), "P9", "short-foot");
        assertThat(extra.changes()).containsExactly(new Change.ExtraSet("short-foot", null, Side.LEFT));
        ProgressPlan plan = accept(ProgressPlan.EMPTY, extra, "2026-11-04T07:00");
        assertThat(plan.routine("arch-doming").exercise("short-foot").extraSet()).isEqualTo(Side.LEFT);
        assertThat(find(suggest(arch, plan, "2026-11-04T08:00", sessions), "P9", "short-foot")).as("capped at one").isEmpty();

        List<SessionRecord> once = new ArrayList<>(sessions);
        once.set(0, Fixtures.tweak(once.get(0), "short-foot", r -> r.withHarderSide(Side.RIGHT)));
        assertThat(find(suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", once), "P9", "short-foot")).isEmpty();

        List<SessionRecord> both = days(arch, ProgressPlan.EMPTY, "2026-11-02", 2,
                also(rate(Effort.JUST_RIGHT, 1), "toe-grip-doming", r -> r.withHarderSide(Side.LEFT)));
        assertThat(find(suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", both), "P9", "toe-grip-doming"))
                .as("done with both feet together: no sides to compare").isEmpty();
    }

    // ------------------------------------------------------------------ P10

    @Test
    void p10AdvancesTheStageWith80PercentOfItsSessionsAndNoPainRuleInTheLastWeek() {
        ProgressPlan plan = ProgressPlan.EMPTY.startProgramme(footCore, LocalDate.parse("2026-11-02"));
        // Stage A: weeks 1-3, 4 a week: 10 of 12 needed. Every other day, 11 sessions.
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            sessions.add(Fixtures.rated(Fixtures.played(footCore, plan, at("2026-11-02T08:00").plusDays(i * 2L)),
                    Effort.JUST_RIGHT, 1, 1));
        }
        ProgrammeStatus before = ProgrammeStatus.of(footCore, History.of(sessions), plan, at("2026-11-22T08:00"));
        assertThat(before.week()).isEqualTo(3);
        assertThat(before.gateDue(LocalDate.parse("2026-11-22"))).isFalse();
        assertThat(suggest(footCore, plan, "2026-11-22T08:00", sessions)).noneMatch(s -> s.rule().equals("P10"));

        Suggestion next = only(suggest(footCore, plan, "2026-11-23T08:00", sessions), "P10", null);
        assertThat(next.changes()).containsExactly(new Change.SetStage("a", "b", "Stage A: seated",
                "Stage B: standing on two feet", null));
        assertThat(next.reason()).contains("11 of the 10 sessions needed");
        ProgressPlan inB = accept(plan, next, "2026-11-23T08:00");
        assertThat(inB.stage(footCore)).isEqualTo("b");
        assertThat(inB.routine("foot-core-12-week").stageStart()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(inB.playOptions(footCore, PlayOptions.defaults()).stage()).isEqualTo("b");
        ProgrammeStatus inStageB = ProgrammeStatus.of(footCore, History.of(sessions), inB, at("2026-11-30T08:00"));
        assertThat(inStageB.week()).isEqualTo(5);
        assertThat(inStageB.weekInStage()).isEqualTo(2);

        // Too few sessions: repeat the week.
        List<SessionRecord> nine = sessions.subList(0, 9);
        Suggestion repeat = only(suggest(footCore, plan, "2026-11-23T08:00", nine), "P10", null);
        assertThat(repeat.kind()).isEqualTo(Suggestion.Kind.HOLD);
        assertThat(repeat.reason()).contains("9 of the 10");
        ProgressPlan repeated = accept(plan, repeat, "2026-11-23T08:00");
        assertThat(ProgrammeStatus.of(footCore, History.of(nine), repeated, at("2026-11-23T08:00")).gateDate())
                .isEqualTo(LocalDate.parse("2026-11-30"));

        // Enough sessions, but a pain rule in the last week.
        List<SessionRecord> sore = new ArrayList<>(sessions);
        sore.set(10, Fixtures.rated(sore.get(10), Effort.JUST_RIGHT, 4, 2));
        Suggestion painful = only(suggest(footCore, plan, "2026-11-23T08:00", sore), "P10", null);
        assertThat(painful.reason()).contains("a pain rule fired");
        assertThat(painful.changes()).singleElement().isInstanceOf(Change.RepeatWeek.class);
    }

    // ------------------------------------------------------------------ P11

    @Test
    void p11AfterMoreThanAWeekOffOneLevelLowerForAWeekThenBack() {
        ProgressPlan plan = planWith("arch-doming", "short-foot", dose("standing", null, 0));
        List<SessionRecord> sessions = days(arch, plan, "2026-11-01", 2, rate(Effort.JUST_RIGHT, 1));

        assertThat(find(suggest(arch, plan, "2026-11-09T08:00", sessions), "P11", null)).as("7 days: not yet").isEmpty();
        Suggestion lower = only(suggest(arch, plan, "2026-11-10T08:00", sessions), "P11", null);
        assertThat(lower.kind()).isEqualTo(Suggestion.Kind.REGRESS);
        assertThat(lower.reason()).contains("8 days ago");
        assertThat(lower.changes()).contains(new Change.SetLevel("short-foot", "standing", "seated", "Standing", "Seated",
                LocalDate.parse("2026-11-17")));

        ProgressPlan easier = accept(plan, lower, "2026-11-10T07:00");
        ExercisePlan sf = easier.routine("arch-doming").exercise("short-foot");
        assertThat(sf.level()).isEqualTo("seated");
        assertThat(sf.returnLevel()).isEqualTo("standing");
        List<SessionRecord> back = concat(sessions, days(arch, easier, "2026-11-10", 7, rate(Effort.JUST_RIGHT, 1)));
        assertThat(suggest(arch, easier, "2026-11-16T20:00", back)).noneMatch(s -> s.rule().startsWith("P"));
        Suggestion up = only(suggest(arch, easier, "2026-11-17T08:00", back), "P11", null);
        assertThat(up.kind()).isEqualTo(Suggestion.Kind.PROGRESS);
        assertThat(up.changes()).contains(new Change.SetLevel("short-foot", "seated", "standing", "Seated", "Standing", null));
        ExercisePlan restored = accept(easier, up, "2026-11-17T08:00").routine("arch-doming").exercise("short-foot");
        assertThat(restored.level()).isEqualTo("standing");
        assertThat(restored.returnLevel()).isNull();
    }

    @Test
    void p11InAProgrammeGoesBackOneStageForAWeek() {
        ProgressPlan plan = ProgressPlan.EMPTY.startProgramme(footCore, LocalDate.parse("2026-10-01"));
        plan = plan.with("foot-core-12-week", plan.routine("foot-core-12-week").withStage("b", LocalDate.parse("2026-10-22"),
                0, null, null, at("2026-10-22T08:00").toInstant()));
        List<SessionRecord> sessions = List.of(Fixtures.rated(Fixtures.played(footCore, plan, at("2026-10-25T08:00")),
                Effort.JUST_RIGHT, 1, 1));

        Suggestion lower = only(suggest(footCore, plan, "2026-11-05T08:00", sessions), "P11", null);

        assertThat(lower.changes()).containsExactly(new Change.SetStage("b", "a", "Stage B: standing on two feet",
                "Stage A: seated", LocalDate.parse("2026-11-12")));
        ProgressPlan easier = accept(plan, lower, "2026-11-05T08:00");
        assertThat(easier.stage(footCore)).isEqualTo("a");
        assertThat(easier.routine("foot-core-12-week").returnStage()).isEqualTo("b");
        assertThat(ProgrammeStatus.of(footCore, History.of(sessions), easier, at("2026-11-06T08:00")).temporary()).isTrue();
    }

    // ------------------------------------------------------------------ R2, R3, R5

    @Test
    void r2PainOfFourToFiveKeepsTheDoseForTheWeek() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 3, easy(1));
        sessions.set(0, Fixtures.rated(sessions.get(0), Effort.EASY, 5, 2));

        Suggestion keep = only(suggest(musical, ProgressPlan.EMPTY, "2026-11-05T08:00", sessions), "R2", null);
        assertThat(keep.kind()).isEqualTo(Suggestion.Kind.HOLD);
        assertThat(keep.adviceOnly()).isTrue();
        assertThat(suggest(musical, ProgressPlan.EMPTY, "2026-11-05T08:00", sessions)).noneMatch(s -> s.rule().equals("P1"));

        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-10T08:00", sessions), "P1", "single-big-toe-raise"))
                .as("a week later").isPresent();
    }

    @Test
    void r3PainAboveFiveRegressesALevelOrCutsTheVolumeAndShowsTheSafetyNotes() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 1, rate(Effort.HARD, 7));

        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-03T08:00", sessions);

        Suggestion down = only(out, "R3", "single-big-toe-raise");
        assertThat(down.kind()).isEqualTo(Suggestion.Kind.REGRESS);
        assertThat(down.changes()).containsExactly(new Change.SetLevel("single-big-toe-raise", "standing", "seated",
                "Standing", "Seated", null));
        assertThat(down.showSafetyScreen()).isTrue();
        assertThat(down.safety()).isNotEmpty().anyMatch(n -> n.contains("5/10"));
        assertThat(out).noneMatch(s -> s.kind() == Suggestion.Kind.PROGRESS);

        // At the lowest level: about 40% less.
        List<SessionRecord> balanceSessions = days(balance, ProgressPlan.EMPTY, "2026-11-02", 1, rate(Effort.HARD, 6));
        assertThat(only(suggest(balance, ProgressPlan.EMPTY, "2026-11-03T08:00", balanceSessions), "R3", "single-leg-balance")
                .changes()).containsExactly(new Change.SetHold("single-leg-balance", 30, 18));
    }

    @Test
    void r3NextMorningWorseThanTheUsualMorningAlsoRegresses() {
        UnaryOperator<SessionRecord> settled = s -> Fixtures.rated(s, Effort.JUST_RIGHT, 2, 2).withMorning(2, 2);
        UnaryOperator<SessionRecord> worse = s -> Fixtures.rated(s, Effort.JUST_RIGHT, 2, 2).withMorning(3, 2);
        assertThat(suggest(musical, ProgressPlan.EMPTY, "2026-11-03T08:00",
                days(musical, ProgressPlan.EMPTY, "2026-11-02", 1, settled))).noneMatch(s -> s.rule().equals("R3"));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-03T08:00",
                days(musical, ProgressPlan.EMPTY, "2026-11-02", 1, worse)), "R3", "toe-yoga").or(() -> find(suggest(
                musical, ProgressPlan.EMPTY, "2026-11-03T08:00", days(musical, ProgressPlan.EMPTY, "2026-11-02", 1, worse)),
                "R3", "single-big-toe-raise"))).isPresent();

        // A usual morning of 3/10 stiffness (median of earlier mornings): 3 again is not worse.
        List<SessionRecord> stiffMornings = days(musical, ProgressPlan.EMPTY, "2026-11-02", 4,
                s -> Fixtures.rated(s, Effort.JUST_RIGHT, 1, 1).withMorning(1, 3));
        assertThat(suggest(musical, ProgressPlan.EMPTY, "2026-11-06T08:00", stiffMornings))
                .noneMatch(s -> s.rule().equals("R3"));
        stiffMornings.set(3, stiffMornings.get(3).withMorning(1, 4));
        assertThat(only(suggest(musical, ProgressPlan.EMPTY, "2026-11-06T08:00", stiffMornings), "R3",
                "single-big-toe-raise").reason()).contains("usual morning");
    }

    @Test
    void r5PainRuleTwiceRunningPausesProgressionAndAsksForAReview() {
        List<SessionRecord> sessions = days(arch, ProgressPlan.EMPTY, "2026-11-02", 2, rate(Effort.HARD, 6));

        Suggestion pause = only(suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions), "R5", "short-foot");
        assertThat(pause.changes()).containsExactly(new Change.Pause("short-foot"));
        assertThat(pause.reason()).contains("review");
        ProgressPlan paused = accept(ProgressPlan.EMPTY, pause, "2026-11-04T08:00");

        // Paused: easy sessions no longer progress it, but once pain settles the app offers to resume.
        List<SessionRecord> calm = concat(sessions, days(arch, paused, "2026-11-05", 2, also(easy(1), "short-foot",
                r -> r.withFormOk(true))));
        List<Suggestion> out = suggest(arch, paused, "2026-11-07T08:00", calm);
        assertThat(find(out, "P1", "short-foot")).isEmpty();
        assertThat(only(out, "R5", "short-foot").changes()).containsExactly(new Change.Resume("short-foot"));
    }

    @Test
    void r5PainClimbingWeekOverWeekPausesTheRoutine() {
        List<SessionRecord> sessions = new ArrayList<>();
        int[] pains = {2, 3, 4};
        for (int week = 0; week < 3; week++) {
            sessions.add(Fixtures.rated(Fixtures.played(musical, ProgressPlan.EMPTY,
                    at("2026-11-02T08:00").plusWeeks(week)), Effort.JUST_RIGHT, pains[week], 1));
        }

        Suggestion climbing = only(suggest(musical, ProgressPlan.EMPTY, "2026-11-17T08:00", sessions), "R5", null);
        assertThat(climbing.changes()).contains(new Change.Pause("single-big-toe-raise"));
        assertThat(climbing.reason()).contains("3 weeks running");

        sessions.set(2, Fixtures.rated(sessions.get(2), Effort.JUST_RIGHT, 3, 1));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-17T08:00", sessions), "R5", null)).isEmpty();
    }

    // ------------------------------------------------------------------ R4

    @Test
    void r4WarningSignsStopEverythingElseHideHopsAndHeelRaisesAndSendToAClinician() {
        List<SessionRecord> sessions = days(arch, ProgressPlan.EMPTY, "2026-11-02", 2, also(easy(1), "short-foot",
                r -> r.withRedFlags(EnumSet.of(RedFlag.SHARP_PAIN))));

        List<Suggestion> out = suggest(arch, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);

        assertThat(out).singleElement().satisfies(stop -> {
            assertThat(stop.rule()).isEqualTo("R4");
            assertThat(stop.kind()).isEqualTo(Suggestion.Kind.STOP);
            assertThat(stop.showSafetyScreen()).isTrue();
            assertThat(stop.reason()).contains("sharp or stabbing pain").contains("Short Foot");
            assertThat(stop.safety()).anyMatch(n -> n.contains("clinician"));
            assertThat(stop.changes()).containsExactly(new Change.LockImpact(), new Change.Skip("short-foot"));
        });
        ProgressPlan locked = accept(ProgressPlan.EMPTY, out.get(0), "2026-11-04T08:00");
        assertThat(locked.impactLocked()).isTrue();
        assertThat(locked.routine("arch-doming").exercise("short-foot").skipped()).isTrue();

        // Hops and heel raises stay hidden everywhere, as levels and as steps.
        ProgressPlan hopper = locked.with("foot-core-12-week", RoutinePlan.NONE.withStage("d", null, 0, null, null,
                at("2026-11-01T08:00").toInstant()));
        assertThat(hopper.playOptions(footCore, PlayOptions.defaults()).levels())
                .containsEntry("short-foot", "one-leg").containsEntry("heel-raise", "seated");
        assertThat(hopper.stepsToLeaveOut(footCore)).containsExactly(new ProgressPlan.StepRef(3, 0), new ProgressPlan.StepRef(3, 1));
        assertThat(locked.stepsToLeaveOut(arch)).as("short foot skipped, hop step hidden")
                .contains(new ProgressPlan.StepRef(0, 1), new ProgressPlan.StepRef(0, 2), new ProgressPlan.StepRef(0, 3));
    }

    @Test
    void r4AlsoFiresWhenTheWarningCameInTheLatestSessionOfAnotherRoutine() {
        List<SessionRecord> sessions = new ArrayList<>(days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, easy(0)));
        SessionRecord other = Fixtures.played("sole-5-daily", at("2026-11-03T20:00"));
        sessions.add(other.withRatings(Ratings.of(2, 2).withRedFlags(EnumSet.of(RedFlag.NUMBNESS_OR_TINGLING))));

        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);

        assertThat(out).singleElement().satisfies(s -> assertThat(s.reason()).contains("numbness"));
    }

    // ------------------------------------------------------------------ R6, R7

    @Test
    void r6HardTwiceRunningUndoesTheLastStepThenALevel() {
        ProgressPlan more = planWith("musical-toes", "single-big-toe-raise", dose("standing", null, 4));
        List<SessionRecord> hard = days(musical, more, "2026-11-02", 2, rate(Effort.HARD, 2));
        assertThat(only(suggest(musical, more, "2026-11-04T08:00", hard), "R6", "single-big-toe-raise").changes())
                .containsExactly(new Change.SetReps("single-big-toe-raise", 14, 12, 2));

        List<SessionRecord> atBase = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, rate(Effort.HARD, 2));
        assertThat(only(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", atBase), "R6", "single-big-toe-raise")
                .changes()).containsExactly(new Change.SetLevel("single-big-toe-raise", "standing", "seated", "Standing",
                "Seated", null));

        List<SessionRecord> once = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2, rate(Effort.JUST_RIGHT, 2));
        once.set(1, Fixtures.rated(once.get(1), Effort.HARD, 2, 2));
        assertThat(find(suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", once), "R6", "single-big-toe-raise")).isEmpty();
    }

    @Test
    void r7ACrampCutsTheRepsByAThirdAndHoldsProgression() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2,
                also(easy(0), "single-big-toe-raise", r -> r.withCramp(true)));

        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);

        assertThat(only(out, "R7", "single-big-toe-raise").changes())
                .containsExactly(new Change.SetReps("single-big-toe-raise", 10, 7, -3));
        assertThat(find(out, "P1", "single-big-toe-raise")).isEmpty();
        assertThat(find(out, "P1", "single-lesser-toes-raise")).isPresent();
    }

    @Test
    void r7ACrampNotTiedToAnExerciseIsAdviceOnly() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 1,
                s -> Fixtures.rated(s, Effort.JUST_RIGHT, 1, 1).withRatings(Fixtures.rated(s, Effort.JUST_RIGHT, 1, 1)
                        .ratings().withCramp(true)));

        Suggestion advice = only(suggest(musical, ProgressPlan.EMPTY, "2026-11-03T08:00", sessions), "R7", null);

        assertThat(advice.adviceOnly()).isTrue();
        assertThat(advice.reason()).contains("30% fewer reps");
    }

    // ------------------------------------------------------------------ order, staleness

    @Test
    void suggestionsComeMostUrgentFirstAndAStaleOneIsRefused() {
        List<SessionRecord> sessions = days(musical, ProgressPlan.EMPTY, "2026-11-02", 2,
                also(easy(0), "single-big-toe-raise", r -> r.withCramp(true)));
        List<Suggestion> out = suggest(musical, ProgressPlan.EMPTY, "2026-11-04T08:00", sessions);
        List<Suggestion.Kind> kinds = out.stream().map(Suggestion::kind).toList();
        List<Suggestion.Kind> sorted = new ArrayList<>(kinds);
        sorted.sort(null);
        assertThat(kinds).isEqualTo(sorted);
        assertThat(kinds).startsWith(Suggestion.Kind.REGRESS).endsWith(Suggestion.Kind.PROGRESS);

        Suggestion level = new Suggestion("x", "P1", Suggestion.Kind.PROGRESS, "musical-toes", "single-big-toe-raise", "t",
                "r", List.of(), List.of(new Change.SetLevel("single-big-toe-raise", "seated", "standing", "a", "b", null)),
                false);
        ProgressPlan moved = planWith("musical-toes", "single-big-toe-raise", dose("top-hold", null, 0));
        assertThatThrownBy(() -> accept(moved, level, "2026-11-04T08:00")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ask for suggestions again");
        assertThat(Arrays.asList(Suggestion.Kind.values())).containsExactly(Suggestion.Kind.STOP,
                Suggestion.Kind.REGRESS, Suggestion.Kind.HOLD, Suggestion.Kind.PROGRESS);
    }

    /** The record with every step of one exercise given another hold (as if the routine wrote it so). */
    private static SessionRecord withHold(SessionRecord session, String exercise, double hold) {
        List<StepRecord> steps = new ArrayList<>();
        for (StepRecord s : session.steps()) {
            steps.add(!s.exercise().equals(exercise) ? s : new StepRecord(s.index(), s.block(), s.stepInBlock(), s.cycle(),
                    s.exercise(), s.level(), s.side(), s.bpm(), hold, s.repsPerSet(), s.feet()));
        }
        return new SessionRecord(session.id(), session.started(), session.ended(), session.zone(), session.routineId(),
                session.routineName(), session.stage(), session.outcome(), session.activeSeconds(), session.plannedSeconds(),
                session.tempos(), steps, session.ratings(), session.timing());
    }

}
