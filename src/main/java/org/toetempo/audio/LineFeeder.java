package org.toetempo.audio;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open output line kept fed by the renderer, for the audio engine's thread: it follows the line's position
 * (steering the {@link EngineClock}), keeps the line fed a little ahead of the frame being played, growing that
 * lead when the line starves, and opens a line that stalls again. Audio thread only.
 */
final class LineFeeder {

    private static final Logger LOG = Logger.getLogger(AudioEngine.class.getName());

    /** A line whose position has not moved for this long is filled up, as some lines need before they play. */
    static final long STARVING_NANOS = 50_000_000L;

    private final Renderer renderer;
    private final AudioEngine.Config config;
    private final EngineClock clock;
    private final LongSupplier nanoTime;
    private final LongSupplier latencyNanos;
    private final AudioOutput.Factory factory;
    private final byte[] chunk;
    private final ArrayDeque<Long> reopenings = new ArrayDeque<>();

    private AudioOutput output;
    /** Frames written to the line since it opened. */
    private long written;
    /** Stream frame being played (the renderer's frames). */
    private long played;
    private long lastPosition = Long.MIN_VALUE;
    private long lastMove;
    /** The line's position is trusted once it has moved since the line (re)started. */
    private boolean live;
    private long startPosition;
    /** How far ahead the line is kept fed: grows when the line starves (a loaded machine), up to the buffer. */
    private long aheadFrames;
    /** The line ran dry and said so by its position (set by follow, taken by fill). */
    private boolean starved;
    private boolean starvedBefore;
    private volatile int gaps;

    LineFeeder(Renderer renderer, AudioEngine.Config config, EngineClock clock, LongSupplier nanoTime,
               LongSupplier latencyNanos, AudioOutput.Factory factory) {
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.latencyNanos = latencyNanos;
        this.factory = factory;
        this.chunk = new byte[config.chunkFrames() * Pcm.FRAME_BYTES];
        this.aheadFrames = (long) Pcm.SAMPLE_RATE * config.aheadMillis() / 1000;
    }

    /** Opens the device's line ({@code null} or an exception when it cannot be opened). */
    AudioOutput openLine(String device) throws Exception {
        int bufferFrames = Pcm.SAMPLE_RATE * config.bufferMillis() / 1000;
        return factory.open(device, Pcm.FORMAT, bufferFrames * Pcm.FRAME_BYTES);
    }

    boolean hasLine() {
        return output != null;
    }

    AudioOutput output() {
        return output;
    }

    /** The first line: the clock starts on it, and the stream with silence (a fresh line loses its first ms). */
    void start(AudioOutput line) {
        output = line;
        lastMove = nanoTime.getAsLong();
        clock.startAudio(nanoTime.getAsLong(), -latencyNanos.getAsLong());
        startPosition = output.framePosition();
        long silence = (long) Pcm.SAMPLE_RATE * config.leadSilenceMillis() / 1000;
        renderer.reset();
        while (renderer.position() < silence) {
            int frames = (int) Math.min(config.chunkFrames(), silence - renderer.position());
            renderer.render(null, renderer.position(), frames, chunk);
            writeFully(frames);
        }
    }

    /**
     * A line again after none: the stream goes on from the frame the clock (on the system clock since the device
     * went) has reached, so what was missed is not played late and the clock does not jump.
     */
    void resume(AudioOutput line, long now) {
        output = line;
        long frame = Pcm.frameOf(clock.nanos() + latencyNanos.getAsLong());
        if (frame < renderer.position()) {
            // Frames queued on the old line were never heard: render them again on the new one.
            frame = Math.max(frame, renderer.position() - Renderer.HISTORY_FRAMES);
            renderer.rewind(frame);
        } else {
            // A window of no frames moves the renderer on: what the silence missed is not played late.
            renderer.render(null, frame, 0, chunk);
        }
        written = 0;
        played = frame;
        live = false;
        starved = false;
        starvedBefore = false;
        startPosition = output.framePosition();
        lastPosition = startPosition;
        lastMove = now;
        clock.resumeAudio();
    }

