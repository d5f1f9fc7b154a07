package org.toetempo.song.analysis;

import org.toetempo.song.decode.PcmSink;

import java.util.Arrays;

import static org.toetempo.song.analysis.OnsetEnvelope.CHROMA;
import static org.toetempo.song.analysis.OnsetEnvelope.FFT;
import static org.toetempo.song.analysis.OnsetEnvelope.HOP;

/**
 * Builds a song's {@link OnsetEnvelope} from its mono mix as it is decoded: the samples are decimated (a box average;
 * aliasing does not matter for onsets) into a window of one FFT, and each hop's spectrum is reduced at once to its
 * flux, low-band flux, energy and coarse bands. So the analysis holds about 60 bytes a frame (5 MB for an hour)
 * instead of the song's samples (600 MB for an hour of stereo floats). The result is the same, to the bit, as
 * computing the spectra over the whole song held in memory.
 */
final class OnsetEnvelopeBuilder implements PcmSink {

    private static final float GAMMA = 1e4f;
    private static final int BINS = FFT / 2;

    private final RealFft fft = new RealFft(FFT);
    private final float[] frame = new float[FFT];
    private final float[] power = new float[BINS + 1];
    private float[] log = new float[BINS + 1];
    private float[] prev = new float[BINS + 1];
    /** The decimated samples of the frame being filled; half a window of silence in front, so the first frame is centred on the first sample. */
    private final float[] y = new float[FFT];
    private int filled = FFT / 2;

    private int sampleRate;
    private int k;
    private double fps;
    private float[] window;
    private int lowBins;
    private int[] bandEdge;
    private float sum;
    private int summed;
    private long samples;

    private int frames;
    private float[] flux = new float[4096];
    private float[] lowFlux = new float[4096];
    private float[] energy = new float[4096];
    private float[] bands = new float[4096 * CHROMA];

    @Override
    public void begin(int rate, int channels) {
        if (rate < 4000) {
            throw new IllegalArgumentException("sample rate too low: " + rate);
        }
        sampleRate = rate;
        k = Math.max(1, (int) Math.round(rate / OnsetEnvelope.TARGET_RATE));
        double r = rate / (double) k;
        fps = r / HOP;
        window = new float[FFT];
        float scale = 1f / k;
        for (int i = 0; i < FFT; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FFT)) * scale;
        }
        lowBins = (int) Math.ceil(OnsetEnvelope.LOW_HZ / (r / FFT));
        // Harmonic bands: 12 log-spaced bands between 60 and 2000 Hz.
        bandEdge = new int[CHROMA + 1];
        for (int b = 0; b <= CHROMA; b++) {
            double hz = 60 * Math.pow(2000 / 60.0, b / (double) CHROMA);
            bandEdge[b] = Math.max(1, (int) Math.round(hz / (r / FFT)));
        }
        for (int b = 1; b <= CHROMA; b++) {
            bandEdge[b] = Math.max(bandEdge[b], bandEdge[b - 1] + 1);
        }
    }

    /** Sizes the per-frame arrays for the whole song at once: no doubling and copying of an hour's 20 MB. */
    @Override
    public void expect(long sampleFrames) {
        if (k == 0 || frames > 0) {
            return;
        }
        long n = sampleFrames / k + FFT / 2;
        long capacity = n >= FFT ? 1 + (n - FFT) / HOP : 0;
        if (capacity > flux.length && capacity * CHROMA < Integer.MAX_VALUE) {
            int c = (int) capacity;
            flux = new float[c];
            lowFlux = new float[c];
            energy = new float[c];
            bands = new float[c * CHROMA];
        }
    }

    @Override
    public void block(float[] mono, short[] stereo, int n) {
        mono(mono, n);
    }

    /** The next {@code n} mono samples. */
    void mono(float[] x, int n) {
        samples += n;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            if (++summed == k) {
                y[filled++] = sum;
                sum = 0;
                summed = 0;
                if (filled == FFT) {
                    spectrum();
                    System.arraycopy(y, HOP, y, 0, FFT - HOP);
                    filled -= HOP;
                }
            }
        }
    }

    /** The song's length so far, in seconds. */
    double seconds() {
        return sampleRate == 0 ? 0 : samples / (double) sampleRate;
    }

    int sampleRate() {
        return sampleRate;
    }

    /** The envelope of everything fed in; the builder lets go of its arrays (an hour's are 20 MB) and is done. */
    OnsetEnvelope finish() {
        float[] b = exact(bands, frames * CHROMA);
        bands = null;
        float[] f = exact(flux, frames);
        float[] l = exact(lowFlux, frames);
        float[] e = exact(energy, frames);
        flux = null;
        lowFlux = null;
        energy = null;
        return OnsetEnvelope.finish(fps, frames, f, l, e, b);
    }

    private static float[] exact(float[] x, int length) {
        return x.length == length ? x : Arrays.copyOf(x, length);
    }

    /** The window in {@code y} is full: its flux, low-band flux, energy and coarse bands. */
    private void spectrum() {
        if (frames == flux.length) {
            int more = frames + (frames >> 1);
            flux = Arrays.copyOf(flux, more);
            lowFlux = Arrays.copyOf(lowFlux, more);
            energy = Arrays.copyOf(energy, more);
            bands = Arrays.copyOf(bands, more * CHROMA);
        }
        int f = frames++;
        for (int i = 0; i < FFT; i++) {
            frame[i] = y[i] * window[i];
        }
        fft.power(frame, power);
        float e = 0;
        float total = 0;
        float totalLow = 0;
        for (int b = 1; b <= BINS; b++) {
            float p = power[b];
            e += p;
            float l = SignalMath.fastLn(1 + GAMMA * p);
            log[b] = l;
            float d = l - prev[b];
            if (d > 0) {
                total += d;
                if (b <= lowBins) {
                    totalLow += d;
                }
            }
        }
        float[] t = prev;
        prev = log;
        log = t;
        for (int c = 0; c < CHROMA; c++) {
            float s = 0;
            for (int b = bandEdge[c]; b < bandEdge[c + 1]; b++) {
                s += power[b];
            }
            bands[f * CHROMA + c] = SignalMath.fastLn(1 + GAMMA * s / (bandEdge[c + 1] - bandEdge[c]));
        }
        // Below a floor (a few hundredths of a neper per bin) is no onset but rounding and leakage: a steady
        // tone must not become a beat once the envelope is normalised.
        flux[f] = Math.max(0, total - 3f);
        lowFlux[f] = Math.max(0, totalLow - 0.3f);
        energy[f] = e;
    }
}
