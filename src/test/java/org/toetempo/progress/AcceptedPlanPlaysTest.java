package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.toetempo.history.Effort;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Action;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.LONDON;
import static org.toetempo.history.Fixtures.at;
import static org.toetempo.history.Fixtures.routine;

/** An accepted suggestion changes what the next session plays: the whole path from the coach to the schedule. */
class AcceptedPlanPlaysTest {

    private final Routine musical = routine("musical-toes");
    private final Routine arch = routine("arch-doming");
    private final Routine balance = routine("single-leg-balance-routine");
    private final Routine footCore = routine("foot-core-12-week");

    private static List<SessionRecord> days(Routine routine, String firstDay, int count, UnaryOperator<SessionRecord> rate) {
        List<SessionRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(rate.apply(Fixtures.played(routine, ProgressPlan.EMPTY,
                    LocalDate.parse(firstDay).plusDays(i).atTime(8, 0).atZone(LONDON))));
        }
        return out;
    }

    private static Suggestion suggestion(Routine routine, List<SessionRecord> sessions, String rule, String exercise) {
        return Coach.suggest(routine, History.of(sessions), ProgressPlan.EMPTY, at("2026-11-04T08:00")).stream()
                .filter(s -> s.rule().equals(rule) && Objects.equals(s.exercise(), exercise))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " for " + exercise));
    }

    private static Schedule play(Routine routine, ProgressPlan plan) {
        return Schedule.compile(routine, plan.playOptions(routine, PlayOptions.defaults()));
    }

    private static ProgressPlan accept(Suggestion suggestion) {
        return ProgressPlan.EMPTY.accept(suggestion, at("2026-11-04T07:55").toInstant(), LONDON);
    }

    private static List<Integer> reps(Schedule schedule, String exercise) {
        return schedule.steps().stream().filter(s -> s.exercise().id().equals(exercise)).map(ScheduledStep::reps).toList();
    }

    private static List<Long> holds(Schedule schedule, String exercise) {
        List<Long> out = new ArrayList<>();
        for (Segment segment : schedule.segments()) {
            if (segment.activity() == Activity.HOLD && segment.step() >= 0
                    && schedule.steps().get(segment.step()).exercise().id().equals(exercise)) {
                out.add(segment.durationNanos());
            }
        }
        return out.stream().distinct().toList();
    }

    private static UnaryOperator<SessionRecord> easy() {
        return s -> Fixtures.rated(s, Effort.EASY, 1, 1);
    }

    @Test
    void anAcceptedP1PlaysTwoMoreRepsASet() {
        Suggestion more = suggestion(musical, days(musical, "2026-11-02", 2, easy()), "P1", "single-big-toe-raise");
        assertThat(more.changes()).containsExactly(new Change.SetReps("single-big-toe-raise", 10, 12, 2));

        Schedule before = play(musical, ProgressPlan.EMPTY);
        Schedule after = play(musical, accept(more));

        assertThat(reps(before, "single-big-toe-raise")).startsWith(10, 10, 10, 10);
        assertThat(reps(after, "single-big-toe-raise")).startsWith(12, 12, 12, 12);
        assertThat(reps(after, "single-lesser-toes-raise")).as("other exercises as written").startsWith(10, 10, 10, 10);
        // The record of the next session says so too, which is what the next suggestion reads.
        SessionRecord next = Fixtures.done(after, after.totalNanos(), at("2026-11-04T08:00"));
        assertThat(next.steps("single-big-toe-raise").get(0).repsPerSet()).isEqualTo(12);
    }

    @Test
    void anAcceptedP1HoldPlaysLongerHolds() {
        List<SessionRecord> sessions = days(arch, "2026-11-02", 2, easy());
        Suggestion longer = suggestion(arch, sessions, "P1", "short-foot");

        assertThat(holds(play(arch, ProgressPlan.EMPTY), "short-foot")).containsExactly(5_000_000_000L);
        assertThat(holds(play(arch, accept(longer)), "short-foot")).containsExactly(10_000_000_000L);
    }

    @Test
    void anAcceptedP9PlaysOneMoreSetOnTheHarderFoot() {
        List<SessionRecord> sessions = days(arch, "2026-11-02", 2,
                s -> Fixtures.tweak(Fixtures.rated(s, Effort.JUST_RIGHT, 1, 1), "short-foot", r -> r.withHarderSide(Side.LEFT)));

        Schedule after = play(arch, accept(suggestion(arch, sessions, "P9", "short-foot")));

        ScheduledStep left = after.steps().stream().filter(s -> s.step().side() == Side.LEFT).findFirst().orElseThrow();
        ScheduledStep right = after.steps().stream().filter(s -> s.step().side() == Side.RIGHT).findFirst().orElseThrow();
        assertThat(left.feet()).hasSize(4);
        assertThat(right.feet()).hasSize(3);
    }

    @Test
    void r4LeavesOutTheHopStepAndTheHeelRaisesOfTheProgramme() {
        List<SessionRecord> sessions = days(arch, "2026-11-02", 1,
                s -> Fixtures.tweak(easy().apply(s), "short-foot", r -> r.withRedFlags(EnumSet.of(RedFlag.SHARP_PAIN))));
        Suggestion stop = suggestion(arch, sessions, "R4", null);
        ProgressPlan locked = accept(stop).with(footCore.id(), RoutinePlan.NONE.withStage("d", null, 0, null, null,
                at("2026-11-01T08:00").toInstant()));

        Schedule before = play(footCore, ProgressPlan.EMPTY.with(footCore.id(), locked.routine(footCore.id())));
        Schedule after = play(footCore, locked);

        assertThat(before.steps()).anyMatch(s -> s.block() == 3 && s.stepInBlock() == 0);
        assertThat(before.segments()).anyMatch(s -> s.action() == Action.HOP);
        assertThat(after.steps()).noneMatch(s -> s.block() == 3 && s.stepInBlock() == 0);
        assertThat(after.segments()).noneMatch(s -> s.action() == Action.HOP);
        assertThat(after.steps()).noneMatch(s -> s.exercise().id().equals("heel-raise"));
        assertThat(after.steps()).anyMatch(s -> s.exercise().id().equals("single-leg-balance"));
        // And the exercise the warning came with is left out of its own routine.
        assertThat(play(arch, locked).steps()).extracting(s -> s.exercise().id()).containsOnly("toe-grip-doming");
    }

    @Test
    void regressionsCutTheVolume() {
        List<SessionRecord> cramps = days(musical, "2026-11-02", 2,
                s -> Fixtures.tweak(easy().apply(s), "single-big-toe-raise", r -> r.withCramp(true)));
        Suggestion r7 = suggestion(musical, cramps, "R7", "single-big-toe-raise");
        Schedule fewer = play(musical, accept(r7));
        assertThat(reps(fewer, "single-big-toe-raise")).startsWith(7, 7, 7, 7);
        assertThat(fewer.totalNanos()).isLessThan(play(musical, ProgressPlan.EMPTY).totalNanos());

        List<SessionRecord> painful = days(balance, "2026-11-02", 1, s -> Fixtures.rated(s, Effort.HARD, 6, 6));
        Suggestion r3 = Coach.suggest(balance, History.of(painful), ProgressPlan.EMPTY, at("2026-11-03T08:00")).stream()
                .filter(s -> s.rule().equals("R3") && "single-leg-balance".equals(s.exercise())).findFirst().orElseThrow();
        assertThat(holds(play(balance, ProgressPlan.EMPTY), "single-leg-balance")).containsExactly(30_000_000_000L);
        assertThat(holds(play(balance, accept(r3)), "single-leg-balance")).containsExactly(18_000_000_000L);
    }

    @Test
    void aHandEditedPlanBeyondTheCapsPlaysAtTheCaps() {
        ExercisePlan wild = new ExercisePlan(null, 40, 500.0, null, false, false, null, null, null, null);
        ProgressPlan plan = ProgressPlan.EMPTY.with(musical.id(), RoutinePlan.NONE.withExercise("single-big-toe-raise", wild))
                .with(arch.id(), RoutinePlan.NONE.withExercise("short-foot", wild));

        assertThat(reps(play(musical, plan), "single-big-toe-raise")).startsWith(15, 15, 15, 15);
        assertThat(holds(play(arch, plan), "short-foot")).containsExactly(10_000_000_000L);
    }
}