    /** Closes the line, if there is one. */
    void drop() {
        if (output != null) {
            closeQuietly(output);
            output = null;
        }
    }

    /**
     * Reads the line's position and steers the clock towards it. The frame being played is the last frame written
     * minus the line's delay ({@code written - position}), which holds across flushes whatever a line does to its
     * position count. Until the position first moves after a (re)start, nothing is being played yet (the line
     * fills its buffer first, and some lines report nonsense meanwhile), so the clock waits.
     */
    void follow(long now) {
        if (!output.isOpen()) {
            throw new IllegalStateException("the sound device was closed");
        }
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
        clock.observe(Pcm.nanosOf(played) - latencyNanos.getAsLong(), now);
    }

    /** Drops what is queued and renders again from the frame being played (a command is heard at once). */
    void flushToPlayed() {
        // The frame being played now: the interpolated clock knows it better than the line's coarse position.
        long interpolated = live ? Pcm.frameOf(clock.estimate() + latencyNanos.getAsLong()) : played;
        long from = Math.max(played, Math.min(interpolated, renderer.position()));
        output.flush();   // the line's delay is now 0: written stays the count of all frames ever written
        played = from;
        renderer.rewind(from);
        live = false;
        startPosition = output.framePosition();
        lastPosition = startPosition;
        lastMove = nanoTime.getAsLong();
    }

    /**
     * Keeps the line fed {@link #aheadMillis()} ahead of the frame being played. Before the line plays, or when it
     * has stopped moving (an underrun), fills its whole buffer, which some lines wait for before they play; each
     * underrun while playing keeps the line fed 40 ms further ahead from then on (up to the buffer).
     */
    void fill(EventSource current, long now) {
        boolean starving = !live || now - lastMove > STARVING_NANOS;
        // A line that stops moving has run dry (PulseAudio's plugin then also reports a position beyond the frames
        // written) or its sound server is late; either way more frames queued make the next time safer. (Growing
        // the lead only when nothing was left queued was tried: under heavy load it let gaps through.)
        boolean stalled = starving && (live || starved);
        boolean meant = current != null && current.playing();
        if (stalled && !starvedBefore) {
            long most = (long) Pcm.SAMPLE_RATE * config.bufferMillis() / 1000 - 2L * config.chunkFrames();
            aheadFrames = Math.min(most, aheadFrames + Pcm.SAMPLE_RATE / 25);
            if (meant) {
                // A gap in what the user hears; while paused, a line running dry is silence anyway.
                gaps++;
                LOG.info(() -> "the sound device starved; keeping " + aheadMillis() + " ms ahead from now on");
            }
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

    /** Times the sound ran dry while something was meant to be heard. */
    int gaps() {
        return gaps;
    }

    /** How far ahead of the frame being played the line is fed now, in milliseconds. */
    int aheadMillis() {
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
     * A line that has not moved for {@link AudioEngine.Config#stallMillis()} while frames wait is closed and opened
     * again (PulseAudio's ALSA plugin can stay stuck after an underrun on a loaded machine); the frames it never
     * played are rendered again. After three reopenings within a minute the device counts as lost.
     */
    void watchForStall(String device, EventSource rendered, long now) {
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
            output = openLine(device);
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
        fill(rendered, now);
    }

    /** Times the line was opened again after it stopped playing, within the last minute. */
    int reopenings() {
        return reopenings.size();
    }

    /** After a lost device: whether it was lost to stalling (then tried again only much later); forgets them. */
    boolean lostToStalling() {
        boolean stalling = reopenings.size() >= 3;
        if (stalling) {
            reopenings.clear();
        }
        return stalling;
    }

    static void closeQuietly(AudioOutput out) {
        try {
            out.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing the line", e);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
