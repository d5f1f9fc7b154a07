package org.toetempo.song.analysis;

import org.toetempo.timing.BeatMap;

import java.util.Arrays;

/**
 * Follows a song's beat through the whole song: the time of every beat, however the tempo drifts, pushes, changes
 * between sections or slows down at the end, and through breaks and quiet passages.
 *
 * <p>The method is a joint tempo–phase search in the spirit of Ellis (2007, dynamic-programming beat tracking) and
 * Krebs, Böck &amp; Widmer (2015, the bar-pointer hidden Markov model): a path of beats through the onset envelope
 * that maximises, over the whole song at once,
 * <ul>
 *   <li>the onset strength at each beat, less a constant (a beat where nothing sounds costs a little, so the path
 *       prefers beats on onsets but can cross silence at its tempo),</li>
 *   <li>less a cost for every change of beat length from one beat to the next, proportional to the size of the
 *       change (a band drifts a little from beat to beat; it does not jump), with at most
 *       {@link #MAX_STEP} frames of change per beat,</li>
 *   <li>less a weak pull towards the song's overall tempo (so the path stays at the pulse people tap, not at its
 *       double or half).</li>
 * </ul>
 * The state is the length of the last beat (in envelope frames, at twice the envelope's rate for resolution); the
 * search is exact (Viterbi over beat positions and lengths), linear in the song's length. The beats found are then
 * moved to the nearest onset peak within a few milliseconds (interpolated between frames), and each gets a
 * confidence from how clearly an onset marks it against the music around it.
 *
 * <p>Pure Java, no state between calls; safe to call from several threads.
 */
public final class BeatTracker {

    /** The widest tempo the path may reach, as a ratio to the overall tempo either way. */
    static final double SLOWER = 1.45;
    static final double FASTER = 1.35;
    /** The most a beat's length may change from one beat to the next, in (fine) frames. */
    static final int MAX_STEP = 3;
    /** Cost of a change of beat length: per unit of |ln(p'/p)|. */
    static final double CHANGE_COST = 40;
    /** Pull towards the overall tempo: per beat, per squared ln of the ratio. */
    static final double PRIOR_COST = 50;
    /** What a beat costs before its onset pays for it (the envelope has unit mean). */
    static final double BEAT_COST = 1.0;
    /** How much more the harmony must change off the beats to move the beats there. */
    static final double HARMONY_MARGIN = 1.1;
    /** Weight of the low band's onsets against the full band's. */
    static final float LOW_WEIGHT = 0f;
    /** How far a beat may move to an onset peak, in seconds. */
    static final double SNAP_SECONDS = 0.012;

    private BeatTracker() {
    }

    /**
     * An onset envelope to track.
     *
     * @param onset            onset strength per frame (unit mean, non-negative)
     * @param low              onset strength of the low band (kick, bass) per frame, for the bars
     * @param fps              frames per second
     * @param offset           seconds of frame 0's centre
     * @param bands            per frame, {@code bandCount} log band energies (for harmonic change), or null
     * @param musicStartFrame  the first frame with sound
     */
    public record Envelope(float[] onset, float[] low, float[] bands, int bandCount, double fps, double offset,
                           int musicStartFrame) {
        double time(double frame) {
            return offset + frame / fps;
        }
    }

    /**
     * The beat map of a song.
     *
     * @param env           the onset envelope
     * @param bpm           the song's overall tempo (the pulse to follow)
     * @param firstDownbeat time of a downbeat near the start (the bar phase), in seconds
     * @param beatsPerBar   beats in a bar
     * @return the map, or {@code null} when there is too little music to place two beats
     */
    public static BeatMap track(Envelope env, double bpm, double firstDownbeat, int beatsPerBar) {
        return track(env, bpm, firstDownbeat, beatsPerBar, true);
    }

