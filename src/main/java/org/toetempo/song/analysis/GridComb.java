package org.toetempo.song.analysis;

/**
 * Combs of pulses laid over a song's onset envelope (smoothed over ±2 frames, so that beats a few milliseconds off
 * still count): how strongly a period and phase land on onsets, the best phase and the exact period of a tempo,
 * the grid fitted by least squares to its beats' onset peaks, and the grid's first beat.
 */
final class GridComb {

    private final OnsetEnvelope env;
    /** The full-band, low-band and mid-band envelopes, smoothed. */
    private final float[] smooth;
    final float[] lowSmooth;
    private final float[] midSmooth;
    /** The first frame of sound: combs count from here. */
    private final int from;

    GridComb(OnsetEnvelope env) {
        this.env = env;
        this.smooth = triangle(env.onset);
        this.lowSmooth = triangle(env.low);
        this.midSmooth = triangle(env.mid);
        this.from = Math.max(0, env.musicStartFrame);
    }

    /** A triangular smoothing over ±2 frames, so that beats a few milliseconds off still count. */
    private static float[] triangle(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            float s = 3 * x[i];
            float w = 3;
            for (int d = 1; d <= 2; d++) {
                if (i - d >= 0) {
                    s += (3 - d) * x[i - d];
                    w += 3 - d;
                }
                if (i + d < x.length) {
                    s += (3 - d) * x[i + d];
                    w += 3 - d;
                }
            }
            y[i] = s / w;
        }
        return y;
    }

    /** Mean of {@code x} at {@code phase + k·period} over the music (from the first frame of sound). */
    private double comb(float[] x, double period, double phase) {
        double first = phase + Math.ceil((from - phase) / period) * period;
        double sum = 0;
        int count = 0;
        for (double t = first; t < x.length - 1; t += period) {
            int i = (int) t;
            double f = t - i;
            sum += x[i] * (1 - f) + x[i + 1] * f;
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The best phase of a period (frames), to a quarter of a frame. */
    private double[] bestPhase(float[] x, double period) {
        double best = -1;
        double bestPhase = 0;
        for (double phase = 0; phase < period; phase += 1) {
            double v = comb(x, period, phase);
            if (v > best) {
                best = v;
                bestPhase = phase;
            }
        }
        for (double phase = bestPhase - 0.75; phase <= bestPhase + 0.75; phase += 0.25) {
            double v = comb(x, period, phase);
            if (v > best) {
                best = v;
                bestPhase = phase;
            }
        }
        return new double[] {best, bestPhase < 0 ? bestPhase + period : bestPhase};
    }

    /**
     * The grid fitted to the onsets: each beat's onset peak (within ±2 frames, to a fraction of a frame) and a
     * least-squares line through them, so that the period is exact over the whole song.
     */
    TempoCandidate fit(TempoCandidate c) {
        float[] s = smooth;
        double period = c.period();
        double phase = c.phase();
        for (int pass = 0; pass < 2; pass++) {
            double first = phase + Math.ceil((from - phase) / period) * period;
            double threshold = 0.3 * c.onBeat();
            double sw = 0, sk = 0, st = 0, skk = 0, skt = 0;
            int k = 0;
            for (double t = first; t < s.length - 3; t += period, k++) {
                int i = (int) Math.round(t);
                int best = -1;
                for (int d = Math.max(1, i - 2); d <= i + 2; d++) {
                    if (best < 0 || s[d] > s[best]) {
                        best = d;
                    }
                }
                if (best < 1 || best >= s.length - 1 || s[best] < threshold) {
                    continue;
                }
                double a = s[best - 1];
                double b = s[best];
                double e = s[best + 1];
                double denominator = a - 2 * b + e;
                double peak = best + (denominator < 0 ? 0.5 * (a - e) / denominator : 0);
                double w = b;
                sw += w;
                sk += w * k;
                st += w * peak;
                skk += w * k * k;
                skt += w * k * peak;
            }
            double det = sw * skk - sk * sk;
            if (k < 8 || sw <= 0 || det <= 0) {
                return c;
            }
            double newPeriod = (sw * skt - sk * st) / det;
            double intercept = (st - newPeriod * sk) / sw;
            if (!(Math.abs(newPeriod / period - 1) < 0.01)) {
                return c;
            }
            period = newPeriod;
            phase = intercept - Math.floor(intercept / period) * period;
        }
        return new TempoCandidate(period, phase, c.onBeat(), c.offBeat(), c.thirds(), c.mean(), c.lowOn(), c.lowOff(),
                c.lowMean(), 60 * env.fps / period, c.alternation(), c.lowAlternation(), c.hits(), c.interleave());
    }

    /** The share of beats (from the first frame of sound) with an onset above {@code threshold} within ±2 frames. */
    private double hits(float[] x, double period, double phase, double threshold) {
        double first = phase + Math.ceil((from - phase) / period) * period;
        int count = 0;
        int hit = 0;
        for (double t = first; t < x.length - 3; t += period) {
            int i = (int) Math.round(t);
            float peak = 0;
            for (int d = Math.max(0, i - 2); d <= i + 2; d++) {
                peak = Math.max(peak, x[d]);
            }
            count++;
            hit += peak >= threshold ? 1 : 0;
        }
        return count == 0 ? 0 : hit / (double) count;
    }

    /** The exact period near {@code period}: a coarse then fine search of the comb's best value. */
    TempoCandidate refine(double period, double range, double step) {
        float[] s = smooth;
        double bestPeriod = period;
        double best = -1;
        for (double p = period * (1 - range); p <= period * (1 + range); p += period * step) {
            double v = bestPhase(s, p)[0];
            if (v > best) {
                best = v;
                bestPeriod = p;
            }
        }
        double center = bestPeriod;
        double fine = step / 5;
        for (double p = center * (1 - step); p <= center * (1 + step); p += center * fine) {
            double v = bestPhase(s, p)[0];
            if (v > best) {
                best = v;
                bestPeriod = p;
            }
        }
        double phase = bestPhase(s, bestPeriod)[1];
        double on = comb(s, bestPeriod, phase);
        double off = comb(s, bestPeriod, phase + bestPeriod / 2);
        double thirds = (comb(s, bestPeriod, phase + bestPeriod / 3) + comb(s, bestPeriod, phase + 2 * bestPeriod / 3)) / 2;
        double mean = 0;
        for (int i = from; i < s.length; i++) {
            mean += s[i];
        }
        mean /= Math.max(1, s.length - from);
        double lowOn = comb(lowSmooth, bestPeriod, phase);
        double lowOff = comb(lowSmooth, bestPeriod, phase + bestPeriod / 2);
        double lowMean = 0;
        for (int i = from; i < lowSmooth.length; i++) {
            lowMean += lowSmooth[i];
        }
        lowMean /= Math.max(1, lowSmooth.length - from);
        double even = comb(s, 2 * bestPeriod, phase);
        double odd = comb(s, 2 * bestPeriod, phase + bestPeriod);
        double lowEven = comb(lowSmooth, 2 * bestPeriod, phase);
        double lowOdd = comb(lowSmooth, 2 * bestPeriod, phase + bestPeriod);
        double midEven = comb(midSmooth, 2 * bestPeriod, phase);
        double midOdd = comb(midSmooth, 2 * bestPeriod, phase + bestPeriod);
        // Kick on one beat in two and snare on the other (a backbeat): positive; at twice or half the beat, ~0.
        double interleave = (lowEven - lowOdd) / Math.max(1e-9, lowEven + lowOdd)
                * (midOdd - midEven) / Math.max(1e-9, midOdd + midEven);
        return new TempoCandidate(bestPeriod, phase, on, off, thirds, mean, lowOn, lowOff, lowMean, 60 * env.fps / bestPeriod,
                Math.abs(even - odd) / Math.max(1e-9, even + odd), Math.abs(lowEven - lowOdd) / Math.max(1e-9, lowEven + lowOdd),
                hits(s, bestPeriod, phase, Math.max(0.25 * on, 1.5 * mean)), interleave);
    }

    /** The first grid beat at or after the first clear onset (after silence or a quiet intro), in seconds. */
    double firstBeat(TempoCandidate c) {
        float[] s = smooth;
        double threshold = 0.3 * c.onBeat();
        double k0 = Math.ceil((-3 - c.phase()) / c.period());
        for (double k = k0; ; k++) {
            double t = c.phase() + k * c.period();
            if (t >= s.length - 1) {
                break;
            }
            if (t < from - 3) {
                continue;
            }
            double peak = 0;
            for (int d = -2; d <= 2; d++) {
                peak = Math.max(peak, SignalMath.interpolate(s, t + d));
            }
            if (peak >= threshold) {
                return Math.max(0, env.time(t));
            }
        }
        return Math.max(0, env.time(c.phase() + Math.ceil((from - c.phase()) / c.period()) * c.period()));
    }
}
