package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimingSelfCheckTest {

    private static final long MS = 1_000_000L;

    @Test
    void tapsOnEachLiftGiveTheMeanAndSpreadPerBlockAndExercise() {
        Schedule schedule = Schedule.compile(Fixtures.routine("musical-toes"), PlayOptions.defaults());
        List<BeatMark> repStarts = schedule.beats().stream().filter(b -> b.accent() == BeatMark.Accent.REP).toList();
        List<Long> taps = new ArrayList<>();
        // The first step (slow block, right big toe): 10 taps alternately 30 and 50 ms late.
        for (int i = 0; i < 10; i++) {
            taps.add(repStarts.get(i).nanos() + (i % 2 == 0 ? 30 : 50) * MS);
        }
        // The first step of the fast block: 10 taps 20 ms early.
        long fastStart = schedule.steps().stream().filter(s -> s.block() == 1).findFirst().orElseThrow().startNanos();
        repStarts.stream().filter(b -> b.nanos() > fastStart).limit(10).forEach(b -> taps.add(b.nanos() - 20 * MS));
        // Stray taps in a rest, far from any rep: ignored.
        taps.add(schedule.steps().get(0).endNanos() + 5_000 * MS);

        List<TimingCheck> checks = TimingSelfCheck.fromTaps(schedule, taps.stream().mapToLong(Long::longValue).toArray());

        assertThat(checks).hasSize(2);
        TimingCheck slow = checks.get(0);
        assertThat(slow.block()).isZero();
        assertThat(slow.exercise()).isEqualTo("single-big-toe-raise");
        assertThat(slow.taps()).isEqualTo(10);
        assertThat(slow.meanMs()).isEqualTo(40.0);
        assertThat(slow.spreadMs()).isCloseTo(10.5, within(0.1));
        assertThat(slow.onBeat()).isTrue();
        TimingCheck fast = checks.get(1);
        assertThat(fast.block()).isEqualTo(1);
        assertThat(fast.meanMs()).isEqualTo(-20.0);
        assertThat(fast.spreadMs()).isZero();
    }

    @Test
    void theVerdictNeedsEnoughTapsCloseAndSteady() {
        assertThat(TimingCheck.of(0, "x", new double[] {10, 20, 30}).onBeat()).as("too few").isFalse();
        assertThat(TimingCheck.of(0, "x", new double[] {10, 20, 30, 20}).onBeat()).isTrue();
        assertThat(TimingCheck.of(0, "x", new double[] {120, 100, 110, 90}).onBeat()).as("late").isFalse();
        assertThat(TimingCheck.of(0, "x", new double[] {-200, 200, -200, 200}).onBeat()).as("unsteady").isFalse();
        assertThat(TimingCheck.of(0, "x", new double[] {}).taps()).isZero();
    }
}
