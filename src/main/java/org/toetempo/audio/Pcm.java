package org.toetempo.audio;

import javax.sound.sampled.AudioFormat;

/**
 * The one PCM format of the player and of offline renders, and the exact mapping between clock time and frames.
 *
 * <p>Audio clock time 0 is frame 0; an event at clock time {@code t} sounds at frame
 * {@code round(t * SAMPLE_RATE / 1e9)} (halves round up). The conversions use exact integer arithmetic, so
 * they never drift however long a session runs.
 */
public final class Pcm {

    public static final int SAMPLE_RATE = 48_000;
    public static final int CHANNELS = 2;
    /** Bytes per stereo frame of 16-bit samples. */
    public static final int FRAME_BYTES = 4;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, CHANNELS, true, false);

    private static final long SECOND = 1_000_000_000L;

    private Pcm() {
    }

    /** The frame at which something at clock time {@code nanos} sounds: {@code round(nanos * 48000 / 1e9)}. */
    public static long frameOf(long nanos) {
        long seconds = Math.floorDiv(nanos, SECOND);
        long rest = Math.floorMod(nanos, SECOND);
        return seconds * SAMPLE_RATE + (rest * SAMPLE_RATE + SECOND / 2) / SECOND;
    }

    /** The smallest clock time whose {@link #frameOf} is at least {@code frame}: frames [a, b) are clock times [start(a), start(b)). */
    public static long startOfFrame(long frame) {
        long seconds = Math.floorDiv(frame, SAMPLE_RATE);
        long k = Math.floorMod(frame, SAMPLE_RATE);
        long numerator = k * SECOND - SECOND / 2;
        return seconds * SECOND - Math.floorDiv(-numerator, SAMPLE_RATE);
    }

    /** The clock time of a frame's own instant, {@code round(frame * 1e9 / 48000)}; {@code frameOf(nanosOf(f)) == f}. */
    public static long nanosOf(long frame) {
        long seconds = Math.floorDiv(frame, SAMPLE_RATE);
        long k = Math.floorMod(frame, SAMPLE_RATE);
        return seconds * SECOND + (k * SECOND + SAMPLE_RATE / 2) / SAMPLE_RATE;
    }

    /** Frames in a duration, rounded up. */
    public static long framesIn(double seconds) {
        return (long) Math.ceil(seconds * SAMPLE_RATE);
    }

    /**
     * Converts interleaved float samples to 16-bit little-endian PCM. Peaks above 0.9 are bent smoothly towards
     * full scale instead of clipping hard; silence stays exactly 0.
     */
    public static void toPcm16(float[] in, int samples, byte[] out, int outOffset) {
        for (int i = 0; i < samples; i++) {
            int v = (int) Math.round(limit(in[i]) * 32767.0);
            out[outOffset + 2 * i] = (byte) v;
            out[outOffset + 2 * i + 1] = (byte) (v >> 8);
        }
    }

    static double limit(double x) {
        double a = Math.abs(x);
        if (a <= 0.9) {
            return x;
        }
        double bent = 0.9 + 0.1 * Math.tanh((a - 0.9) / 0.1);
        return Math.copySign(bent, x);
    }
}
