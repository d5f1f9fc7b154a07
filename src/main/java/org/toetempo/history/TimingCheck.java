package org.toetempo.history;

/**
 * The optional timing self-check for one exercise in one block: the user tapped on each lift, and this is how
 * early (negative) or late (positive) the taps were.
 *
 * @param block     index of the block in the routine (an exercise may be played in several tempo modes)
 * @param taps      how many taps were matched to a lift
 * @param meanMs    mean offset from the beat, in milliseconds (negative: early)
 * @param spreadMs  standard deviation of the offsets, in milliseconds (0 for fewer than two taps)
 */
public record TimingCheck(int block, String exercise, int taps, double meanMs, double spreadMs) {

    /** Fewest taps for a verdict on the beat. */
    public static final int MIN_TAPS = 4;
    /** On the beat: the mean offset within this [default]. */
    public static final double ON_BEAT_MEAN_MS = 80;
    /** On the beat: and the spread within this [default]. */
    public static final double ON_BEAT_SPREAD_MS = 100;

    public TimingCheck {
        if (exercise == null || taps < 0 || !Double.isFinite(meanMs) || !(spreadMs >= 0) || !Double.isFinite(spreadMs)) {
            throw new IllegalArgumentException("a timing check needs an exercise, a tap count and finite figures");
        }
    }

    /** Mean and (sample) standard deviation of tap offsets in milliseconds. */
    public static TimingCheck of(int block, String exercise, double[] offsetsMs) {
        int n = offsetsMs.length;
        if (n == 0) {
            return new TimingCheck(block, exercise, 0, 0, 0);
        }
        double mean = 0;
        for (double offset : offsetsMs) {
            mean += offset;
        }
        mean /= n;
        double squares = 0;
        for (double offset : offsetsMs) {
            squares += (offset - mean) * (offset - mean);
        }
        double spread = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        return new TimingCheck(block, exercise, n, round(mean), round(spread));
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** Enough taps, close enough to the beat and steady enough: the catalogue's "stayed on beat". */
    public boolean onBeat() {
        return taps >= MIN_TAPS && Math.abs(meanMs) <= ON_BEAT_MEAN_MS && spreadMs <= ON_BEAT_SPREAD_MS;
    }

    /** A verdict is possible: enough taps. */
    public boolean conclusive() {
        return taps >= MIN_TAPS;
    }
}
