package org.toetempo.timing;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The binary search over things sorted by time (cues, beats, segments, steps), written once. Each method takes
 * the list and how to read an item's time, e.g. {@code TimeSearch.firstAtOrAfter(cues, Cue::nanos, t)}.
 */
public final class TimeSearch {

    private TimeSearch() {
    }

    /** Index of the first item whose time is at or after {@code nanos}, or {@code sorted.size()} when there is none. */
    public static <T> int firstAtOrAfter(List<T> sorted, ToLongFunction<? super T> time, long nanos) {
        return countBefore(sorted, time, nanos, false);
    }

    /** Index of the last item whose time is at or before {@code nanos}, or -1 when there is none. */
    public static <T> int lastAtOrBefore(List<T> sorted, ToLongFunction<? super T> time, long nanos) {
        return countBefore(sorted, time, nanos, true) - 1;
    }

    /** How many items come before {@code nanos} (or at it, with {@code inclusive}). */
    private static <T> int countBefore(List<T> sorted, ToLongFunction<? super T> time, long nanos, boolean inclusive) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            long t = time.applyAsLong(sorted.get(mid));
            if (t < nanos || inclusive && t == nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
