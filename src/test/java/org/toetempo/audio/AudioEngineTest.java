package org.toetempo.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The live engine against a stand-in device that plays in fake real time: no sound card, no sleeping. The test
 * plays the audio thread's part by calling {@code pump()} every 2 ms of fake time. Each timing test runs with and
 * without flushing on commands, on a plain device and on one that behaves like PulseAudio's ALSA plugin.
 */
class AudioEngineTest {

    private static final long MS = 1_000_000L;
    /** The device reports its position in steps of 10 ms, as real ones do. */
    private static final int GRANULARITY = 480;

    private final AtomicLong time = new AtomicLong(7_000_000_000L);
    private FakeLine line;
    private final List<Long> clockErrors = new ArrayList<>();

    private AudioEngine engine(MixOptions mix, boolean flush, boolean pulseLike) {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.none(), mix);
        return AudioEngine.create(renderer, AudioEngine.Config.defaults().withFlushOnCommand(flush), (device, format, bytes) -> {
            line = new FakeLine(time::get, bytes, GRANULARITY);
            line.pulseLike = pulseLike;
            return line;
        }, time::get);
    }

    private AudioEngine engine(MixOptions mix) {
        return engine(mix, false, false);
    }

    /** Runs the audio thread for a while in fake time, checking the clock against what the device really plays. */
    private void run(AudioEngine engine, long nanos) {
        long last = Long.MIN_VALUE;
        for (long t = 0; t < nanos; t += 2 * MS) {
            time.addAndGet(2 * MS);
            engine.pump();
            long clock = engine.clock().nanos();
            assertThat(clock).as("the clock never goes back").isGreaterThanOrEqualTo(last);
            last = clock;
            if (line != null && line.isOpen() && line.played() > 0) {
                clockErrors.add(clock + engine.latencyOffsetNanos() - Pcm.nanosOf(line.played()));
            }
        }
    }

    /** Runs until the clock reaches {@code clock}. */
    private void runUntil(AudioEngine engine, long clock) {
        while (engine.clock().nanos() < clock) {
            run(engine, 2 * MS);
        }
    }

    private static Routine musicalToes() {
        return Fixtures.routine("musical-toes");
    }

    private List<Long> onsetsPlayed() {
        byte[] played = line.consumed();
        Onsets onsets = Onsets.standard();
        onsets.write(played, played.length / Pcm.FRAME_BYTES, 0);
        return onsets.onsets();
    }

    /** The first beat after {@code at} (schedule time), and the time half-way to it. */
    private static long midBeatAfter(Schedule schedule, long at) {
        BeatMark next = schedule.beats().stream().filter(b -> b.nanos() > at).findFirst().orElseThrow();
        BeatMark after = schedule.beats().get((int) next.index() + 1);
        return (next.nanos() + after.nanos()) / 2;
    }

    @ParameterizedTest(name = "flush {0}, PulseAudio-like {1}")
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void playsEveryBeatOnItsFrameAndTheClockIsThePlayedFrames(boolean flush, boolean pulseLike) {
        AudioEngine engine = engine(MixOptions.defaults().withMode(SoundMode.CLICKS), flush, pulseLike);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(97), engine.clock());
        engine.play(session);
        run(engine, 500 * MS);
        long start = engine.clock().nanos();
        session.play();
        run(engine, 40_000 * MS);

        List<Long> found = onsetsPlayed();
        TreeSet<Long> expected = Fixtures.expectedClickOnsets(session.schedule(), start, line.played());

        assertThat(line.underruns()).as("silence the device had to play").isLessThan(pulseLike ? 20_000 : 1);
        // The first beat falls on the very clock time of the command, in frames already written: it sounds as soon
        // as the engine can: within a turn of the audio thread (flush) or the frames kept ahead (80 ms).
        assertThat(found.get(0) - expected.first()).isBetween(0L, (long) (Pcm.SAMPLE_RATE * (flush ? 0.013 : 0.093)));
        // Every later beat is exactly where the schedule puts it (within a millisecond of real time after a flush).
        Fixtures.assertOnsetsPerPiece(found.subList(1, found.size()),
                List.of(new TreeSet<>(expected.tailSet(expected.first(), false))), flush ? Pcm.SAMPLE_RATE / 1000 : 0);
        assertThat(expected.size()).isGreaterThan(60);
        // The clock follows the frames played within a few milliseconds, always.
        assertThat(clockErrors.subList(400, clockErrors.size()))
                .allSatisfy(e -> assertThat(e / 1e6).isCloseTo(0, within(4.0)));
    }

    @ParameterizedTest(name = "flush {0}, PulseAudio-like {1}")
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void pauseAndResumeKeepTheBeat(boolean flush, boolean pulseLike) {
        AudioEngine engine = engine(MixOptions.defaults().withMode(SoundMode.CLICKS), flush, pulseLike);
        Routine routine = musicalToes();
        Session session = new Session(routine, PlayOptions.defaults().withBpm(143), engine.clock());
        Schedule schedule = session.schedule();
        engine.play(session);
        run(engine, 400 * MS);
        long start = engine.clock().nanos();
        session.play();
        runUntil(engine, start + midBeatAfter(schedule, 12_000 * MS));
        long pausedAt = engine.clock().nanos();
        session.pause();
        run(engine, 3_000 * MS);
        long resumedAt = engine.clock().nanos();
        session.resume();
        run(engine, 20_000 * MS);

        long position = pausedAt - start;
        TreeSet<Long> beforePause = Fixtures.expectedClickOnsets(List.of(
                new Fixtures.Piece(schedule, 0, position, start)), Long.MAX_VALUE);
        TreeSet<Long> afterResume = Fixtures.expectedClickOnsets(List.of(
                new Fixtures.Piece(schedule, position, Long.MAX_VALUE, resumedAt)), line.played());
        List<Long> found = onsetsPlayed();

        // The first beat sounds as soon as it can after the play command; then every beat is exact, nothing is
        // heard from the paused stretch, and the beats after the resume are exact too.
        beforePause.pollFirst();
        List<Long> shifts = Fixtures.assertOnsetsPerPiece(found.subList(1, found.size()),
                List.of(beforePause, afterResume), flush ? Pcm.SAMPLE_RATE / 1000 : 0);
        assertThat(shifts).hasSize(2);
        if (flush) {
            assertThat(line.flushes()).isGreaterThanOrEqualTo(3);
        } else {
            assertThat(line.flushes()).isZero();
        }
    }

    @ParameterizedTest(name = "flush {0}")
    @CsvSource({"false", "true"})
    void aTempoChangeIsHeardFromItsBeat(boolean flush) {
        AudioEngine engine = engine(MixOptions.defaults().withMode(SoundMode.CLICKS), flush, false);
        Routine routine = musicalToes();
        PlayOptions options = PlayOptions.defaults().withBpm(97);
        Session session = new Session(routine, options, engine.clock());
        Schedule before = session.schedule();
        engine.play(session);
        run(engine, 300 * MS);
        long start = engine.clock().nanos();
        session.play();
        runUntil(engine, start + midBeatAfter(before, 21_000 * MS));
        long now = engine.clock().nanos() - start;
        double applied = session.changeTempo(71);
        run(engine, 15_000 * MS);

        BeatMark switchBeat = before.beats().stream().filter(b -> b.nanos() >= now).findFirst().orElseThrow();
        Schedule after = Schedule.compile(routine, options.withBlockBpm(0, applied));
        BeatMark same = after.beats().get((int) switchBeat.index());
        TreeSet<Long> expected = Fixtures.expectedClickOnsets(List.of(
                new Fixtures.Piece(before, 0, switchBeat.nanos(), start),
                new Fixtures.Piece(after, same.nanos(), Long.MAX_VALUE, start + switchBeat.nanos())), line.played());
        List<Long> found = onsetsPlayed();
        expected.pollFirst();
        Fixtures.assertOnsetsPerPiece(found.subList(1, found.size()), List.of(expected), flush ? Pcm.SAMPLE_RATE / 1000 : 0);
        assertThat(applied).isEqualTo(71);
    }

    @Test
    void aLatencyOffsetDelaysTheClockNotTheSound() {
        AudioEngine engine = engine(MixOptions.defaults().withMode(SoundMode.CLICKS));
        engine.latencyOffsetNanos(80 * MS);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        run(engine, 300 * MS);
        session.play();
        run(engine, 10_000 * MS);

        // The clock reads 80 ms behind the frame being played: the session is where the listener hears it.
        long behind = Pcm.nanosOf(line.played()) - engine.clock().nanos();
        assertThat(behind / 1e6).isCloseTo(80, within(4.0));
        assertThat(session.snapshot().state()).isEqualTo(Session.State.PLAYING);
    }

    @Test
    void withoutADeviceTheSessionRunsOnTheSystemClock() {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.none(), MixOptions.defaults());
        AudioEngine engine = AudioEngine.create(renderer, AudioEngine.Config.defaults(), (device, format, bytes) -> {
            throw new IllegalArgumentException("No line matching interface SourceDataLine is supported.");
        }, time::get);

        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.NO_DEVICE);
        assertThat(engine.state().message()).isEqualTo("no sound device is available, so the session plays without "
                + "sound; sound starts by itself when a device appears").doesNotContain("SourceDataLine");
        assertThat(engine.pump()).as("the engine keeps trying").isTrue();

        Session session = new Session(musicalToes(), PlayOptions.defaults(), engine.clock());
        engine.play(session);
        session.play();
        long before = engine.clock().nanos();
        time.addAndGet(2_500 * MS);
        assertThat(engine.clock().nanos() - before).isEqualTo(2_500 * MS);
        assertThat(session.snapshot().nanos()).isEqualTo(2_500 * MS);
        engine.close();
    }

    @Test
    void losingTheDeviceMidSessionKeepsTheSessionAndTheClockGoing() {
        AudioEngine engine = engine(MixOptions.defaults());
        Session session = new Session(musicalToes(), PlayOptions.defaults(), engine.clock());
        engine.play(session);
        session.play();
        run(engine, 5_000 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);

        line.failOnWrite = true;
        run(engine, 100 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.DEVICE_LOST);
        assertThat(engine.state().message()).isEqualTo("the sound device stopped working, so the session goes on "
                + "without sound; sound comes back by itself when the device returns");
        assertThat(line.isOpen()).isFalse();

        long clock = engine.clock().nanos();
        long position = session.snapshot().nanos();
        time.addAndGet(1_000 * MS);
        assertThat(engine.clock().nanos() - clock).isEqualTo(1_000 * MS);
        assertThat(session.snapshot().state()).isEqualTo(Session.State.PLAYING);
        assertThat(session.snapshot().nanos() - position).isEqualTo(1_000 * MS);
        assertThat(engine.pump()).isTrue();
    }

    @Test
    void aClosedLineCountsAsLost() {
        AudioEngine engine = engine(MixOptions.defaults());
        run(engine, 200 * MS);
        line.open = false;
        run(engine, 10 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.DEVICE_LOST);
        assertThat(engine.state().message()).contains("the sound device stopped working");
    }

    @Test
    void aStuckLineIsOpenedAgainAndTheBeatGoesOn() {
        AudioEngine engine = engine(MixOptions.defaults().withMode(SoundMode.CLICKS));
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        run(engine, 300 * MS);
        session.play();
        run(engine, 10_000 * MS);
        FakeLine stuck = line;
        stuck.frozen = true;
        long before = session.snapshot().nanos();
        run(engine, 2_000 * MS);

        assertThat(line).isNotSameAs(stuck);
        assertThat(stuck.isOpen()).isFalse();
        assertThat(engine.reopenings()).isEqualTo(1);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
        // The session waited while nothing was heard (the clock is the frames played), then carried on.
        assertThat(session.snapshot().nanos() - before).isBetween(400 * MS, 600 * MS);   // 2 s less the 1.5 s stuck
        long resumed = session.snapshot().nanos();
        run(engine, 2_000 * MS);
        assertThat(session.snapshot().nanos() - resumed).isBetween(1_970 * MS, 2_010 * MS);
        assertThat(onsetsPlayed()).isNotEmpty();
    }

    @Test
    void aLineThatKeepsGettingStuckIsLost() {
        AudioEngine engine = engine(MixOptions.defaults());
        run(engine, 200 * MS);
        for (int i = 0; i < 3; i++) {
            line.frozen = true;
            run(engine, 1_600 * MS);
            assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
        }
        line.frozen = true;
        run(engine, 1_600 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.DEVICE_LOST);
        assertThat(engine.state().message()).contains("stopped working");
    }

    /** A sound server that can be stopped and started again: while it is down, no line opens. */
    private AudioEngine engineWithServer(AtomicBoolean serverUp, List<String> devicesOpened) {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.none(), MixOptions.defaults().withMode(SoundMode.CLICKS));
        return AudioEngine.create(renderer, AudioEngine.Config.defaults(), (device, format, bytes) -> {
            if (!serverUp.get()) {
                throw new IllegalArgumentException("No line matching interface SourceDataLine supporting format "
                        + format + " is supported.");
            }
            devicesOpened.add(String.valueOf(device));
            line = new FakeLine(time::get, bytes, GRANULARITY);
            return line;
        }, time::get);
    }

    @Test
    void soundComesBackWhenTheServerReturnsAndTheClockGoesOnWithoutAJump() {
        AtomicBoolean serverUp = new AtomicBoolean(true);
        List<String> opened = new ArrayList<>();
        AudioEngine engine = engineWithServer(serverUp, opened);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        session.play();
        run(engine, 3_000 * MS);

        FakeLine gone = line;
        serverUp.set(false);
        gone.failOnWrite = true;      // the server is killed: the line fails
        long clockAtLoss = engine.clock().nanos();
        run(engine, 4_000 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.DEVICE_LOST);
        assertThat(line).isSameAs(gone);

        serverUp.set(true);
        long back = time.get();
        while (!engine.state().status().sound()) {
            run(engine, 2 * MS);
        }
        assertThat(time.get() - back).as("sound returns within half a second of the server")
                .isLessThanOrEqualTo(AudioEngine.RETRY_NANOS + 2 * MS);
        assertThat(line).isNotSameAs(gone);
        assertThat(engine.state().message()).isEmpty();

        long clockAtReturn = engine.clock().nanos();
        assertThat(clockAtReturn - clockAtLoss).as("the clock ran on while silent").isBetween(
                time.get() - back + 4_000 * MS - 20 * MS, time.get() - back + 4_000 * MS + 20 * MS);
        clockErrors.clear();
        long played = line.played();
        run(engine, 3_000 * MS);
        assertThat(line.played() - played).as("the new line plays").isGreaterThan(Pcm.SAMPLE_RATE * 5L / 2);
        assertThat(onsetsPlayed()).as("clicks at 120 BPM on the new line").hasSizeBetween(5, 7);
        // After the line has settled, the clock moves with the frames played (the new line counts from 0).
        List<Long> settled = clockErrors.subList(clockErrors.size() / 2, clockErrors.size());
        long spread = settled.stream().mapToLong(e -> e).max().orElseThrow()
                - settled.stream().mapToLong(e -> e).min().orElseThrow();
        assertThat(spread).isLessThan(25 * MS);
        assertThat(session.snapshot().nanos()).isGreaterThan(9_900 * MS);
        assertThat(opened).containsExactly("null", "null");
    }

    @Test
    void anAppStartedWithoutASoundServerGetsSoundWhenOneStarts() {
        AtomicBoolean serverUp = new AtomicBoolean(false);
        AudioEngine engine = engineWithServer(serverUp, new ArrayList<>());
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.NO_DEVICE);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        session.play();
        run(engine, 2_000 * MS);
        assertThat(line).isNull();

        serverUp.set(true);
        run(engine, 600 * MS);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
        run(engine, 2_000 * MS);
        assertThat(onsetsPlayed()).hasSizeBetween(3, 5);
        assertThat(session.snapshot().nanos()).isBetween(4_500 * MS, 4_700 * MS);
    }

    @Test
    void anotherDevicePickedTakesOverAtTheFrameBeingPlayed() {
        List<String> opened = new ArrayList<>();
        AudioEngine engine = engineWithServer(new AtomicBoolean(true), opened);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        session.play();
        run(engine, 2_000 * MS);
        FakeLine first = line;
        long before = session.snapshot().nanos();

        engine.useDevice("USB headset");
        run(engine, 2_000 * MS);

        assertThat(first.isOpen()).isFalse();
        assertThat(line).isNotSameAs(first);
        assertThat(opened).containsExactly("null", "USB headset");
        assertThat(engine.device()).isEqualTo("USB headset");
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
        assertThat(onsetsPlayed()).hasSizeBetween(3, 5);
        assertThat(session.snapshot().nanos() - before).as("the clock goes on without a jump").isBetween(1_950 * MS, 2_010 * MS);
    }

    @Test
    void aGapWhilePlayingIsCountedForTheUserButNotWhilePausedNorLogged() {
        AudioEngine engine = engine(MixOptions.defaults(), false, true);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(AudioEngine.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            run(engine, 2_000 * MS);
            time.addAndGet(150 * MS);   // paused (never started): the device runs dry, nobody hears a gap
            run(engine, 1_000 * MS);
            assertThat(engine.gaps()).isZero();
            assertThat(logged).noneMatch(m -> m != null && m.contains("starved"));

            session.play();
            run(engine, 2_000 * MS);
            time.addAndGet(150 * MS);   // playing: this gap is heard
            run(engine, 1_000 * MS);
            assertThat(engine.gaps()).isEqualTo(1);
            assertThat(logged).filteredOn(m -> m != null && m.contains("starved")).hasSize(1);
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void anUnderrunKeepsTheLineFedFurtherAhead() {
        AudioEngine engine = engine(MixOptions.defaults(), false, true);
        Session session = new Session(musicalToes(), PlayOptions.defaults().withBpm(120), engine.clock());
        engine.play(session);
        session.play();
        run(engine, 2_000 * MS);
        assertThat(engine.aheadMillis()).isEqualTo(80);
        time.addAndGet(150 * MS);   // the audio thread does not run for 150 ms: the device runs dry
        run(engine, 2_000 * MS);
        assertThat(line.underruns()).isPositive();
        assertThat(engine.aheadMillis()).isEqualTo(120);
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
    }

    @Test
    void theAudioThreadIsANamedDaemonAndCloseStopsIt() {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.none(), MixOptions.defaults());
        FakeLine[] opened = new FakeLine[1];
        AudioEngine engine = AudioEngine.start(renderer, AudioEngine.Config.defaults(), (device, format, bytes) -> {
            opened[0] = new FakeLine(System::nanoTime, bytes, GRANULARITY);
            return opened[0];
        }, System::nanoTime);
        Thread thread = engine.thread();

        assertThat(thread.getName()).isEqualTo("toetempo-audio");
        assertThat(thread.isDaemon()).isTrue();
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.PLAYING);
        engine.close();
        assertThat(thread.isAlive()).isFalse();
        assertThat(opened[0].isOpen()).isFalse();
        assertThat(engine.state().status()).isEqualTo(AudioEngine.Status.CLOSED);
        long a = engine.clock().nanos();
        assertThat(engine.clock().nanos()).isGreaterThanOrEqualTo(a);
        engine.close();
    }
}
