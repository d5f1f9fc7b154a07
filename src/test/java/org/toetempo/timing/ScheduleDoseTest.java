package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user's dose per exercise and the steps they leave out, as the compiler applies them. */
class ScheduleDoseTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String METRONOME = "{\"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 120, \"count_in_beats\": 0}";

    private static PlayOptions.Dose reps(int extra, int cap) {
        return new PlayOptions.Dose(extra, cap, null, 0, null);
    }

    private static PlayOptions.Dose hold(double seconds, double cap) {
        return new PlayOptions.Dose(0, 0, seconds, cap, null);
    }

    private static List<ScheduledStep> stepsOf(Schedule schedule, String exercise) {
        return schedule.steps().stream().filter(s -> s.exercise().id().equals(exercise)).toList();
    }

    private static List<Long> holdLengths(Schedule schedule, int step) {
        return schedule.segments().stream().filter(s -> s.step() == step && s.activity() == Activity.HOLD)
                .map(Segment::durationNanos).distinct().toList();
    }

    @Test
    void extraRepsChangeEveryStepOfTheExerciseUpToTheCapAndNeverBelowOne() {
        Routine musical = Routines.builtIn("musical-toes");
        PlayOptions more = PlayOptions.defaults().withDose("single-big-toe-raise", reps(4, 13));

        Schedule written = Schedule.compile(musical, PlayOptions.defaults());
        Schedule dosed = Schedule.compile(musical, more);

        assertThat(stepsOf(written, "single-big-toe-raise")).extracting(ScheduledStep::reps).startsWith(10, 10, 10, 10);
        // 10 + 4 stops at the cap of 13; the song block's 4-rep steps take the full 4 more.
        assertThat(stepsOf(dosed, "single-big-toe-raise")).extracting(ScheduledStep::reps).startsWith(13, 13, 13, 13)
                .contains(8);
        assertThat(stepsOf(dosed, "double-big-toe-raise")).extracting(ScheduledStep::reps).startsWith(10, 10);
        long lifts = dosed.cues().stream().filter(c -> c.type() == CueType.REP_COMPLETE && c.step() == 0).count();
        assertThat(lifts).isEqualTo(13);

        Schedule fewer = Schedule.compile(musical, PlayOptions.defaults().withDose("single-big-toe-raise", reps(-30, 0)));
        assertThat(stepsOf(fewer, "single-big-toe-raise")).extracting(ScheduledStep::reps).containsOnly(1);
    }

    @Test
    void aCapLimitsWhatTheDoseAddsNotWhatAStepWrites() {
        PlayOptions.Dose dose = reps(2, 12);
        assertThat(dose.reps(10)).isEqualTo(12);
        assertThat(dose.reps(20)).as("written above the cap").isEqualTo(20);
        assertThat(reps(-5, 12).reps(20)).isEqualTo(15);
        assertThat(dose.reps(0)).as("a step timed in seconds keeps its time").isZero();
        assertThat(hold(60, 40).hold(50)).isEqualTo(50);
        assertThat(hold(60, 40).hold(20)).isEqualTo(40);
        assertThat(hold(3, 40).hold(20)).isEqualTo(3);
    }

    @Test
    void aLongerHoldLengthensTheHoldsUpToTheCapAndScalesShorterHoldsAlike() {
        Routine holds = Routines.of(METRONOME, "",
                "{\"exercise\": \"short-foot\", \"side\": \"right\", \"reps\": 2, \"phases\": ["
                        + "{\"action\": \"lift\", \"beats\": 1, \"cue\": \"up\"},"
                        + "{\"action\": \"hold\", \"seconds\": 4, \"cue\": \"hold\"},"
                        + "{\"action\": \"lower\", \"beats\": 1, \"cue\": \"down\"},"
                        + "{\"action\": \"hold\", \"seconds\": 2, \"cue\": \"rest\"}]}");

        Schedule written = Schedule.compile(holds, PlayOptions.defaults());
        Schedule longer = Schedule.compile(holds, PlayOptions.defaults().withDose("short-foot", hold(6, 0)));
        Schedule capped = Schedule.compile(holds, PlayOptions.defaults().withDose("short-foot", hold(20, 8)));

        assertThat(holdLengths(written, 0)).containsExactly(4 * SECOND, 2 * SECOND);
        assertThat(holdLengths(longer, 0)).containsExactly(6 * SECOND, 3 * SECOND);
        assertThat(holdLengths(capped, 0)).containsExactly(8 * SECOND, 4 * SECOND);
        // Two reps, each 2 beats at 60 BPM plus its holds, after a 4-beat lead-in.
        assertThat(longer.totalNanos()).isEqualTo((4 + 2 * (2 + 6 + 3)) * SECOND);
        assertThat(longer.cues()).filteredOn(c -> c.type() == CueType.HOLD_START).extracting(Cue::value)
                .containsExactly(6, 3, 6, 3);
    }

    @Test
    void anExtraSetFollowsThatFootsLastSetAndCountsInItsCues() {
        Routine both = Routines.of(METRONOME, "",
                "{\"exercise\": \"toe-curl\", \"side\": \"right-then-left\", \"sets\": 2, \"reps\": 3}");
        PlayOptions.Dose left = new PlayOptions.Dose(0, 0, null, 0, Side.LEFT);

        Schedule schedule = Schedule.compile(both, PlayOptions.defaults().withDose("toe-curl", left));

        ScheduledStep step = schedule.steps().get(0);
        assertThat(step.feet()).containsExactly(Side.RIGHT, Side.RIGHT, Side.LEFT, Side.LEFT, Side.LEFT);
        assertThat(step.setsOn(Side.LEFT)).isEqualTo(3);
        assertThat(step.setsOn(Side.RIGHT)).isEqualTo(2);
        assertThat(schedule.cues()).filteredOn(c -> c.type() == CueType.SET_START).extracting(Cue::text)
                .containsExactly("Set 1 of 2", "Set 2 of 2", "Set 1 of 3", "Set 2 of 3", "Set 3 of 3");

        Routine rightOnly = Routines.of(METRONOME, "", "{\"exercise\": \"toe-curl\", \"side\": \"right\", \"reps\": 3}");
        assertThat(Schedule.compile(rightOnly, PlayOptions.defaults().withDose("toe-curl", left)).steps().get(0).feet())
                .as("a step for the other foot only").containsExactly(Side.RIGHT);
        assertThat(StepLayout.withExtraSet(StepLayout.feet(Side.ALTERNATING, 2), Side.RIGHT))
                .containsExactly(Side.RIGHT, Side.LEFT, Side.RIGHT, Side.RIGHT, Side.LEFT);
    }

    @Test
    void stepsAndExercisesLeftOutAreNotPlayed() {
        Routine arch = Routines.builtIn("arch-doming");
        PlayOptions hops = PlayOptions.defaults().withLevel("short-foot", "dynamic");

        Schedule all = Schedule.compile(arch, hops);
        Schedule noHop = Schedule.compile(arch, hops.withLeftOut(PlayOptions.stepKey(0, 3)));
        Schedule noShortFoot = Schedule.compile(arch, hops.withLeftOut("short-foot"));

        assertThat(all.steps()).extracting(ScheduledStep::stepInBlock).containsExactly(0, 1, 2, 3);
        assertThat(noHop.steps()).extracting(ScheduledStep::stepInBlock).containsExactly(0, 1, 2);
        assertThat(noShortFoot.steps()).extracting(s -> s.exercise().id()).containsExactly("toe-grip-doming");
        assertThat(noHop.totalNanos()).isLessThan(all.totalNanos());
    }

    @Test
    void aDoseOutsideWhatCanBePlayedIsRefused() {
        assertThatThrownBy(() -> hold(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlayOptions.Dose(0, 0, null, 0, Side.BOTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reps(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
