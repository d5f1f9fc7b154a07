package org.toetempo.audio;

import org.toetempo.timing.Clock;
import org.toetempo.timing.Session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
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
 * If no line can be opened the state is {@link Status#NO_DEVICE} ("no sound device") and the clock is the system
 * clock; if the line fails or stalls later, the state is {@link Status#DEVICE_LOST} and the clock carries on from
 * where it was on the system clock. In both cases the session keeps running; only the sound is gone.
 */
public final class AudioEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AudioEngine.class.getName());

    /** What the engine is doing, for the UI. */
    public enum Status {
        /** Opening the line. */
        STARTING,
        /** Sound is on; the clock is the line's. */
        PLAYING,
        /** There was no line to open: silent, on the system clock. */
        NO_DEVICE,
        /** The line failed during play: silent from then on, on the system clock. */
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

    /** The output line as the engine uses it (an interface so tests can stand in for a device). */
    interface Output {
        /** Bytes that can be written without blocking. */
        int available();

        int write(byte[] bytes, int offset, int length);

        /** Frames played since the line opened, as {@link SourceDataLine#getLongFramePosition()}. */
        long framePosition();

        /** Drops what is queued and not yet played. */
        void flush();

        boolean isOpen();

        void close();
    }

    @FunctionalInterface
    interface OutputFactory {
        Output open(AudioFormat format, int bufferBytes) throws Exception;
    }

    /** Interpolation never runs further than this past the line's last reported position. */
    static final long MAX_EXTRAPOLATION_NANOS = 60_000_000L;
    /** A line whose position has not moved for this long is filled up, as some lines need before they play. */
    static final long STARVING_NANOS = 50_000_000L;
    /** A reported position this far behind the interpolated clock (an underrun, a flush) is taken at once. */
    static final long RESYNC_NANOS = 40_000_000L;

    private final Renderer renderer;
    private final Config config;
    private final LongSupplier nanoTime;
    private final EngineClock clock;
    private final Object lock = new Object();

    private volatile State state = new State(Status.STARTING, "");
    private volatile EventSource source;
    private volatile long latencyNanos;
    private volatile boolean closed;
    private Thread thread;

    // Audio thread only (or the test driving pump()).
    private Output output;
    private byte[] chunk;
    /** Frames written to the line since it opened. */
    private long written;
    /** Stream frame being played (the renderer's frames). */
    private long played;
    private long lastPosition = Long.MIN_VALUE;
    private long lastMove;
    /** The line's position is trusted once it has moved since the line (re)started. */
    private boolean live;
    private long startPosition;
    private OutputFactory factory;
    /** How far ahead the line is kept fed: grows when the line starves (a loaded machine), up to the buffer. */
    private long aheadFrames;
    /** The line ran dry and said so by its position (set by follow, taken by fill). */
    private boolean starved;
    private boolean starvedBefore;
    private final ArrayDeque<Long> reopenings = new ArrayDeque<>();
    private EventSource renderedSource;
    private long renderedRevision;
    private long checkedClock;

    private AudioEngine(Renderer renderer, Config config, LongSupplier nanoTime) {
        this.renderer = Objects.requireNonNull(renderer);
        this.config = Objects.requireNonNull(config);
        this.nanoTime = nanoTime;
        this.clock = new EngineClock(nanoTime);
    }

    /** Opens the output line (the configured device, else the default) and starts the audio thread. */
    public static AudioEngine start(Renderer renderer, Config config) {
        return start(renderer, config, (format, bytes) -> LineOutput.open(config.device(), format, bytes),
                System::nanoTime);
    }

    /** Opens the given output and starts the audio thread (tests: a stand-in device). */
    static AudioEngine start(Renderer renderer, Config config, OutputFactory factory, LongSupplier nanoTime) {
        AudioEngine engine = create(renderer, config, factory, nanoTime);
        if (engine.output != null) {
            engine.startThread();
        }
        return engine;
    }

    /** Opens the output but starts no thread: the caller drives {@link #pump()} (tests). */
    static AudioEngine create(Renderer renderer, Config config, OutputFactory factory, LongSupplier nanoTime) {
        AudioEngine engine = new AudioEngine(renderer, config, nanoTime);
        engine.open(factory);
        return engine;
    }

    /** Names of the output devices that can play the player's format. */
    public static List<String> devices() {
        List<String> names = new ArrayList<>();
        DataLine.Info wanted = new DataLine.Info(SourceDataLine.class, Pcm.FORMAT);
        try {
            for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                if (AudioSystem.getMixer(info).isLineSupported(wanted)) {
                    names.add(info.getName());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot list sound devices", e);
        }
        return names;
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
            if (output != null) {
                clock.fallBackToSystem();
                closeQuietly(output);
                output = null;
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

    private void open(OutputFactory outputFactory) {
        this.factory = outputFactory;
        this.aheadFrames = (long) Pcm.SAMPLE_RATE * config.aheadMillis() / 1000;
        try {
            int bufferFrames = Pcm.SAMPLE_RATE * config.bufferMillis() / 1000;
            output = outputFactory.open(Pcm.FORMAT, bufferFrames * Pcm.FRAME_BYTES);
            if (output == null) {
                throw new IllegalStateException("no line");
            }
        } catch (Exception | LinkageError e) {
            LOG.log(Level.INFO, "no sound device", e);
            state = new State(Status.NO_DEVICE, "no sound device: " + describe(e) + "; playing without sound");
            clock.fallBackToSystem();
            return;
        }
        chunk = new byte[config.chunkFrames() * Pcm.FRAME_BYTES];
        lastMove = nanoTime.getAsLong();
        clock.startAudio(nanoTime.getAsLong(), -latencyNanos);
        startPosition = output.framePosition();
        // Start with silence: a fresh line loses its first milliseconds.
        long silence = (long) Pcm.SAMPLE_RATE * config.leadSilenceMillis() / 1000;
        renderer.reset();
        try {
            while (renderer.position() < silence) {
                int frames = (int) Math.min(config.chunkFrames(), silence - renderer.position());
                renderer.render(null, renderer.position(), frames, chunk);
                writeFully(frames);
            }
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

    /** One turn of the audio thread: follow the line, react to commands, keep the line fed. False once silent for good. */
    boolean pump() {
        synchronized (lock) {
            if (closed || output == null) {
                return false;
            }
            try {
                long now = nanoTime.getAsLong();
                if (!output.isOpen()) {
                    throw new IllegalStateException("the sound device was closed");
                }
                follow(now);
                EventSource current = source;
                long revision = current == null ? 0 : current.revision();
                if (current != renderedSource || revision != renderedRevision) {
                    restart(current, revision);
                }
                checkedClock = clock.nanos();
                fill(current, now);
                watchForStall(now);
                return true;
            } catch (RuntimeException e) {
                lose(e);
                return false;
            }
        }
    }

    /**
     * Reads the line's position and steers the clock towards it. The frame being played is the last frame written
     * minus the line's delay ({@code written - position}), which holds across flushes whatever a line does to its
     * position count. Until the position first moves after a (re)start, nothing is being played yet (the line
     * fills its buffer first, and some lines report nonsense meanwhile), so the clock waits.
     */
    private void follow(long now) {
        long position = output.framePosition();
        if (position > written) {
            // Not playing, whatever it says (PulseAudio's ALSA plugin while it waits for a full buffer).
            starved |= live;
            live = false;
            startPosition = position;
        }
        if (position != lastPosition) {
            lastPosition = position;
            lastMove = now;
            live |= position != startPosition;
        }
        if (!live) {
            return;
        }
        long delay = Math.max(0, written - position);
        played = Math.max(played, Math.min(renderer.position() - delay, renderer.position()));
        clock.observe(Pcm.nanosOf(played) - latencyNanos, now);
    }

    /**
     * A command changed what is to be heard. With {@link Config#flushOnCommand()}: drop what is queued and render
     * again from the frame being played. Without: what is queued plays (at most {@link Config#aheadMillis()}) and
     * rendering goes on from the first frame not yet written. Either way, events the command put in frames that
     * can no longer be changed (between the last check and the first frame rendered anew) are sounded at once.
     */
    private void restart(EventSource current, long revision) {
        if (config.flushOnCommand() && current == renderedSource) {
            // The frame being played now: the interpolated clock knows it better than the line's coarse position.
            long interpolated = live ? Pcm.frameOf(clock.estimate() + latencyNanos) : played;
            long from = Math.max(played, Math.min(interpolated, renderer.position()));
            output.flush();   // the line's delay is now 0: written stays the count of all frames ever written
            played = from;
            renderer.rewind(from);
            live = false;
            startPosition = output.framePosition();
            lastPosition = startPosition;
            lastMove = nanoTime.getAsLong();
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

    /**
     * Keeps the line fed {@link #aheadMillis()} ahead of the frame being played. Before the line plays, or when it
     * has stopped moving (an underrun), fills its whole buffer, which some lines wait for before they play; each
     * underrun while playing keeps the line fed 40 ms further ahead from then on (up to the buffer).
     */
    private void fill(EventSource current, long now) {
        boolean starving = !live || now - lastMove > STARVING_NANOS;
        // A line that stops moving has run dry (PulseAudio's plugin then also reports a position beyond the frames
        // written) or its sound server is late; either way more frames queued make the next time safer. (Growing
        // the lead only when nothing was left queued was tried: under heavy load it let gaps through.)
        boolean stalled = starving && (live || starved);
        if (stalled && !starvedBefore) {
            long most = (long) Pcm.SAMPLE_RATE * config.bufferMillis() / 1000 - 2L * config.chunkFrames();
            aheadFrames = Math.min(most, aheadFrames + Pcm.SAMPLE_RATE / 25);
            LOG.info(() -> "the sound device starved; keeping " + aheadMillis() + " ms ahead from now on");
        }
        starvedBefore = stalled;
        starved = false;
        long ahead = starving ? Long.MAX_VALUE : aheadFrames;
        int frames = config.chunkFrames();
        while (renderer.position() - played < ahead && output.available() >= frames * Pcm.FRAME_BYTES) {
            renderer.render(current, renderer.position(), frames, chunk);
            writeFully(frames);
        }
    }

    /** How far ahead of the frame being played the line is fed now, in milliseconds. */
    public int aheadMillis() {
        return (int) (aheadFrames * 1000 / Pcm.SAMPLE_RATE);
    }

    private void writeFully(int frames) {
        int bytes = frames * Pcm.FRAME_BYTES;
        int done = 0;
        while (done < bytes) {
            int n = output.write(chunk, done, bytes - done);
            if (n <= 0) {
                throw new IllegalStateException("the sound device stopped taking data");
            }
            done += n;
        }
        written += frames;
    }

    /**
     * A line that has not moved for {@link Config#stallMillis()} while frames wait is closed and opened again
     * (PulseAudio's ALSA plugin can stay stuck after an underrun on a loaded machine); the frames it never played
     * are rendered again. After three reopenings within a minute the device counts as lost.
     */
    private void watchForStall(long now) {
        boolean waiting = renderer.position() - played > config.chunkFrames();
        if (!waiting || now - lastMove <= config.stallMillis() * 1_000_000L) {
            return;
        }
        while (!reopenings.isEmpty() && now - reopenings.peekFirst() > 60_000_000_000L) {
            reopenings.removeFirst();
        }
        if (reopenings.size() >= 3) {
            throw new IllegalStateException("the sound device stopped playing");
        }
        reopenings.addLast(now);
        LOG.warning("the sound device stopped playing; opening it again");
        closeQuietly(output);
        output = null;
        try {
            int bufferFrames = Pcm.SAMPLE_RATE * config.bufferMillis() / 1000;
            output = factory.open(Pcm.FORMAT, bufferFrames * Pcm.FRAME_BYTES);
        } catch (Exception | LinkageError e) {
            throw new IllegalStateException("the sound device stopped playing and cannot be opened again: "
                    + describe(e), e);
        }
        if (output == null) {
            throw new IllegalStateException("the sound device stopped playing and cannot be opened again");
        }
        written = 0;
        played = Math.max(played, renderer.position() - Renderer.HISTORY_FRAMES);
        renderer.rewind(played);
        live = false;
        startPosition = output.framePosition();
        lastPosition = startPosition;
        lastMove = now;
        fill(renderedSource, now);
    }

    /** Times the line was opened again after it stopped playing (diagnostics). */
    int reopenings() {
        return reopenings.size();
    }

    private void lose(Throwable e) {
        LOG.log(Level.WARNING, "lost the sound device", e);
        clock.fallBackToSystem();
        if (output != null) {
            closeQuietly(output);
            output = null;
        }
        state = new State(Status.DEVICE_LOST, "sound device lost: " + describe(e) + "; playing on without sound");
    }

    private static void closeQuietly(Output out) {
        try {
            out.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing the line", e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    // ------------------------------------------------------------------ the clock

    /**
     * Played frames as a smooth, monotonic clock. The line's position moves in coarse steps, so between them the
     * clock runs on the system clock from its last anchor: a reported position ahead of the clock is taken at
     * once (the position never runs ahead of what was played), one behind it pulls the clock back gently (so a
     * slow drift between the sound card and the system clock is followed without the clock jumping), and one far
     * behind (an underrun) is taken at once, the clock then waiting (it never goes back) until the sound catches up.
     */
    static final class EngineClock implements Clock {

        private record Anchor(long clock, long system, long limit) {
        }

        private final LongSupplier nanoTime;
        private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
        private volatile Anchor anchor;

        EngineClock(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            this.anchor = new Anchor(0, nanoTime.getAsLong(), 0);
        }

        @Override
        public long nanos() {
            return last.accumulateAndGet(estimate(), Math::max);
        }

        /** The current estimate, before it is held back from going back (may be less than an earlier reading). */
        long estimate() {
            Anchor a = anchor;
            return Math.min(a.clock + (nanoTime.getAsLong() - a.system), a.limit);
        }

        void startAudio(long now, long clockValue) {
            anchor = new Anchor(clockValue, now, clockValue);
        }

        void observe(long observed, long now) {
            Anchor a = anchor;
            if (a.limit == Long.MAX_VALUE) {
                return;
            }
            long estimate = a.clock + (now - a.system);
            long error = observed - estimate;
            long value = error > 0 || error < -RESYNC_NANOS ? observed : estimate + error / 512;
            anchor = new Anchor(value, now, observed + MAX_EXTRAPOLATION_NANOS);
        }

        /** From now on the system clock, continuing from the current value. */
        void fallBackToSystem() {
            long value = nanos();
            anchor = new Anchor(value, nanoTime.getAsLong(), Long.MAX_VALUE);
        }
    }

    // ------------------------------------------------------------------ the real line

    private static final class LineOutput implements Output {
        private final SourceDataLine line;

        private LineOutput(SourceDataLine line) {
            this.line = line;
        }

        static Output open(String device, AudioFormat format, int bufferBytes) throws Exception {
            DataLine.Info info = new DataLine.Info(SourceDataLine.class, format);
            Line found = null;
            if (device != null) {
                for (Mixer.Info m : AudioSystem.getMixerInfo()) {
                    if (m.getName().equals(device)) {
                        found = AudioSystem.getMixer(m).getLine(info);
                        break;
                    }
                }
            }
            SourceDataLine line = (SourceDataLine) (found != null ? found : AudioSystem.getLine(info));
            line.open(format, bufferBytes);
            line.start();
            return new LineOutput(line);
        }

        @Override
        public int available() {
            return line.available();
        }

        @Override
        public int write(byte[] bytes, int offset, int length) {
            return line.write(bytes, offset, length);
        }

        @Override
        public long framePosition() {
            return line.getLongFramePosition();
        }

        @Override
        public void flush() {
            line.flush();
        }

        @Override
        public boolean isOpen() {
            return line.isOpen();
        }

        @Override
        public void close() {
            line.stop();
            line.flush();
            line.close();
        }
    }
}
