package org.toetempo.ui.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns taps along to clicks into an output latency offset: each tap is paired with the nearest click, and the
 * median of (tap − click) over the taps is how much later than the engine thinks the user hears the sound.
 * The median ignores the odd missed or doubled tap.
 */
public final class LatencyEstimate {

    /** Fewer taps than this are not trusted. */
    public static final int MIN_TAPS = 8;

    private LatencyEstimate() {
    }

    /**
     * @param clicks click times (nanos, same clock as the taps), ascending
     * @param taps   tap times
     * @return the suggested offset in whole milliseconds (0 to 500), or -1 with too few usable taps
     */
    public static int millis(List<Long> clicks, List<Long> taps, long periodNanos) {
        List<Long> offsets = new ArrayList<>();
        for (long tap : taps) {
            long nearest = Long.MAX_VALUE;
            for (long click : clicks) {
                if (Math.abs(tap - click) < Math.abs(nearest)) {
                    nearest = tap - click;
                }
            }
            // Taps more than 40% of a beat away belong to no click.
            if (Math.abs(nearest) < periodNanos * 0.4) {
                offsets.add(nearest);
            }
        }
        if (offsets.size() < MIN_TAPS) {
            return -1;
        }
        Collections.sort(offsets);
        long median = offsets.get(offsets.size() / 2);
        return (int) Math.max(0, Math.min(500, Math.round(median / 1e6)));
    }
}
