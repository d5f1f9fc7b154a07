package org.toetempo.song;

import java.util.Random;

/** Synthetic test audio with a known beat: click trains and small drum kits (kick, snare, hi-hat, bass, chords). */
public final class Signals {

    public static final int RATE = 44100;

    private Signals() {
    }

    /** Silence of the given length. */
    public static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * RATE)];
    }

    /** A click (a 4 ms burst at 2 kHz) on every beat from {@code first} to the end. */
    public static float[] clicks(double bpm, double first, double seconds) {
        float[] x = silence(seconds);
        for (double t = first; t < seconds; t += 60 / bpm) {
            click(x, t, 0.8f);
        }
        return x;
    }

    public static void click(float[] x, double t, float amplitude) {
        int at = (int) Math.round(t * RATE);
        for (int i = 0; i < 0.004 * RATE && at + i < x.length; i++) {
            x[at + i] += (float) (amplitude * Math.sin(2 * Math.PI * 2000 * i / RATE) * Math.exp(-i / (0.001 * RATE)));
        }
    }

    public static void kick(float[] x, double t, float amplitude) {
        int at = (int) Math.round(t * RATE);
        double phase = 0;
        for (int i = 0; i < 0.25 * RATE && at + i < x.length; i++) {
            double s = i / (double) RATE;
            double f = 50 + 90 * Math.exp(-s / 0.03);
            phase += 2 * Math.PI * f / RATE;
            x[at + i] += (float) (amplitude * Math.sin(phase) * Math.exp(-s / 0.12));
        }
    }

    public static void snare(float[] x, double t, float amplitude, Random random) {
        int at = (int) Math.round(t * RATE);
        for (int i = 0; i < 0.2 * RATE && at + i < x.length; i++) {
            double s = i / (double) RATE;
            x[at + i] += (float) (amplitude * ((random.nextDouble() * 2 - 1) * Math.exp(-s / 0.06)
                    + 0.5 * Math.sin(2 * Math.PI * 190 * s) * Math.exp(-s / 0.04)));
        }
    }

    public static void hat(float[] x, double t, float amplitude, Random random) {
        int at = (int) Math.round(t * RATE);
        double last = 0;
        for (int i = 0; i < 0.05 * RATE && at + i < x.length; i++) {
            double n = random.nextDouble() * 2 - 1;
            x[at + i] += (float) (amplitude * (n - last) * 0.5 * Math.exp(-i / (0.015 * RATE)));
            last = n;
        }
    }

    /** A tone of a few partials from {@code t} for {@code length} seconds (bass and chord notes). */
    public static void tone(float[] x, double t, double length, double hz, float amplitude) {
        int at = (int) Math.round(t * RATE);
        int n = (int) (length * RATE);
        for (int i = 0; i < n && at + i < x.length; i++) {
            double s = i / (double) RATE;
            double env = Math.min(1, s / 0.005) * Math.exp(-s / Math.max(0.1, length));
            double v = Math.sin(2 * Math.PI * hz * s) + 0.3 * Math.sin(4 * Math.PI * hz * s);
            x[at + i] += (float) (amplitude * env * v);
        }
    }

    /**
     * A drum pattern over {@code bars} bars: per 16th step of a bar, 'k' kick, 's' snare, 'h' hat, 'b' kick and
     * hat, 'x' snare and hat, '.' nothing; plus a bass note on every downbeat and a chord on beat 1 of every bar
     * (changing each bar).
     */
    public static float[] pattern(double bpm, double start, String bar, int bars, double tail, long seed) {
        Random random = new Random(seed);
        double step = 60 / bpm / 4;
        double barSeconds = step * bar.length();
        float[] x = silence(start + bars * barSeconds + tail);
        double[] roots = {55, 73.4, 61.7, 49};
        for (int b = 0; b < bars; b++) {
            double t0 = start + b * barSeconds;
            double root = roots[b % roots.length];
            tone(x, t0, barSeconds * 0.9, root, 0.25f);
            tone(x, t0, barSeconds * 0.9, root * 4, 0.05f);
            tone(x, t0, barSeconds * 0.9, root * 5, 0.04f);
            tone(x, t0, barSeconds * 0.9, root * 6, 0.04f);
            for (int s = 0; s < bar.length(); s++) {
                double t = t0 + s * step;
                switch (bar.charAt(s)) {
                    case 'k' -> kick(x, t, 0.7f);
                    case 's' -> snare(x, t, 0.4f, random);
                    case 'h' -> hat(x, t, 0.15f, random);
                    case 'b' -> {
                        kick(x, t, 0.7f);
                        hat(x, t, 0.15f, random);
                    }
                    case 'x' -> {
                        snare(x, t, 0.4f, random);
                        hat(x, t, 0.15f, random);
                    }
                    default -> {
                    }
                }
            }
        }
        return x;
    }

    public static float[] concat(float[] a, float[] b) {
        float[] x = new float[a.length + b.length];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, x, a.length, b.length);
        return x;
    }

    public static float[] scale(float[] a, float gain) {
        float[] x = a.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= gain;
        }
        return x;
    }

    public static float[] noise(double seconds, double amplitude, long seed) {
        Random random = new Random(seed);
        float[] x = silence(seconds);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() * amplitude);
        }
        return x;
    }

    /** Distance from {@code t} to the nearest beat of the grid {@code first + k·60/bpm}. */
    public static double offGrid(double t, double bpm, double first) {
        double period = 60 / bpm;
        double k = Math.rint((t - first) / period);
        return Math.abs(t - (first + k * period));
    }
}
