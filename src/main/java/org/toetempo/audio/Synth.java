package org.toetempo.audio;

import java.util.function.DoubleUnaryOperator;

/**
 * Small deterministic synthesis helpers. Every sound starts at full attack on sample 0 (partials start at their
 * peak, in cosine phase), decays exponentially and is faded to exactly 0 at its end, so sounds placed on a beat
 * have their onset on the beat's frame and leave true silence behind them.
 */
final class Synth {

    static final double RATE = Pcm.SAMPLE_RATE;

    private Synth() {
    }

    static float[] buffer(double millis) {
        return new float[(int) Math.round(millis * RATE / 1000)];
    }

    /** A decaying partial: {@code amp · cos(2π f t) · e^(-t/τ)} from sample {@code offset}. */
    static void partial(float[] out, int offset, double freq, double amp, double decayMillis) {
        double w = 2 * Math.PI * freq / RATE;
        double k = Math.exp(-1000.0 / (decayMillis * RATE));
        double env = amp;
        for (int i = offset; i < out.length; i++) {
            out[i] += (float) (env * Math.cos(w * (i - offset)));
            env *= k;
        }
    }

    /** A short noise burst for the "tick" of a click: deterministic (fixed seed), decaying with time constant τ. */
    static void noise(float[] out, double amp, double decayMillis, long seed) {
        long state = seed;
        double k = Math.exp(-1000.0 / (decayMillis * RATE));
        double env = amp;
        for (int i = 0; i < out.length && env > 1e-6; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            double white = ((state >>> 11) / (double) (1L << 53)) * 2 - 1;
            out[i] += (float) (env * white);
            env *= k;
        }
    }

    /**
     * A pitched tone whose frequency follows {@code freqAt(seconds)}, with the given harmonic amplitudes
     * (index 0 = fundamental), phase-continuous. Envelope: starts at {@code attackFrom} and rises linearly to 1 over
     * {@code attackMillis}, then decays exponentially with time constant τ.
     */
    static void tone(float[] out, int offset, DoubleUnaryOperator freqAt, double[] harmonics, double amp,
                     double attackFrom, double attackMillis, double decayMillis) {
        double phase = 0;
        int attack = (int) Math.round(attackMillis * RATE / 1000);
        double k = Math.exp(-1000.0 / (decayMillis * RATE));
        double decay = 1;
        for (int i = offset; i < out.length; i++) {
            int n = i - offset;
            double env = n < attack ? attackFrom + (1 - attackFrom) * n / attack : decay;
            if (n >= attack) {
                decay *= k;
            }
            double f = freqAt.applyAsDouble(n / RATE);
            double s = 0;
            for (int h = 0; h < harmonics.length; h++) {
                if (harmonics[h] != 0 && f * (h + 1) < RATE / 2 - 2000) {
                    s += harmonics[h] * Math.cos((h + 1) * phase);
                }
            }
            out[i] += (float) (amp * env * s);
            phase += 2 * Math.PI * f / RATE;
        }
    }

    /** A bell-like struck note (inharmonic partials) starting at {@code offsetMillis}. */
    static void bell(float[] out, double offsetMillis, double freq, double amp, double decayMillis) {
        int offset = (int) Math.round(offsetMillis * RATE / 1000);
        partial(out, offset, freq, amp, decayMillis);
        partial(out, offset, freq * 2.0, amp * 0.22, decayMillis * 0.55);
        partial(out, offset, freq * 2.76, amp * 0.12, decayMillis * 0.35);
        partial(out, offset, freq * 5.40, amp * 0.05, decayMillis * 0.2);
    }

    /** Fades the last {@code millis} to exactly zero (raised cosine). */
    static void fadeOut(float[] out, double millis) {
        int n = Math.min(out.length, (int) Math.round(millis * RATE / 1000));
        for (int i = 0; i < n; i++) {
            int at = out.length - n + i;
            double g = 0.5 * (1 + Math.cos(Math.PI * (i + 1) / n));
            out[at] *= (float) g;
        }
    }

    /** Scales so the largest absolute sample is {@code peak}. */
    static void normalize(float[] out, double peak) {
        float max = 0;
        for (float s : out) {
            max = Math.max(max, Math.abs(s));
        }
        if (max > 0) {
            float g = (float) (peak / max);
            for (int i = 0; i < out.length; i++) {
                out[i] *= g;
            }
        }
    }

    /** An exponential glide from {@code from} to {@code to} Hz over {@code millis}, then steady. */
    static DoubleUnaryOperator glide(double from, double to, double millis) {
        double seconds = millis / 1000;
        return t -> t >= seconds ? to : from * Math.pow(to / from, t / seconds);
    }

    static DoubleUnaryOperator steady(double freq) {
        return t -> freq;
    }
}
