package org.toetempo.song.analysis;

import org.toetempo.timing.BeatMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds a song's tempo, beat phase, bar phase and a confidence from mono PCM. Pure Java, no state between calls,
 * safe to call from several threads.
 *
 * <ol>
 *   <li><b>Onset strength</b>: the audio is decimated to about 11 kHz; a 512-point STFT (hop 128, about 11.6 ms)
 *       gives log-compressed power spectra; their half-wave rectified frame-to-frame
 *       increase summed over frequency (spectral flux), above a small floor, less its moving average and clipped
 *       at twice its 99th percentile, is the onset envelope. The band below 150 Hz (kick, bass) is also kept
 *       apart. Frames before the first sound (within 45 dB of the loud part) are silence.</li>
 *   <li><b>Tempo candidates</b>: the envelope's autocorrelation, averaged at 1, 2, 3 and 4 times each lag (periods
 *       from 40 to 240 BPM); its three strongest peaks under a broad prior, and each one's ×⅓, ×½, ×⅔, ×3/2, ×2
 *       and ×3, within 50 to 220 BPM.</li>
 *   <li><b>Period and phase</b>: each candidate is refined by a comb of pulses over the whole song (fractional
 *       period, every phase); the winner is refined again and then fitted by least squares to its beats' onset
 *       peaks, so the grid stays on the beat for the whole song.</li>
 *   <li><b>Octave</b>: the candidates compete on how strongly their pulses land on onsets (in the full and the
 *       low band), how weak the points halfway and a third of the way between them are (strong ones mean the beat
 *       is faster), whether the low band alternates from beat to beat (kick on 1 and 3, snare on 2 and 4), whether
 *       at least 80% of the beats are heard, and a log-Gaussian prior for exercise music centred at 120 BPM
 *       (standard deviation 0.42 octave). See {@code score}.</li>
 *   <li><b>First beat</b>: the first beat of the grid at or after the first clear onset (so after silence or a
 *       quiet intro); then the bar phase (meter 3 or 4) from low-band onsets and harmonic change at each beat, and
 *       the first downbeat (the first beat itself when the bars are unclear).</li>
 *   <li><b>Confidence</b>: how far the grid's pulses stand above the envelope's mean and the share of beats with
 *       an onset; below {@link #MIN_CONFIDENCE}, or for audio shorter than {@link #MIN_SECONDS}, there is no beat.</li>
 * </ol>
 */
public final class BeatAnalyzer {

    /** Below this confidence the analysis reports no beat. */
    public static final double MIN_CONFIDENCE = 0.15;
    /** Shorter audio has too few beats to trust. */
    public static final double MIN_SECONDS = 5;

    static final double TARGET_RATE = 11025;
    static final int FFT = 512;
    static final int HOP = 128;
    static final double MIN_BPM = 40;
    static final double MAX_BPM = 240;
    /** The tempos reported: a candidate outside is replaced by its double or half. */
    static final double LOW_BPM = 50;
    static final double HIGH_BPM = 220;
    static final double PRIOR_BPM = 120;
    static final double PRIOR_OCTAVES = 0.42;
    /** Low band upper edge for the bar phase. */
    static final double LOW_HZ = 150;
    /**
     * Added to every frame's time. Measured on the evaluation songs, first beats land +1 ms from the notes (mean
     * absolute error 3.5 ms), and on clean synthetic clicks 11 ms early, so no correction is applied.
     */
    static final double LATENCY_SECONDS = 0.0;

    static final boolean DEBUG = Boolean.getBoolean("toetempo.analysis.debug");

    private BeatAnalyzer() {
    }

    /** Everything the analysis found, for the benchmark and the tests; {@link SongAnalysis} is the public summary. */
    public record Detail(double bpm, double firstBeat, double firstDownbeat, int beatsPerBar, double confidence,
                         double musicStart, double durationSeconds) {

        public boolean found() {
            return bpm > 0;
        }
    }

    /** Analyses mono samples (full scale ±1). */
    public static SongAnalysis analyze(float[] samples, int sampleRate) {
        long start = System.nanoTime();
        Detail d = detail(samples, sampleRate);
        double seconds = (System.nanoTime() - start) / 1e9;
        return summary(d, seconds);
    }

    static SongAnalysis summary(Detail d, double seconds) {
        return summary(new Tracked(d, null), seconds);
    }

    /** The summary of a tracked song: its tempo is the beat map's median, its first beat the map's first downbeat. */
    static SongAnalysis summary(Tracked t, double seconds) {
        Detail d = t.detail();
        if (!d.found()) {
            return SongAnalysis.noBeat(d.confidence(), d.durationSeconds(), seconds);
        }
        if (t.map() == null) {
            return new SongAnalysis(d.bpm(), d.firstDownbeat(), d.confidence(), d.durationSeconds(), seconds, null);
        }
        return new SongAnalysis(t.map().medianBpm(), t.map().firstDownbeatSeconds(), d.confidence(), d.durationSeconds(),
                seconds, t.map());
    }

    /** The overall analysis and the beat map that follows the song beat by beat ({@code null} when no beat). */
    public record Tracked(Detail detail, BeatMap map) {
    }

    /** The overall analysis, then the beat tracked through the whole song ({@link BeatTracker}). */
    public static Tracked track(float[] samples, int sampleRate) {
        if (sampleRate < 4000) {
            throw new IllegalArgumentException("sample rate too low: " + sampleRate);
        }
        double duration = samples.length / (double) sampleRate;
        if (duration < MIN_SECONDS) {
            return new Tracked(new Detail(0, 0, 0, 0, 0, 0, duration), null);
        }
        Envelope env = Envelope.of(samples, sampleRate);
        if (env.musicStartFrame < 0) {
            return new Tracked(new Detail(0, 0, 0, 0, 0, 0, duration), null);
        }
        Detail detail = new Tracker(env, duration).run(true);
        if (!detail.found()) {
            return new Tracked(detail, null);
        }
        BeatMap map = BeatTracker.track(new BeatTracker.Envelope(env.onset, env.low, env.bands,
                Envelope.CHROMA, env.fps, env.offset, env.musicStartFrame), detail.bpm(), detail.firstDownbeat(), Math.max(1, detail.beatsPerBar()));
        // The confidence is the better of the steady grid's fit and the tracked beats' clarity: a song that
        // drifts fits no grid, yet every beat of it is clear.
        double confidence = Math.max(detail.confidence(), map == null ? 0 : map.meanConfidence());
        if (map == null || confidence < MIN_CONFIDENCE) {
            return new Tracked(new Detail(0, 0, 0, 0, Math.min(confidence, MIN_CONFIDENCE * 0.999), 0, duration), null);
        }
        return new Tracked(new Detail(detail.bpm(), detail.firstBeat(), detail.firstDownbeat(), detail.beatsPerBar(),
                Math.min(1, confidence), detail.musicStart(), duration), map);
    }

    /** The full analysis. */
    public static Detail detail(float[] samples, int sampleRate) {
        if (sampleRate < 4000) {
            throw new IllegalArgumentException("sample rate too low: " + sampleRate);
        }
        double duration = samples.length / (double) sampleRate;
        if (duration < MIN_SECONDS) {
            return new Detail(0, 0, 0, 0, 0, 0, duration);
        }
        Envelope env = Envelope.of(samples, sampleRate);
        if (env.musicStartFrame < 0) {
            return new Detail(0, 0, 0, 0, 0, 0, duration);
        }
        return new Tracker(env, duration).run();
    }

    // ------------------------------------------------------------------------------------------ onset envelope

    /** The onset envelopes and per-frame features of one song. */
    static final class Envelope {
        final double fps;
        final int frames;
        /** Full-band onset strength, moving average removed, rectified; then smoothed a little. */
        final float[] onset;
        /** Low-band onset strength. */
        final float[] low;
        /** Onset strength above the low band (snare, hands, chords). */
        final float[] mid;

        /** Per frame, a coarse log spectrum of the band 60-2000 Hz (for harmonic change), {@link #CHROMA} values each. */
        final float[] bands;
        /** First frame with sound (within 45 dB of the loud part), or -1 for silence. */
        final int musicStartFrame;
        /** Seconds of frame {@code i}'s centre, less than the latency: {@code offset + i / fps}. */
        final double offset;

        static final int CHROMA = 12;

        private Envelope(double fps, int frames, float[] onset, float[] low, float[] mid, float[] bands,
                         int musicStartFrame, double offset) {
            this.fps = fps;
            this.frames = frames;
            this.onset = onset;
            this.low = low;
            this.mid = mid;
            this.bands = bands;
            this.musicStartFrame = musicStartFrame;
            this.offset = offset;
        }

        double time(double frame) {
            return offset + frame / fps;
        }

        double frame(double seconds) {
            return (seconds - offset) * fps;
        }

        static Envelope of(float[] x, int rate) {
            int k = Math.max(1, (int) Math.round(rate / TARGET_RATE));
            double r = rate / (double) k;
            // Half a window of silence in front: the first frame is centred on the first sample, and a sound
            // right at the start is an onset.
            int pad = FFT / 2;
            int n = x.length / k + pad;
            int frames = n >= FFT ? 1 + (n - FFT) / HOP : 0;
            double fps = r / HOP;
            float[] window = new float[FFT];
            float scale = 1f / k;
            for (int i = 0; i < FFT; i++) {
                window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FFT)) * scale;
            }
            int lowBins = (int) Math.ceil(LOW_HZ / (r / FFT));
            // Harmonic bands: 12 log-spaced bands between 60 and 2000 Hz.
            int[] bandEdge = new int[Envelope.CHROMA + 1];
            for (int b = 0; b <= Envelope.CHROMA; b++) {
                double hz = 60 * Math.pow(2000 / 60.0, b / (double) Envelope.CHROMA);
                bandEdge[b] = Math.max(1, (int) Math.round(hz / (r / FFT)));
            }
            for (int b = 1; b <= Envelope.CHROMA; b++) {
                bandEdge[b] = Math.max(bandEdge[b], bandEdge[b - 1] + 1);
            }
            float[] flux = new float[frames];
            float[] lowFlux = new float[frames];
            float[] energy = new float[frames];
            float[] bands = new float[frames * Envelope.CHROMA];
            // Decimate by a box average (aliasing does not matter for onsets).
            float[] y = new float[n];
            for (int i = pad, p = 0; i < n; i++) {
                float s = 0;
                for (int j = 0; j < k; j++) {
                    s += x[p++];
                }
                y[i] = s;
            }
            // One pass over all frames: splitting them over the common pool's threads gained nothing measurable (see
            // docs/benchmarks.md), and the app creates its threads in one place only.
            spectra(y, window, 0, frames, lowBins, bandEdge, flux, lowFlux, energy, bands);
            int start = musicStart(energy);
            // Silence before the music: no onsets there (the first frame of sound is one).
            float[] midFlux = new float[frames];
            for (int i = 0; i < frames; i++) {
                midFlux[i] = Math.max(0, flux[i] - lowFlux[i]);
            }
            float[] onset = detrend(flux, fps);
            float[] low = detrend(lowFlux, fps);
            float[] mid = detrend(midFlux, fps);
            if (start > 0) {
                Arrays.fill(onset, 0, Math.min(frames, start), 0f);
                Arrays.fill(low, 0, Math.min(frames, start), 0f);
            }
            // The sound after silence (at the start of the file, or after a pause) is one huge onset that would
            // pull every grid through it: the envelopes are clipped at twice their 99th percentile.
            clip(onset, Math.max(0, start));
            clip(low, Math.max(0, start));
            if (start > 0) {
                Arrays.fill(mid, 0, Math.min(frames, start), 0f);
            }
            clip(mid, Math.max(0, start));
            double offset = LATENCY_SECONDS;
            return new Envelope(fps, frames, onset, low, mid, bands, start, offset);
        }

        /** Frames {@code [f0, f1)}: flux, low-band flux, energy and coarse bands (frame {@code f0 - 1} primes the flux). */
        private static void spectra(float[] y, float[] window, int f0, int f1, int lowBins, int[] bandEdge, float[] flux,
                                    float[] lowFlux, float[] energy, float[] bands) {
            final float gamma = 1e4f;
            int bins = FFT / 2;
            RealFft fft = new RealFft(FFT);
            float[] frame = new float[FFT];
            float[] power = new float[bins + 1];
            float[] log = new float[bins + 1];
            float[] prev = new float[bins + 1];
            for (int f = Math.max(0, f0 - 1); f < f1; f++) {
                int at = f * HOP;
                for (int i = 0; i < FFT; i++) {
                    frame[i] = y[at + i] * window[i];
                }
                fft.power(frame, power);
                float e = 0;
                float sum = 0;
                float sumLow = 0;
                for (int b = 1; b <= bins; b++) {
                    float p = power[b];
                    e += p;
                    float l = fastLn(1 + gamma * p);
                    log[b] = l;
                    float d = l - prev[b];
                    if (d > 0) {
                        sum += d;
                        if (b <= lowBins) {
                            sumLow += d;
                        }
                    }
                }
                float[] t = prev;
                prev = log;
                log = t;
                if (f < f0) {
                    continue;
                }
                for (int c = 0; c < Envelope.CHROMA; c++) {
                    float s = 0;
                    for (int b = bandEdge[c]; b < bandEdge[c + 1]; b++) {
                        s += power[b];
                    }
                    bands[f * Envelope.CHROMA + c] = fastLn(1 + gamma * s / (bandEdge[c + 1] - bandEdge[c]));
                }
                // Below a floor (a few hundredths of a neper per bin) is no onset but rounding and leakage: a steady
                // tone must not become a beat once the envelope is normalised.
                flux[f] = Math.max(0, sum - 3f);
                lowFlux[f] = Math.max(0, sumLow - 0.3f);
                energy[f] = e;
            }
        }

        /** The first frame within 45 dB of the loud part; -1 if everything is (near) silent. */
        private static int musicStart(float[] energy) {
            if (energy.length == 0) {
                return -1;
            }
            float[] sorted = energy.clone();
            Arrays.sort(sorted);
            // The loud part: sparse sounds (a click every second) fill few frames, so a high percentile.
            float loud = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.995))];
            // Full-scale sine through the window is about 1e4 in power; below 1e-5 of that is silence.
            if (loud < 1e-1f) {
                return -1;
            }
            float threshold = loud * 3.2e-5f;
            for (int i = 0; i < energy.length; i++) {
                if (energy[i] > threshold) {
                    return i;
                }
            }
            return -1;
        }

        private static void clip(float[] x, int from) {
            if (x.length - from < 100) {
                return;
            }
            float[] sorted = Arrays.copyOfRange(x, from, x.length);
            Arrays.sort(sorted);
            float limit = 2 * sorted[(int) (sorted.length * 0.99)];
            if (limit <= 0) {
                return;
            }
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.min(x[i], limit);
                total += x[i];
            }
            double mean = total / x.length;
            if (mean > 0) {
                float scale = (float) (1 / mean);
                for (int i = 0; i < x.length; i++) {
                    x[i] *= scale;
                }
            }
        }

        /** Less the moving average over about 0.25 s on each side, rectified, scaled to unit mean. */
        private static float[] detrend(float[] x, double fps) {
            int n = x.length;
            int w = Math.max(1, (int) Math.round(0.25 * fps));
            float[] out = new float[n];
            double sum = 0;
            int lo = 0;
            int hi = -1;
            double total = 0;
            for (int i = 0; i < n; i++) {
                while (hi < Math.min(n - 1, i + w)) {
                    sum += x[++hi];
                }
                while (lo < i - w) {
                    sum -= x[lo++];
                }
                double mean = sum / (hi - lo + 1);
                float v = (float) Math.max(0, x[i] - mean);
                out[i] = v;
                total += v;
            }
            double mean = total / Math.max(1, n);
            if (mean > 0) {
                float s = (float) (1 / mean);
                for (int i = 0; i < n; i++) {
                    out[i] *= s;
                }
            }
            return out;
        }
    }

    /** ln(x) for x ≥ 1 to about 1e-4, from the float's exponent and a polynomial of its mantissa. */
    static float fastLn(float x) {
        int bits = Float.floatToRawIntBits(x);
        int exponent = ((bits >> 23) & 0xff) - 127;
        float m = Float.intBitsToFloat((bits & 0x007fffff) | 0x3f800000); // 1 <= m < 2
        // ln(m) on [1, 2): a fitted polynomial in (m - 1).
        float t = m - 1;
        float lnm = t * (0.99949556f + t * (-0.49190896f + t * (0.28947478f + t * (-0.13606275f + t * 0.03215845f))));
        return exponent * 0.6931472f + lnm;
    }

    // ------------------------------------------------------------------------------------------ tempo and phase

    /** The tempo, phase and bar search over one envelope. */
    static final class Tracker {
        private final Envelope env;
        private final double duration;
        private final float[] o;

        Tracker(Envelope env, double duration) {
            this.env = env;
            this.duration = duration;
            this.o = env.onset;
        }

        Detail run() {
            return run(false);
        }

        /**
         * The analysis; with {@code keepWeak}, a tempo whose steady grid fits the song poorly is kept (with its low
         * confidence) instead of "no beat": a song whose tempo moves fits no steady grid, and the tracker decides.
         */
        Detail run(boolean keepWeak) {
            double fps = env.fps;
            int n = o.length;
            int maxLag = (int) Math.min(n - 1, Math.ceil(4 * 60 * fps / MIN_BPM) + 2);
            if (maxLag < 60 * fps / MIN_BPM * 1.5) {
                return none(0);
            }
            double[] acf = autocorrelation(o, maxLag);
            // Harmonic-enhanced salience over log-spaced tempi.
            int steps = (int) Math.ceil(Math.log(MAX_BPM / MIN_BPM) / Math.log(1.005));
            double[] salience = new double[steps + 1];
            for (int s = 0; s <= steps; s++) {
                double bpm = MIN_BPM * Math.pow(1.005, s);
                double lag = 60 * fps / bpm;
                double v = 0;
                double weight = 0;
                for (int h = 1; h <= 4; h++) {
                    double l = h * lag;
                    if (l >= maxLag) {
                        break;
                    }
                    v += interpolate(acf, l);
                    weight += 1;
                }
                salience[s] = weight > 0 ? v / weight : 0;
            }
            // The strongest peaks under a broad prior, and their relatives, compete below.
            List<Double> references = new ArrayList<>();
            double[] peakValue = new double[steps + 1];
            for (int s = 1; s < steps; s++) {
                if (salience[s] >= salience[s - 1] && salience[s] >= salience[s + 1] && salience[s] > 0) {
                    peakValue[s] = salience[s] * prior(MIN_BPM * Math.pow(1.005, s), 1.2);
                }
            }
            for (int r = 0; r < 3; r++) {
                int best = -1;
                for (int s = 1; s < steps; s++) {
                    if (peakValue[s] > 0 && (best < 0 || peakValue[s] > peakValue[best])) {
                        best = s;
                    }
                }
                if (best < 0) {
                    break;
                }
                references.add(MIN_BPM * Math.pow(1.005, best));
                peakValue[best] = 0;
            }
            if (references.isEmpty() || !(acf[0] > 0)) {
                return none(0);
            }
            List<Double> tempi = new ArrayList<>();
            for (double reference : references) {
                for (double ratio : new double[] {1.0 / 3, 0.5, 2.0 / 3, 1, 1.5, 2, 3}) {
                    double bpm = reference * ratio;
                    if (bpm < LOW_BPM || bpm > HIGH_BPM || tempi.stream().anyMatch(t -> Math.abs(t / bpm - 1) < 0.015)) {
                        continue;
                    }
                    tempi.add(bpm);
                }
            }
            Candidate chosen = null;
            double chosenScore = Double.NEGATIVE_INFINITY;
            for (double bpm : tempi) {
                Candidate c = refine(60 * fps / bpm, 0.015, 0.0025);
                double score = score(c);
                if (DEBUG) {
                    System.err.printf(Locale.ROOT, "CAND %.3f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f%n",
                            c.bpm(), c.onBeat() / c.mean(), c.offBeat() / c.onBeat(), c.thirds() / c.onBeat(),
                            c.alternation(), c.lowOn() / c.lowMean(), c.lowOff() / Math.max(1e-9, c.lowOn()), c.lowAlternation(), c.hits(),
                            c.interleave());
                }
                if (score > chosenScore) {
                    chosenScore = score;
                    chosen = c;
                }
            }
            if (chosen == null) {
                return none(0);
            }
            chosen = refine(chosen.period(), 0.003, 0.0001);
            chosen = fit(chosen);
            double confidence = confidence(chosen);
            if (confidence < MIN_CONFIDENCE && !keepWeak) {
                return none(confidence);
            }
            double bpm = chosen.bpm();
            double firstBeat = firstBeat(chosen);
            int[] bar = barPhase(chosen, firstBeat);
            double firstDownbeat = firstBeat + bar[1] * chosen.period / fps;
            return new Detail(bpm, firstBeat, firstDownbeat, bar[0], confidence,
                    env.time(Math.max(0, env.musicStartFrame)), duration);
        }

        private Detail none(double confidence) {
            return new Detail(0, 0, 0, 0, Math.min(confidence, MIN_CONFIDENCE * 0.999), 0, duration);
        }

        /** A period and phase (frames) with the comb's evidence at the beats, between them and in the low band. */
        record Candidate(double period, double phase, double onBeat, double offBeat, double thirds, double mean,
                         double lowOn, double lowOff, double lowMean, double bpm, double alternation,
                         double lowAlternation, double hits, double interleave) {
        }

        private float[] smooth;
        private float[] lowSmooth;
        private float[] midSmooth;
        private int from;

        private float[] smoothed() {
            if (smooth == null) {
                smooth = triangle(o);
                lowSmooth = triangle(env.low);
                midSmooth = triangle(env.mid);
                from = Math.max(0, env.musicStartFrame);
            }
            return smooth;
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
        Candidate fit(Candidate c) {
            float[] s = smoothed();
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
            return new Candidate(period, phase, c.onBeat(), c.offBeat(), c.thirds(), c.mean(), c.lowOn(), c.lowOff(),
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
        Candidate refine(double period, double range, double step) {
            float[] s = smoothed();
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
            return new Candidate(bestPeriod, phase, on, off, thirds, mean, lowOn, lowOff, lowMean, 60 * env.fps / bestPeriod,
                    Math.abs(even - odd) / Math.max(1e-9, even + odd), Math.abs(lowEven - lowOdd) / Math.max(1e-9, lowEven + lowOdd),
                    hits(s, bestPeriod, phase, Math.max(0.25 * on, 1.5 * mean)), interleave);
        }

        /**
         * The octave decision's score of a candidate: strong low-band pulses (kick, bass) against the mean, weak
         * points halfway and a third of the way between beats (else the beat is faster), a backbeat (the low band
         * strong on one beat in two and the band above it on the other: kick on 1 and 3, snare on 2 and 4; this
         * "interleave" is what tells a 65 BPM ballad from 130 and 174 BPM drum and bass from 87), at least 80% of
         * beats heard, and the tempo prior. The weights were fitted on 160 songs made by the evaluation set's
         * generator (seeds 7 and 8), not on the sets the benchmark reports.
         */
        double score(Candidate c) {
            double lowOn = c.lowOn / Math.max(1e-9, c.lowMean);
            double offRatio = c.offBeat / Math.max(1e-9, c.onBeat);
            double thirdRatio = c.thirds / Math.max(1e-9, c.onBeat);
            double lowOffRatio = c.lowOff / Math.max(1e-9, c.lowOn);
            double z = Math.log(c.bpm / PRIOR_BPM) / Math.log(2) / PRIOR_OCTAVES;
            return -0.65 * offRatio - 3.2 * thirdRatio + 1.3 * c.alternation + 0.2 * c.lowAlternation
                    + 1.25 * Math.log(Math.max(lowOn, 1e-6)) + 0.23 * lowOffRatio + 5.1 * c.interleave - 0.5 * z * z
                    - 12 * Math.max(0, 0.8 - c.hits);
        }

        /**
         * How much the grid stands out, 0..1: its pulses against the envelope's mean (noise gives 1.1 to 1.4, music
         * 2.5 and more) and the share of beats with an onset (a steady tone or a hum has few).
         */
        double confidence(Candidate c) {
            double contrast = c.onBeat / Math.max(1e-9, c.mean);
            double clear = 1 / (1 + Math.exp(-(contrast - 1.8) / 0.2));
            double heard = Math.min(1, c.hits / 0.85);
            return Math.max(0, Math.min(1, clear * heard * heard));
        }

        /** The first grid beat at or after the first clear onset (after silence or a quiet intro), in seconds. */
        double firstBeat(Candidate c) {
            float[] s = smoothed();
            double threshold = 0.3 * c.onBeat;
            double k0 = Math.ceil((-3 - c.phase) / c.period);
            for (double k = k0; ; k++) {
                double t = c.phase + k * c.period;
                if (t >= s.length - 1) {
                    break;
                }
                if (t < from - 3) {
                    continue;
                }
                double peak = 0;
                for (int d = -2; d <= 2; d++) {
                    peak = Math.max(peak, interpolate(s, t + d));
                }
                if (peak >= threshold) {
                    return Math.max(0, env.time(t));
                }
            }
            return Math.max(0, env.time(c.phase + Math.ceil((from - c.phase) / c.period) * c.period));
        }

        /**
         * Meter (3 or 4) and which beat after the first is a downbeat: bars start where the low band (kick, bass)
         * hits hardest and the harmony changes most.
         */
        int[] barPhase(Candidate c, double firstBeatSeconds) {
            double first = env.frame(firstBeatSeconds);
            int beats = (int) ((o.length - 1 - first) / c.period);
            if (beats < 8) {
                return new int[] {4, 0};
            }
            double[] strength = new double[beats];
            double[] change = new double[beats];
            int bands = Envelope.CHROMA;
            double[] before = new double[bands];
            double[] after = new double[bands];
            for (int k = 0; k < beats; k++) {
                double t = first + k * c.period;
                strength[k] = interpolate(lowSmooth, t);
                // Harmonic change: the coarse spectrum over the beat after against the beat before.
                Arrays.fill(before, 0);
                Arrays.fill(after, 0);
                int a0 = (int) Math.max(0, t - c.period);
                int a1 = (int) t;
                int b1 = (int) Math.min(o.length - 1, t + c.period);
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

    /** Log-Gaussian preference for tempi near {@link #PRIOR_BPM}; {@code octaves} is the standard deviation. */
    static double prior(double bpm, double octaves) {
        double z = Math.log(bpm / PRIOR_BPM) / Math.log(2) / octaves;
        return Math.exp(-0.5 * z * z);
    }

    static double[] autocorrelation(float[] x, int maxLag) {
        int n = x.length;
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= n;
        float[] c = new float[n];
        for (int i = 0; i < n; i++) {
            c[i] = (float) (x[i] - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int lag = 0; lag <= maxLag; lag++) {
            double s = 0;
            int m = n - lag;
            for (int i = 0; i < m; i++) {
                s += c[i] * c[i + lag];
            }
            r[lag] = s / m;
        }
        return r;
    }

    static double interpolate(double[] a, double at) {
        int i = (int) at;
        if (i >= a.length - 1) {
            return a[a.length - 1];
        }
        double f = at - i;
        return a[i] * (1 - f) + a[i + 1] * f;
    }

    static double interpolate(float[] a, double at) {
        if (at < 0) {
            return 0;
        }
        int i = (int) at;
        if (i >= a.length - 1) {
            return i == a.length - 1 ? a[i] : 0;
        }
        double f = at - i;
        return a[i] * (1 - f) + a[i + 1] * f;
    }
}
