package org.toetempo.audio;

import org.toetempo.timing.VirtualClock;

import java.io.IOException;

/**
 * Renders faster than real time, window by window, exactly as the {@link AudioEngine} would play it: the same
 * {@link Renderer}, the same frame mapping, and a {@link VirtualClock} standing in for the played frames (it is
 * moved to each window's start, so commands given between windows take effect at that frame).
 */
public final class OfflineRender {

    /** Receives each window of 16-bit little-endian stereo PCM. */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] pcm, int frames, long firstFrame) throws IOException;
    }

    /** Window used by default: 10 ms, the same order as the live engine's chunks. */
    public static final int DEFAULT_WINDOW = Pcm.SAMPLE_RATE / 100;

    private final Renderer renderer;
    private final EventSource source;
    private final VirtualClock clock;
    private final int window;
    private final byte[] buffer;

    public OfflineRender(Renderer renderer, EventSource source, VirtualClock clock, int windowFrames) {
        if (windowFrames <= 0) {
            throw new IllegalArgumentException("window of " + windowFrames + " frames");
        }
        this.renderer = renderer;
        this.source = source;
        this.clock = clock;
        this.window = windowFrames;
        this.buffer = new byte[windowFrames * Pcm.FRAME_BYTES];
    }

    public OfflineRender(Renderer renderer, EventSource source, VirtualClock clock) {
        this(renderer, source, clock, DEFAULT_WINDOW);
    }

    /** The next frame to render. */
    public long position() {
        return renderer.position();
    }

    /** Renders up to (not including) {@code endFrame}, then leaves the clock at that frame's time. */
    public void renderUntil(long endFrame, Sink sink) throws IOException {
        while (renderer.position() < endFrame) {
            long first = renderer.position();
            int frames = (int) Math.min(window, endFrame - first);
            advanceClockTo(first);
            renderer.render(source, first, frames, buffer);
            sink.write(buffer, frames, first);
        }
        advanceClockTo(endFrame);
    }

    private void advanceClockTo(long frame) {
        long t = Pcm.nanosOf(frame);
        if (t > clock.nanos()) {
            clock.set(t);
        }
    }
}