    /**
     * The beat map; with {@code choosePulse}, tracked again at the dotted quarter (or two thirds of the beat) when
     * the first path turns out to be at another level of the meter than the pulse people tap ({@link PulseLevel}).
     */
    private static BeatMap track(Envelope env, double bpm, double firstDownbeat, int beatsPerBar, boolean choosePulse) {
        float[] fine = upsample(observation(env));
        double fps = env.fps() * 2;
        int start = Math.max(0, env.musicStartFrame() * 2);
        int end = lastSound(fine, start);
        double p0 = fps * 60 / bpm;
        int pMin = Math.max(4, (int) Math.floor(p0 / FASTER));
        int pMax = (int) Math.ceil(p0 * SLOWER);
        if (end - start < 2 * pMax) {
            return null;
        }
        int[] frames = viterbi(fine, start, end, pMin, pMax, p0);
        if (frames.length < 2) {
            return null;
        }
        double[] times = new double[frames.length];
        float[] strength = new float[frames.length];
        int snap = Math.max(1, (int) Math.round(SNAP_SECONDS * fps));
        for (int i = 0; i < frames.length; i++) {
            double at = snap(fine, frames[i], snap);
            times[i] = env.offset() + at / fps;
            strength[i] = peak(fine, frames[i], snap);
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                times[i] = times[i - 1] + 1e-4;
            }
        }
        if (offBeatsChangeHarmony(frames, env)) {
            // The path found the off-beats (a strummed guitar, an off-beat bass): chords change on beats.
            int[] shifted = new int[frames.length - 1];
            for (int i = 0; i < shifted.length; i++) {
                shifted[i] = (frames[i] + frames[i + 1]) / 2;
            }
            frames = shifted;
            times = new double[frames.length];
            strength = new float[frames.length];
            for (int i = 0; i < frames.length; i++) {
                times[i] = env.offset() + snap(fine, frames[i], snap) / fps;
                strength[i] = peak(fine, frames[i], snap);
            }
            for (int i = 1; i < times.length; i++) {
                if (!(times[i] > times[i - 1])) {
                    times[i] = times[i - 1] + 1e-4;
                }
            }
        }
        if (choosePulse) {
            PulseLevel.Evidence evidence = PulseLevel.evidence(fine, frames);
            PulseLevel.Level level = evidence == null ? PulseLevel.Level.AS_TRACKED : evidence.level();
            if (TempoSearch.DEBUG) {
                System.err.printf("pulse level: %s %s%n", level, evidence);
            }
            if (level != PulseLevel.Level.AS_TRACKED) {
                BeatMap other = track(env, bpm / level.ratio, firstDownbeat, level.beatsPerBar(beatsPerBar), false);
                if (other != null) {
                    return other;
                }
            }
        }
        // The path runs on at its tempo into the ring-out of the last chord: beats after the last one with an
        // onset are no beats of the song (and a loop must not repeat them).
        int keep = frames.length;
        while (keep > 2 && strength[keep - 1] < 0.5f) {
            keep--;
        }
        if (keep < frames.length) {
            frames = Arrays.copyOf(frames, keep);
            times = Arrays.copyOf(times, keep);
            strength = Arrays.copyOf(strength, keep);
        }
        float[] confidence = confidence(strength, fine, frames, fps);
        int downbeat = downbeat(times, env, firstDownbeat, beatsPerBar);
        return BeatMap.of(times, confidence, downbeat, beatsPerBar);
    }

    /**
     * What a beat is heard in: the onset envelope, with the low band's onsets (kick, bass) added at half weight,
     * as they fall on beats far more than between them (a strummed guitar's off-beats can be as loud as its beats).
     */
    static float[] observation(Envelope env) {
        float[] o = env.onset();
        if (env.low() == null) {
            return o;
        }
        float[] x = new float[o.length];
        for (int i = 0; i < o.length; i++) {
            x[i] = (o[i] + LOW_WEIGHT * env.low()[i]) / (1 + LOW_WEIGHT);
        }
        return x;
    }

    /**
     * Whether the harmony changes more halfway between the path's beats than on them. Chords change on beats (most
     * of all on downbeats), whatever the rhythm section does between them.
     */
    static boolean offBeatsChangeHarmony(int[] fineFrames, Envelope env) {
        float[] bands = env.bands();
        int m = env.bandCount();
        if (bands == null || m == 0 || fineFrames.length < 16) {
            return false;
        }
        int frames = bands.length / m;
        int w = Math.max(2, (int) Math.round(0.25 * env.fps()));
        double on = 0;
        double off = 0;
        for (int i = 0; i + 1 < fineFrames.length; i++) {
            on += change(bands, m, frames, fineFrames[i] / 2, w);
            off += change(bands, m, frames, (fineFrames[i] + fineFrames[i + 1]) / 4, w);
        }
        return off > on * HARMONY_MARGIN;
    }

    /** How much the band energies after frame {@code f} rise over those before it (new notes, a new chord). */
    private static double change(float[] bands, int m, int frames, int f, int w) {
        if (f - w < 0 || f + w >= frames) {
            return 0;
        }
        double dot = 0;
        double nb = 0;
        double na = 0;
        double[] mean = new double[2];
        double[] before = new double[m];
        double[] after = new double[m];
        for (int b = 0; b < m; b++) {
            for (int k = 1; k <= w; k++) {
                before[b] += bands[(f - k) * m + b];
                after[b] += bands[(f + k - 1) * m + b];
            }
            mean[0] += before[b] / m;
            mean[1] += after[b] / m;
        }
        for (int b = 0; b < m; b++) {
            double x = before[b] - mean[0];
            double y = after[b] - mean[1];
            dot += x * y;
            nb += x * x;
            na += y * y;
        }
        // A new chord changes the shape of the spectrum, not only its loudness.
        return nb > 0 && na > 0 ? 1 - dot / Math.sqrt(nb * na) : 0;
    }

    /** The envelope at twice its rate (linear), for beat lengths finer than a frame. */
    static float[] upsample(float[] x) {
        float[] y = new float[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            y[2 * i] = x[i];
            y[2 * i + 1] = i + 1 < x.length ? (x[i] + x[i + 1]) / 2 : x[i];
        }
        return y;
    }

    /** One past the last frame with a clear onset (the tail of silence or a long fade has no beats to follow). */
    private static int lastSound(float[] x, int start) {
        for (int i = x.length - 1; i > start; i--) {
            if (x[i] > 0.5f) {
                return Math.min(x.length, i + 1);
            }
        }
        return start;
    }

    /**
     * The best path of beats from {@code start} to {@code end}. {@code score[t][k]}: the best path with a beat at
     * frame t whose beat before was {@code pMin + k} frames earlier. Only the last {@code pMax} frames of scores are
     * kept; the choice of the previous beat's length is kept for every frame, to trace the path back.
     */
    static int[] viterbi(float[] x, int start, int end, int pMin, int pMax, double p0) {
        int periods = pMax - pMin + 1;
        int span = end - start;
        int ring = pMax + 1;
        float[][] score = new float[ring][periods];
        byte[] back = new byte[span * periods];
        float[] prior = new float[periods];
        float[][] change = new float[periods][2 * MAX_STEP + 1];
        for (int k = 0; k < periods; k++) {
            double p = pMin + k;
            double l = Math.log(p / p0);
            prior[k] = (float) (PRIOR_COST * l * l);
            for (int d = -MAX_STEP; d <= MAX_STEP; d++) {
                int from = k + d;
                change[k][d + MAX_STEP] = from < 0 || from >= periods ? Float.NaN
                        : (float) (CHANGE_COST * Math.abs(Math.log(p / (pMin + from))));
            }
        }
        final float none = Float.NEGATIVE_INFINITY;
        final byte first = Byte.MIN_VALUE;
        for (int t = start; t < end; t++) {
            float[] row = score[(t - start) % ring];
            float gain = (float) (x[t] - BEAT_COST);
            for (int k = 0; k < periods; k++) {
                int p = pMin + k;
                int from = t - p;
                float best = none;
                byte choice = first;
                if (from >= start) {
                    float[] previous = score[(from - start) % ring];
                    float[] costs = change[k];
                    for (int d = -MAX_STEP; d <= MAX_STEP; d++) {
                        int kk = k + d;
                        if (kk < 0 || kk >= periods) {
                            continue;
                        }
                        float v = previous[kk] - costs[d + MAX_STEP];
                        if (v > best) {
                            best = v;
                            choice = (byte) d;
                        }
                    }
                }
                // A path may begin on any frame of the first beats of the music.
                if (from < start + pMax && best < 0) {
                    best = 0;
                    choice = first;
                }
                row[k] = best == none ? none : best + gain - prior[k];
                back[(t - start) * periods + k] = choice;
            }
        }
        // The end: the best beat in the last beat's length of music.
        int bestT = -1;
        int bestK = -1;
        float bestScore = none;
        for (int t = Math.max(start, end - pMax); t < end; t++) {
            float[] row = score[(t - start) % ring];
            for (int k = 0; k < periods; k++) {
                if (row[k] > bestScore) {
                    bestScore = row[k];
                    bestT = t;
                    bestK = k;
                }
            }
        }
        if (bestT < 0) {
            return new int[0];
        }
        int[] path = new int[span / pMin + 2];
        int n = 0;
        int t = bestT;
        int k = bestK;
        while (true) {
            path[n++] = t;
            byte choice = back[(t - start) * periods + k];
            if (choice == first) {
                break;
            }
            t -= pMin + k;
            k += choice;
        }
        int[] beats = new int[n];
        for (int i = 0; i < n; i++) {
            beats[i] = path[n - 1 - i];
        }
        return beats;
    }

    /** The onset peak nearest a beat within {@code reach} frames, between frames by a parabola; else the beat. */
    private static double snap(float[] x, int at, int reach) {
        int best = at;
        for (int i = Math.max(1, at - reach); i <= Math.min(x.length - 2, at + reach); i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        if (best <= 0 || best >= x.length - 1 || x[best] <= 0.5f) {
            return at;
        }
        double a = x[best - 1];
        double b = x[best];
        double c = x[best + 1];
        double den = a - 2 * b + c;
        double shift = den < 0 ? 0.5 * (a - c) / den : 0;
        return best + Math.max(-0.5, Math.min(0.5, shift));
    }

    private static float peak(float[] x, int at, int reach) {
        float best = 0;
        for (int i = Math.max(0, at - reach); i <= Math.min(x.length - 1, at + reach); i++) {
            best = Math.max(best, x[i]);
        }
        return best;
    }

    /**
     * Per beat: its onset against the envelope's level over the surrounding four seconds, 1 for a clear onset,
     * 0 where nothing marks the beat (bridged at the tempo around it); smoothed over five beats, as a listener's
     * sense of the beat does not vanish at one weak beat.
     */
    private static float[] confidence(float[] strength, float[] x, int[] frames, double fps) {
        int n = frames.length;
        float[] raw = new float[n];
        int w = (int) Math.round(2 * fps);
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, frames[i] - w);
            int hi = Math.min(x.length, frames[i] + w);
            double mean = (prefix[hi] - prefix[lo]) / Math.max(1, hi - lo);
            double ratio = strength[i] / Math.max(0.05, Math.max(mean, 0.25));
            raw[i] = (float) Math.max(0, Math.min(1, (ratio - 0.8) / 2.2));
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            int c = 0;
            for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
                s += raw[j];
                c++;
            }
            out[i] = (float) (s / c);
        }
        return out;
    }

    /**
     * The first downbeat: of the phases a bar can have over the tracked beats, the one whose beats carry the most
     * low-band onset (the kick on one) plus a bonus for the phase the overall analysis chose.
     */
    private static int downbeat(double[] times, Envelope env, double firstDownbeat, int beatsPerBar) {
        int nearest = 0;
        for (int i = 0; i < times.length; i++) {
            if (Math.abs(times[i] - firstDownbeat) < Math.abs(times[nearest] - firstDownbeat)) {
                nearest = i;
            }
        }
        int phase = nearest % beatsPerBar;
        if (beatsPerBar > 1 && env.low() != null) {
            double[] sums = new double[beatsPerBar];
            int[] counts = new int[beatsPerBar];
            for (int i = 0; i < times.length; i++) {
                int f = (int) Math.round((times[i] - env.offset()) * env.fps());
                float v = 0;
                for (int j = Math.max(0, f - 1); j <= Math.min(env.low().length - 1, f + 1); j++) {
                    v = Math.max(v, env.low()[j]);
                }
                sums[i % beatsPerBar] += v;
                counts[i % beatsPerBar]++;
            }
            double[] mean = new double[beatsPerBar];
            double total = 0;
            for (int q = 0; q < beatsPerBar; q++) {
                mean[q] = counts[q] == 0 ? 0 : sums[q] / counts[q];
                total += mean[q];
            }
            // The overall analysis weighed harmony and the low band over the grid: its phase wins unless the
            // tracked beats' kicks say clearly otherwise.
            mean[phase] += 0.25 * total / beatsPerBar;
            int best = phase;
            for (int q = 0; q < beatsPerBar; q++) {
                if (mean[q] > mean[best]) {
                    best = q;
                }
            }
            phase = best;
        }
        int first = phase;
        // The first downbeat at or after the music's start.
        return Math.min(first, times.length - 1);
    }

    /** For tests: the envelope of a list of onset times. */
    static Envelope impulses(double[] onsets, double seconds, double fps) {
        float[] x = new float[(int) Math.ceil(seconds * fps) + 1];
        for (double t : onsets) {
            int f = (int) Math.round(t * fps);
            if (f >= 0 && f < x.length) {
                x[f] += 1;
            }
        }
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        float[] y = Arrays.copyOf(x, x.length);
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (y[i] / mean);
        }
        return new Envelope(y, y, null, 0, fps, 0, 0);
    }
}
