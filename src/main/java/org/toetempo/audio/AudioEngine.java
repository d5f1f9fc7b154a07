package org.toetempo.audio;

import org.toetempo.timing.Clock;
import org.toetempo.timing.Session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sound.sampled.SourceDataLine;

/**
 * The live metronome: one audio thread renders the session a little ahead of the output and writes it to a
 * {@link SourceDataLine}; the frames the line has played are the clock of the session and the UI.
 *
 * <pre>
 *   AudioEngine engine = AudioEngine.start(renderer, AudioEngine.Config.defaults());
 *   Session session = new Session(routine, options, engine.clock());
 *   engine.play(session);          // what to render; session.play(), pause()... as usual
 *   engine.state()                 // poll: PLAYING, or NO_DEVICE / DEVICE_LOST with a message for the UI
 *   engine.close();
 * </pre>
 *
 * <h2>Timing</h2>
 * Frame {@code f} of the stream is clock time {@code f·1e9/48000}; every beat and cue is mixed in at
 * {@code round(clock·48000/1e9)} ({@link Renderer}), so what is heard is exactly on the grid whatever the thread's
 * scheduling. {@link #clock()} is the time of the frame being played now ({@code getLongFramePosition},
 * interpolated with {@code System.nanoTime} between the line's coarse updates, never going back) minus the user's
 * latency offset. The line is kept fed only {@link Config#aheadMillis()} (80 ms) ahead of the frame being played,
 * so a command (pause, resume, jump, tempo change: a new {@link Session#revision() revision}) is heard within that
 * (or at once, with {@link Config#flushOnCommand()}, on lines that flush cleanly); an event the command placed in
 * frames already written is sounded at once rather than lost.
 *
 * <h2>No device</h2>
 * If no line can be opened the state is {@link Status#NO_DEVICE} and the clock is the system clock; if the line
 * fails or stalls later, the state is {@link Status#DEVICE_LOST} and the clock carries on from where it was on the
 * system clock. In both cases the session keeps running; only the sound is gone, and the audio thread tries the
 * device again every {@link #RETRY_NANOS half second}: when it opens (a sound server restarted, a headset plugged
 * back in, another device picked with {@link #useDevice}), sound resumes at the frame the clock has reached, so
 * the clock goes on without a jump.
 */
