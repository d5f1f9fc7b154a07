package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.TimedEvents;
import org.toetempo.timing.VirtualClock;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The timing self-check over a live session on a virtual clock: taps at known offsets from the clicks heard. */
class TimingTapsTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    private final VirtualClock clock = new VirtualClock(5_000 * SECOND);
    private final Session session = new Session(Fixtures.routine("musical-toes"), PlayOptions.defaults(), clock);
    private final TimingTaps taps = new TimingTaps(session, clock);

    /** The clock times of the first beats of reps the session will sound in the next {@code nanos}. */
    private List<Long> liftsAhead(long nanos) {
        List<Long> out = new ArrayList<>();
        session.eventsBetween(clock.nanos(), clock.nanos() + nanos, new TimedEvents() {
            @Override
            public void beat(long clockNanos, BeatMark beat) {
                if (beat.accent() == BeatMark.Accent.REP) {
                    out.add(clockNanos);
                }
            }

            @Override
            public void cue(long clockNanos, Cue cue) {
            }
        });
        return out;
    }

    private void tapAt(long clockNanos) {
        clock.set(clockNanos);
        taps.tap();
    }

    @Test
    void tapsAtKnownOffsetsFromTheLiftsGiveTheFiguresInTheSavedRecord(@TempDir Path dir) throws Exception {
        PlayTracker tracker = new PlayTracker(session.schedule());
        Instant started = Instant.parse("2026-11-20T08:00:00Z");
        session.play();
        List<Long> lifts = liftsAhead(120 * SECOND);
        // The first step (right big toe, 60 BPM): ten taps alternately 30 and 50 ms late.
        for (int i = 0; i < 10; i++) {
            tapAt(lifts.get(i) + (i % 2 == 0 ? 30 : 50) * MS);
            tracker.observe(session.schedule(), session.snapshot().nanos());
        }
        // The second step (left big toe): four taps 20 ms early, one between two lifts (not counted).
        for (int i = 10; i < 14; i++) {
            tapAt(lifts.get(i) - 20 * MS);
        }
        tapAt(lifts.get(13) + 2_000 * MS);
        tracker.observe(session.schedule(), session.snapshot().nanos());

        SessionRecord record = SessionRecord.of(session.schedule(), tracker.result(), started, started.plusSeconds(30),
                Fixtures.LONDON).withTiming(taps.checks());
        HistoryStore store = new HistoryStore(dir);
        store.append(record);
        List<TimingCheck> saved = store.load().find(record.id()).orElseThrow().timing();

        assertThat(taps.matched()).isEqualTo(14);
        assertThat(saved).hasSize(1);
        TimingCheck check = saved.get(0);
        assertThat(check.block()).isZero();
        assertThat(check.exercise()).isEqualTo("single-big-toe-raise");
        assertThat(check.taps()).isEqualTo(14);
        // (5 × 30 + 5 × 50 − 4 × 20) / 14
        assertThat(check.meanMs()).isCloseTo(22.9, within(0.05));
        assertThat(check.spreadMs()).isCloseTo(29.5, within(0.1));
    }

    @Test
    void tapsWhilePausedAreDroppedAndTheResumedSessionIsTimedWhereItIs() {
        session.play();
        List<Long> lifts = liftsAhead(20 * SECOND);
        tapAt(lifts.get(0) + 10 * MS);
        tapAt(lifts.get(1) + 10 * MS);
        session.pause();
        clock.advanceNanos(7_777 * MS);
        assertThat(taps.tap()).as("paused").isEmpty();
        session.resume();
        List<Long> afterPause = liftsAhead(20 * SECOND);
        tapAt(afterPause.get(0) - 70 * MS);
        tapAt(afterPause.get(1) - 70 * MS);

        List<TimingCheck> checks = taps.checks();

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.taps()).isEqualTo(4);
            assertThat(c.meanMs()).isEqualTo(-30.0);
        });
    }

    @Test
    void aTempoChangeMidStepKeepsMatchingTapsToTheLiftsHeard() {
        session.play();
        List<Long> slow = liftsAhead(16 * SECOND);
        tapAt(slow.get(0) + 40 * MS);
        tapAt(slow.get(1) + 40 * MS);
        assertThat(session.changeTempo(75)).isEqualTo(75);
        // The lifts now come at 75 BPM; the taps follow them, 40 ms late as before.
        List<Long> fast = liftsAhead(20 * SECOND);
        assertThat(fast.get(1) - fast.get(0)).isLessThan(slow.get(1) - slow.get(0));
        for (int i = 0; i < 4; i++) {
            tapAt(fast.get(i) + 40 * MS);
        }

        List<TimingCheck> checks = taps.checks();

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.taps()).isEqualTo(6);
            assertThat(c.meanMs()).isEqualTo(40.0);
            assertThat(c.spreadMs()).isZero();
        });
    }
}
