package org.toetempo.ui.calibration;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyEstimateTest {

    private static final long PERIOD = Math.round(60e9 / 90);

    private static List<Long> clicks(int n) {
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(1_000_000_000L + k * PERIOD);
        }
        return out;
    }

    @Test
    void theMedianOffsetOfTapsIsTheSuggestion() {
        List<Long> clicks = clicks(24);
        List<Long> taps = new ArrayList<>();
        long[] jitterMs = {45, 38, 52, 41, 47, 40, 44, 49, 43, 46};
        for (int k = 0; k < jitterMs.length; k++) {
            taps.add(clicks.get(k + 2) + jitterMs[k] * 1_000_000L);
        }

        assertThat(LatencyEstimate.millis(clicks, taps, PERIOD)).isEqualTo(45);
    }

    @Test
    void strayTapsAndTooFewTapsAreNotTrusted() {
        List<Long> clicks = clicks(24);
        List<Long> taps = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            taps.add(clicks.get(k) + 30_000_000L);
        }
        taps.add(clicks.get(9) + PERIOD / 2);

        assertThat(LatencyEstimate.millis(clicks, taps, PERIOD)).isEqualTo(-1);
        taps.add(clicks.get(10) + 30_000_000L);
        assertThat(LatencyEstimate.millis(clicks, taps, PERIOD)).isEqualTo(30);
    }

    @Test
    void earlyTappersGetNoNegativeOffset() {
        List<Long> clicks = clicks(24);
        List<Long> taps = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            taps.add(clicks.get(k) - 20_000_000L);
        }

        assertThat(LatencyEstimate.millis(clicks, taps, PERIOD)).isZero();
    }
}