public final class AudioEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AudioEngine.class.getName());

    /** What the engine is doing, for the UI. */
    public enum Status {
        /** Opening the line. */
        STARTING,
        /** Sound is on; the clock is the line's. */
        PLAYING,
        /** There was no line to open: silent, on the system clock, trying again. */
        NO_DEVICE,
        /** The line failed during play: silent, on the system clock, trying again. */
        DEVICE_LOST,
        /** Closed. */
        CLOSED;

        public boolean sound() {
            return this == PLAYING;
        }
    }

    /** The status and a sentence for the user ("no sound device: ..."), or "" when all is well. */
    public record State(Status status, String message) {
    }

    /**
     * Tuning.
     *
     * @param device            name of the output mixer (see {@link #devices()}), or {@code null} for the default
     * @param bufferMillis      the line's buffer (setup notes: 100 ms underran under load, 300-500 ms never did)
     * @param aheadMillis       how far ahead of the frame being played to keep the line fed once it plays: the
     *                          longest a command waits to be heard when the line is not flushed
     * @param chunkFrames       frames rendered and written at a time
     * @param leadSilenceMillis silence written first (a fresh line loses its first 10-20 ms)
     * @param pollMillis        how often the audio thread wakes up
     * @param stallMillis       a line whose position has not moved for this long while frames are waiting is
     *                          opened again (three times a minute at most; then the device counts as lost)
     * @param flushOnCommand    on a command, drop what is queued and render again from the frame being played
     *                          (heard at once on lines that flush cleanly; through PulseAudio's ALSA plugin a
     *                          flush makes the stream wait for a full buffer again, so it is off by default)
     */
    public record Config(String device, int bufferMillis, int aheadMillis, int chunkFrames, int leadSilenceMillis,
                         double pollMillis, int stallMillis, boolean flushOnCommand) {

        public Config {
            if (bufferMillis < 20 || aheadMillis < 5 || aheadMillis > bufferMillis || chunkFrames < 16
                    || chunkFrames > Pcm.SAMPLE_RATE * aheadMillis / 1000 || leadSilenceMillis < 0 || !(pollMillis > 0)
                    || stallMillis < 100) {
                throw new IllegalArgumentException("inconsistent audio engine settings: " + this);
            }
        }

        public static Config defaults() {
            return new Config(null, 300, 80, 240, 100, 2, 1500, false);
        }

        public Config withDevice(String name) {
            return new Config(name, bufferMillis, aheadMillis, chunkFrames, leadSilenceMillis, pollMillis, stallMillis,
                    flushOnCommand);
        }

        public Config withAheadMillis(int millis) {
            return new Config(device, bufferMillis, millis, chunkFrames, leadSilenceMillis, pollMillis, stallMillis,
                    flushOnCommand);
        }

        public Config withFlushOnCommand(boolean flush) {
            return new Config(device, bufferMillis, aheadMillis, chunkFrames, leadSilenceMillis, pollMillis, stallMillis,
                    flush);
        }
    }

    /** How often a missing device is tried again: sound returns well within 2 s of the device. */
    static final long RETRY_NANOS = 500_000_000L;
    /** After a device that opens but keeps stalling, wait this long before trying it again. */
    static final long RETRY_STALLING_NANOS = 10_000_000_000L;

    static final String NO_DEVICE_MESSAGE = "no sound device is available, so the session plays without sound; "
            + "sound starts by itself when a device appears";
    static final String LOST_MESSAGE = "the sound device stopped working, so the session goes on without sound; "
            + "sound comes back by itself when the device returns";

    private final Renderer renderer;
    private final Config config;
    private final LongSupplier nanoTime;
    private final EngineClock clock;
    private final LineFeeder feeder;
    private final Object lock = new Object();

    private volatile State state = new State(Status.STARTING, "");
    private volatile EventSource source;
    private volatile long latencyNanos;
    private volatile boolean closed;
    private volatile String device;
    private volatile boolean switchRequested;
    private Thread thread;
    /** When to try the device again while there is none (audio thread). */
    private long nextRetry;
    // Audio thread only (or the test driving pump()).
    private EventSource renderedSource;
    private long renderedRevision;
    private long checkedClock;

    private AudioEngine(Renderer renderer, Config config, AudioOutput.Factory factory, LongSupplier nanoTime) {
        this.renderer = Objects.requireNonNull(renderer);
        this.config = Objects.requireNonNull(config);
        this.nanoTime = nanoTime;
        this.clock = new EngineClock(nanoTime);
        this.device = config.device();
        this.feeder = new LineFeeder(renderer, config, clock, nanoTime, () -> latencyNanos, factory);
    }

    /** Opens the output line (the configured device, else the default) and starts the audio thread. */
    public static AudioEngine start(Renderer renderer, Config config) {
        return start(renderer, config, SourceLineOutput::open, System::nanoTime);
    }

    /** Opens the given output and starts the audio thread (tests: a stand-in device). */
    static AudioEngine start(Renderer renderer, Config config, AudioOutput.Factory factory, LongSupplier nanoTime) {
        AudioEngine engine = create(renderer, config, factory, nanoTime);
        // Also without a device: the thread tries it again until it opens.
        engine.startThread();
        return engine;
    }

    /** Opens the output but starts no thread: the caller drives {@link #pump()} (tests). */
    static AudioEngine create(Renderer renderer, Config config, AudioOutput.Factory factory, LongSupplier nanoTime) {
        AudioEngine engine = new AudioEngine(renderer, config, factory, nanoTime);
        engine.open();
        return engine;
    }

    /** Names of the output devices that can play the player's format. */
    public static List<String> devices() {
        return SourceLineOutput.devices(Pcm.FORMAT);
    }

    /** The clock of the session and the UI: the line's played frames (or the system clock without a line). */
    public Clock clock() {
        return clock;
    }

    public State state() {
        return state;
    }

    public Renderer renderer() {
        return renderer;
    }

    /** Renders this session from now on (replacing any other). */
    public void play(Session session) {
        play(EventSource.of(session));
    }

    /** Renders this source from now on; {@code null}: silence (sounds already started ring out). */
    public void play(EventSource newSource) {
        this.source = newSource;
    }

    /**
     * Plays through this device from now on ({@code null}: the system's default), taking over at the frame being
     * played, so the session's clock goes on without a jump.
     */
    public void useDevice(String name) {
        device = name;
        switchRequested = true;
        LockSupport.unpark(thread);
    }

    /** The device asked for ({@code null}: the default). */
    public String device() {
        return device;
    }

    /** How much later than the line reports the sound is really heard (e.g. Bluetooth); may be changed any time. */
    public void latencyOffsetNanos(long nanos) {
        this.latencyNanos = nanos;
    }

    public long latencyOffsetNanos() {
        return latencyNanos;
    }

    /** Stops the audio thread and closes the line. The clock carries on on the system clock. */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (lock) {
            if (feeder.hasLine()) {
                clock.fallBackToSystem();
                feeder.drop();
            }
            if (state.status().sound() || state.status() == Status.STARTING) {
                state = new State(Status.CLOSED, "");
            }
        }
    }

    Thread thread() {
        return thread;
    }

    // ------------------------------------------------------------------ the audio thread

    private void open() {
        AudioOutput line;
        try {
            line = feeder.openLine(device);
            if (line == null) {
                throw new IllegalStateException("no line");
            }
        } catch (Exception | LinkageError e) {
            LOG.info(() -> "no sound device: " + LineFeeder.describe(e));
            state = new State(Status.NO_DEVICE, NO_DEVICE_MESSAGE);
            clock.fallBackToSystem();
            nextRetry = nanoTime.getAsLong() + RETRY_NANOS;
            return;
        }
        try {
            feeder.start(line);
        } catch (RuntimeException e) {
            lose(e);
            return;
        }
        state = new State(Status.PLAYING, "");
    }

    private void startThread() {
        Thread t = new Thread(this::run, "toetempo-audio");
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        thread = t;
        t.start();
    }

    private void run() {
        long poll = Math.round(config.pollMillis() * 1e6);
        while (!closed) {
            if (!pump()) {
                return;
            }
            LockSupport.parkNanos(poll);
        }
    }

    /**
     * One turn of the audio thread: follow the line, react to commands, keep the line fed; without a line, try the
     * device again now and then. False once closed.
     */
    boolean pump() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            long now = nanoTime.getAsLong();
            if (switchRequested) {
                switchRequested = false;
                if (feeder.hasLine()) {
                    clock.fallBackToSystem();
                    feeder.drop();
                }
                nextRetry = now;
            }
            if (!feeder.hasLine()) {
                if (now - nextRetry >= 0) {
                    reopen(now);
                }
                return true;
            }
            try {
                feeder.follow(now);
                EventSource current = source;
                long revision = current == null ? 0 : current.revision();
                if (current != renderedSource || revision != renderedRevision) {
                    restart(current, revision);
                }
                checkedClock = clock.nanos();
                feeder.fill(current, now);
                feeder.watchForStall(device, renderedSource, now);
                return true;
            } catch (RuntimeException e) {
                lose(e);
                return true;
            }
        }
    }

    /**
     * Tries the device again. When it opens, the stream goes on from the frame the clock (on the system clock
     * since the device went) has reached: what was missed is not played late, and the clock does not jump.
     */
    private void reopen(long now) {
        AudioOutput opened;
        try {
            opened = feeder.openLine(device);
        } catch (Exception | LinkageError e) {
            opened = null;
        }
        if (opened == null) {
            nextRetry = now + RETRY_NANOS;
            return;
        }
        feeder.resume(opened, now);
        checkedClock = clock.nanos();
        renderedSource = null;
        renderedRevision = -1;
        state = new State(Status.PLAYING, "");
        LOG.info("the sound device is back");
    }

    /**
     * A command changed what is to be heard. With {@link Config#flushOnCommand()}: drop what is queued and render
     * again from the frame being played. Without: what is queued plays (at most {@link Config#aheadMillis()}) and
     * rendering goes on from the first frame not yet written. Either way, events the command put in frames that
     * can no longer be changed (between the last check and the first frame rendered anew) are sounded at once.
     */
    private void restart(EventSource current, long revision) {
        if (config.flushOnCommand() && current == renderedSource) {
            feeder.flushToPlayed();
        }
        if (current != renderedSource) {
            renderer.forgetEvents();
        }
        if (current != null) {
            renderer.catchUp(current, checkedClock);
        }
        renderedSource = current;
        renderedRevision = revision;
    }

    /** Times the sound ran dry while something was meant to be heard, since the engine started (the UI tells). */
    public int gaps() {
        return feeder.gaps();
    }

    /** How far ahead of the frame being played the line is fed now, in milliseconds. */
    public int aheadMillis() {
        return feeder.aheadMillis();
    }

    /** Times the line was opened again after it stopped playing (diagnostics). */
    int reopenings() {
        return feeder.reopenings();
    }

    private void lose(Throwable e) {
        LOG.warning(() -> "lost the sound device: " + LineFeeder.describe(e));
        clock.fallBackToSystem();
        feeder.drop();
        nextRetry = nanoTime.getAsLong() + (feeder.lostToStalling() ? RETRY_STALLING_NANOS : RETRY_NANOS);
        state = new State(Status.DEVICE_LOST, LOST_MESSAGE);
    }
}
