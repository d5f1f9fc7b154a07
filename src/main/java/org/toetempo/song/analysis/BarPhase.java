package org.toetempo.song.analysis;

import java.util.Arrays;

/** The meter (3 or 4) and which beat starts a bar: bars start where the low band hits hardest and the harmony changes most. */
final class BarPhase {

    private BarPhase() {
    }

    /**
     * Meter (3 or 4) and which beat after the first is a downbeat: bars start where the low band (kick, bass)
     * hits hardest and the harmony changes most.
     */
    static int[] of(OnsetEnvelope env, float[] lowSmooth, TempoCandidate c, double firstBeatSeconds) {
        double first = env.frame(firstBeatSeconds);
        int beats = (int) ((env.onset.length - 1 - first) / c.period());
        if (beats < 8) {
            return new int[] {4, 0};
        }
        double[] strength = new double[beats];
        double[] change = new double[beats];
        int bands = OnsetEnvelope.CHROMA;
        double[] before = new double[bands];
        double[] after = new double[bands];
        for (int k = 0; k < beats; k++) {
            double t = first + k * c.period();
            strength[k] = SignalMath.interpolate(lowSmooth, t);
            // Harmonic change: the coarse spectrum over the beat after against the beat before.
            Arrays.fill(before, 0);
            Arrays.fill(after, 0);
            int a0 = (int) Math.max(0, t - c.period());
            int a1 = (int) t;
            int b1 = (int) Math.min(env.onset.length - 1, t + c.period());
            for (int f = a0; f < a1; f++) {
                for (int b = 0; b < bands; b++) {
                    before[b] += env.bands[f * bands + b];
                }
            }
            for (int f = a1 + 1; f < b1; f++) {
                for (int b = 0; b < bands; b++) {
                    after[b] += env.bands[f * bands + b];
                }
            }
            change[k] = k == 0 ? 0 : 1 - cosine(before, after);
        }
        normalize(strength);
        normalize(change);
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestMeter = 4;
        int bestShift = 0;
        double[] shiftZero = new double[5];
        for (int meter : new int[] {4, 3}) {
            for (int shift = 0; shift < meter; shift++) {
                double on = 0;
                double offs = 0;
                int nOn = 0;
                int nOff = 0;
                for (int k = 1; k < beats; k++) {
                    double v = strength[k] + 2 * change[k];
                    if ((k - shift) % meter == 0) {
                        on += v;
                        nOn++;
                    } else {
                        offs += v;
                        nOff++;
                    }
                }
                double score = on / Math.max(1, nOn) - offs / Math.max(1, nOff) - (meter == 3 ? 0.15 : 0);
                if (shift == 0) {
                    shiftZero[meter] = score;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestMeter = meter;
                    bestShift = shift;
                }
            }
        }
        // Unclear bars (a click track, a drone): the first beat is as good a downbeat as any.
        if (bestShift != 0 && bestScore - shiftZero[bestMeter] < 0.4) {
            bestShift = 0;
        }
        return new int[] {bestMeter, bestShift};
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 1;
    }

    private static void normalize(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / x.length);
        for (int i = 0; i < x.length; i++) {
            x[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
    }
}
