package org.toetempo.audio;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sample accuracy: every click onset found in the rendered PCM is at its scheduled frame, 0 samples off, over long
 * sessions at odd tempos, across pauses and tempo changes. Onsets are found in the 16-bit output by a plain
 * threshold detector; the expected frames come from the schedules alone.
 */
class ClickTimingTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long TEN_MINUTES = 600L * Pcm.SAMPLE_RATE;
    /** Sessions start at a clock time that is not on a frame, so every event time needs rounding. */
    private static final long START = 1_234_567_891L;

    private static Renderer clicks() {
        return new Renderer(SoundKit.standard(), VoiceBank.none(), MixOptions.defaults().withMode(SoundMode.CLICKS));
    }

    @ParameterizedTest(name = "{0} BPM")
    @ValueSource(doubles = {97, 143})
    void everyClickOfATenMinuteSessionIsOnItsFrame(double bpm) throws IOException {
        Routine routine = Fixtures.busy();
        VirtualClock clock = new VirtualClock(START);
        Session session = new Session(routine, PlayOptions.defaults().withBpm(bpm), clock);
        session.play();
        Schedule schedule = session.schedule();
        assertThat(schedule.totalNanos()).isGreaterThan(600 * SECOND);

        Onsets onsets = Onsets.standard();
        new OfflineRender(clicks(), EventSource.of(session), clock).renderUntil(TEN_MINUTES, onsets);

        TreeSet<Long> expected = Fixtures.expectedClickOnsets(schedule, START, TEN_MINUTES);
        long beats = schedule.beats().stream().filter(b -> Fixtures.frame(START + b.nanos()) < TEN_MINUTES).count();
        assertThat(beats).isGreaterThan((long) (bpm * 6));
        assertThat(onsets.frames()).isEqualTo(TEN_MINUTES);
        Fixtures.assertOnsets(onsets.onsets(), expected);
    }

    @Test
    void aWholeRoutineAt143IncludingItsEndIsOnItsFrames() throws IOException {
        Routine routine = Fixtures.routine("musical-toes");
        VirtualClock clock = new VirtualClock(START);
        Session session = new Session(routine, PlayOptions.defaults().withBpm(143), clock);
        session.play();
        long end = Fixtures.frame(START + session.schedule().totalNanos()) + 2 * Pcm.SAMPLE_RATE;

        Onsets onsets = Onsets.standard();
        new OfflineRender(clicks(), EventSource.of(session), clock, 4096).renderUntil(end, onsets);

        Fixtures.assertOnsets(onsets.onsets(), Fixtures.expectedClickOnsets(session.schedule(), START, end));
        assertThat(session.snapshot().state()).isEqualTo(Session.State.FINISHED);
    }

    @Test
    void pauseAndResumeKeepEveryClickOnItsFrame() throws IOException {
        Routine routine = Fixtures.routine("musical-toes");
        PlayOptions options = PlayOptions.defaults().withBpm(97);
        VirtualClock clock = new VirtualClock(START);
        Session session = new Session(routine, options, clock);
        session.play();
        Schedule schedule = session.schedule();
        Onsets onsets = Onsets.standard();
        OfflineRender render = new OfflineRender(clicks(), EventSource.of(session), clock, 1000);

        // Pause at 30.3 s (mid-rep), for 7.77 s; again at 101.9 s for 2.0001 s; play on to 5 minutes.
        long[][] pauses = {{frameAt(START + 30_300_000_000L), Pcm.framesIn(7.77)},
                {frameAt(START + 101_900_000_000L) + 17, Pcm.framesIn(2.0001) + 3}};
        List<Fixtures.Piece> pieces = new ArrayList<>();
        long scheduleAt = 0;
        long clockAt = START;
        for (long[] pause : pauses) {
            render.renderUntil(pause[0], onsets);
            session.pause();
            long pausedAt = clock.nanos() - clockAt + scheduleAt;
            pieces.add(new Fixtures.Piece(schedule, scheduleAt, pausedAt, clockAt));
            render.renderUntil(pause[0] + pause[1], onsets);
            session.resume();
            scheduleAt = pausedAt;
            clockAt = clock.nanos();
        }
        pieces.add(new Fixtures.Piece(schedule, scheduleAt, Long.MAX_VALUE, clockAt));
        long end = 300L * Pcm.SAMPLE_RATE;
        render.renderUntil(end, onsets);

        Fixtures.assertOnsets(onsets.onsets(), Fixtures.expectedClickOnsets(pieces, end));
        // The pauses really moved the later beats: nothing from the unpaused timeline is heard.
        assertThat(Fixtures.expectedClickOnsets(schedule, START, end)).isNotEqualTo(
                Fixtures.expectedClickOnsets(pieces, end));
    }

    @Test
    void aTempoChangeMidRepKeepsEveryClickOnItsFrame() throws IOException {
        Routine routine = Fixtures.routine("musical-toes");
        PlayOptions options = PlayOptions.defaults().withBpm(97);
        VirtualClock clock = new VirtualClock(START);
        Session session = new Session(routine, options, clock);
        session.play();
        Schedule before = session.schedule();
        Onsets onsets = Onsets.standard();
        OfflineRender render = new OfflineRender(clicks(), EventSource.of(session), clock, 480);

        long changeAt = frameAt(START + 20_300_000_000L);   // in the middle of a rep's lift
        render.renderUntil(changeAt, onsets);
        double applied = session.changeTempo(77);
        long now = clock.nanos() - START;
        long end = 240L * Pcm.SAMPLE_RATE;
        render.renderUntil(end, onsets);

        // The change waits for the next beat, which keeps its number in the new schedule.
        BeatMark switchBeat = before.beats().stream().filter(b -> b.nanos() >= now).findFirst().orElseThrow();
        Schedule after = Schedule.compile(routine, options.withBlockBpm(0, applied));
        BeatMark same = after.beats().get((int) switchBeat.index());
        List<Fixtures.Piece> pieces = List.of(
                new Fixtures.Piece(before, 0, switchBeat.nanos(), START),
                new Fixtures.Piece(after, same.nanos(), Long.MAX_VALUE, START + switchBeat.nanos()));

        assertThat(applied).isEqualTo(77);
        Fixtures.assertOnsets(onsets.onsets(), Fixtures.expectedClickOnsets(pieces, end));
        // After the switch the beats are 60/77 s apart: check two consecutive plain beats.
        long a = Fixtures.frame(START + switchBeat.nanos() + after.beats().get((int) switchBeat.index() + 4).nanos() - same.nanos());
        long b = Fixtures.frame(START + switchBeat.nanos() + after.beats().get((int) switchBeat.index() + 5).nanos() - same.nanos());
        assertThat(onsets.onsets()).contains(a, b);
        assertThat((b - a) / (double) Pcm.SAMPLE_RATE).isCloseTo(60 / 77.0, Offset.offset(1.0 / Pcm.SAMPLE_RATE));
    }

    private static long frameAt(long nanos) {
        return Fixtures.frame(nanos);
    }
}
