package org.toetempo.song.analysis;

/** Small numeric helpers of the beat analysis: a fast logarithm, the tempo prior, autocorrelation, interpolation. */
final class SignalMath {

    private SignalMath() {
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

    /** Log-Gaussian preference for tempi near {@link TempoSearch#PRIOR_BPM}; {@code octaves} is the standard deviation. */
    static double prior(double bpm, double octaves) {
        double z = Math.log(bpm / TempoSearch.PRIOR_BPM) / Math.log(2) / octaves;
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
