package org.toetempo.song.analysis;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The tempo the user taps (the T key or a button), for songs whose beat the analysis missed or got wrong. People
 * tap unevenly, miss a beat, bounce on the key and stop to listen, so the taps are read robustly: only the last
 * {@value #WINDOW} intervals count; the median of those sets what a beat is, an interval more than 40% off it
 * (a missed beat) is left out, and short ones (a doubled tap) are joined to the next so the extra tap is ignored; the
 * tempo is the mean of the beats that remain, which is steadier than their median because consecutive
 * intervals' errors cancel. A pause of more than 2.5 s, or 2.5 beats, starts over.
 *
 * <p>Not thread-safe; call it from one thread (the UI's).
 */
public final class TapTempo {

    /** How many of the latest intervals are used. */
    static final int WINDOW = 12;
    /** Taps needed before there is a tempo. */
    static final int MIN_TAPS = 4;
    static final double MIN_BPM = 30;
    static final double MAX_BPM = 300;
    private static final double TOLERANCE = 0.4;
    private static final long MAX_PAUSE_NANOS = 2_500_000_000L;
    private static final double MAX_PAUSE_BEATS = 2.5;
    private static final double NANOS_PER_MINUTE = 60e9;

    /** The current series' latest taps, at most WINDOW + 1 of them. */
    private final ArrayDeque<Long> times = new ArrayDeque<>();
    private int taps;

    /**
     * Records a tap at a time from a monotonic clock ({@link System#nanoTime()}). A tap at the same time as the
     * previous one is a duplicate event and ignored; one earlier than it cannot come from the same clock and starts
     * a new series, as does a long pause.
     */
    public void tap(long nanos) {
        if (!times.isEmpty()) {
            long interval = nanos - times.peekLast();
            if (interval == 0) {
                return;
            }
            if (interval < 0 || interval > MAX_PAUSE_NANOS || interval > MAX_PAUSE_BEATS * median(intervals())) {
                reset();
            }
        }
        times.addLast(nanos);
        if (times.size() > WINDOW + 1) {
            times.removeFirst();
        }
        taps++;
    }

    /**
     * The tapped tempo in beats per minute: from the {@value #MIN_TAPS}th tap of a series, when at least three
     * beats agree and the tempo is within 30 to 300 BPM; else empty.
     */
    public OptionalDouble bpm() {
        if (taps < MIN_TAPS) {
            return OptionalDouble.empty();
        }
        double[] intervals = intervals();
        double beat = median(intervals);
        double sum = 0;
        int beats = 0;
        double pending = 0;
        double previous = 0;        // the beat just before, if it was counted
        for (double interval : intervals) {
            pending += interval;
            if (pending < (1 - TOLERANCE) * beat) {
                continue;           // a doubled tap: the beat goes on to the next tap
            }
            previous = 0;
            if (pending <= (1 + TOLERANCE) * beat) {
                sum += pending;
                beats++;
                previous = pending;
            }
            pending = 0;            // a beat, or a missed one (left out)
        }
        if (pending > 0 && previous > 0) {
            // Doubled just now: the latest tap bounced, or the one before was early; the next tap will tell.
            sum -= previous;
            beats--;
        }
        if (beats < MIN_TAPS - 1) {
            return OptionalDouble.empty();
        }
        double bpm = NANOS_PER_MINUTE * beats / sum;
        return bpm >= MIN_BPM && bpm <= MAX_BPM ? OptionalDouble.of(bpm) : OptionalDouble.empty();
    }

    /** Taps in the current series (since the last reset or long pause). */
    public int taps() {
        return taps;
    }

    /** The latest tap's time, if the series has one. */
    public OptionalLong lastTapNanos() {
        return times.isEmpty() ? OptionalLong.empty() : OptionalLong.of(times.peekLast());
    }

    /** Forgets all taps. */
    public void reset() {
        times.clear();
        taps = 0;
    }

    private double[] intervals() {
        double[] intervals = new double[Math.max(0, times.size() - 1)];
        long previous = 0;
        int i = -1;
        for (long time : times) {
            if (i >= 0) {
                intervals[i] = time - previous;
            }
            previous = time;
            i++;
        }
        return intervals;
    }

    /** The median; infinite for no values, so that without an interval no pause is too long. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
