package org.toetempo.song.analysis;

/**
 * A real-input FFT of a fixed power-of-two size: the power spectrum of one frame, by a complex FFT of half the
 * size on the even/odd samples and one more butterfly stage. Not thread-safe (scratch arrays); one per analysis.
 */
final class RealFft {

    private final int n;
    private final int half;
    private final int[] bitReverse;
    private final double[] cos;
    private final double[] sin;
    private final double[] re;
    private final double[] im;
    private final double[] postCos;
    private final double[] postSin;

    RealFft(int n) {
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two: " + n);
        }
        this.n = n;
        this.half = n / 2;
        int bits = Integer.numberOfTrailingZeros(half);
        bitReverse = new int[half];
        for (int i = 0; i < half; i++) {
            bitReverse[i] = Integer.reverse(i) >>> (32 - bits);
        }
        cos = new double[half / 2];
        sin = new double[half / 2];
        for (int i = 0; i < half / 2; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / half);
            sin[i] = -Math.sin(2 * Math.PI * i / half);
        }
        postCos = new double[half];
        postSin = new double[half];
        for (int k = 0; k < half; k++) {
            postCos[k] = Math.cos(2 * Math.PI * k / n);
            postSin[k] = -Math.sin(2 * Math.PI * k / n);
        }
        re = new double[half];
        im = new double[half];
    }

    int size() {
        return n;
    }

    /** Writes |X[k]|² for k = 0 .. n/2 into {@code power} (length at least n/2 + 1). */
    void power(float[] frame, float[] power) {
        for (int i = 0; i < half; i++) {
            int j = bitReverse[i];
            re[j] = frame[2 * i];
            im[j] = frame[2 * i + 1];
        }
        for (int size = 2; size <= half; size <<= 1) {
            int step = half / size;
            int h = size >> 1;
            for (int start = 0; start < half; start += size) {
                for (int k = 0, t = 0; k < h; k++, t += step) {
                    int a = start + k;
                    int b = a + h;
                    double wr = cos[t];
                    double wi = sin[t];
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
        // Split the half-size transform Z into the real transform X.
        power[0] = (float) ((re[0] + im[0]) * (re[0] + im[0]));
        power[half] = (float) ((re[0] - im[0]) * (re[0] - im[0]));
        for (int k = 1; k < half; k++) {
            double zr = re[k];
            double zi = im[k];
            double cr = re[half - k];
            double ci = -im[half - k];
            double er = 0.5 * (zr + cr);
            double ei = 0.5 * (zi + ci);
            double or = 0.5 * (zi - ci);
            double oi = -0.5 * (zr - cr);
            double xr = er + postCos[k] * or - postSin[k] * oi;
            double xi = ei + postCos[k] * oi + postSin[k] * or;
            power[k] = (float) (xr * xr + xi * xi);
        }
    }
}
