package org.toetempo.song.analysis;

import org.junit.jupiter.api.Test;
import org.toetempo.timing.BeatMap;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.function.IntToDoubleFunction;

/** The tracker follows a beat that moves, and bridges a break at the tempo around it. */
class BeatTrackerTest {

    private static final double FPS = 11025.0 / 128;

    /** Beat times from a tempo function of the beat. */
    private static double[] beats(int n, IntToDoubleFunction bpm) {
        double[] t = new double[n];
        t[0] = 0.5;
        for (int i = 1; i < n; i++) {
            t[i] = t[i - 1] + 60 / bpm.applyAsDouble(i);
        }
        return t;
    }

    /** Onsets on every beat and weaker ones on the off-beats, with none in [gapFrom, gapTo) seconds. */
    private static BeatTracker.Envelope envelope(double[] beats, double gapFrom, double gapTo) {
        List<Double> onsets = new ArrayList<>();
        for (int i = 0; i < beats.length; i++) {
            if (beats[i] < gapFrom || beats[i] >= gapTo) {
                onsets.add(beats[i]);
            }
        }
        double[] x = onsets.stream().mapToDouble(Double::doubleValue).toArray();
        return BeatTracker.impulses(x, beats[beats.length - 1] + 1, FPS);
    }

    private static double worst(BeatMap map, double[] truth, double from, double to) {
        double worst = 0;
        for (double t : truth) {
            if (t < from || t > to) {
                continue;
            }
            double b = Math.rint(map.beatAt(t));
            worst = Math.max(worst, Math.abs(map.timeOf(b) - t));
        }
        return worst;
    }

    @Test
    void followsABandThatSpeedsUpSixPercentAndSlowsDownAtTheEnd() {
        double[] truth = beats(300, i -> i < 280 ? 110 * (1 + 0.06 * i / 280) : 116.6 * (1 - 0.3 * (i - 280) / 20.0));
        BeatMap map = BeatTracker.track(envelope(truth, 1e9, 1e9), 110, truth[0], 4);
        assertThat(map).isNotNull();
        assertThat(worst(map, truth, 0, truth[truth.length - 1])).as("worst beat error (s)").isLessThan(0.015);
        assertThat(map.size()).isBetween(truth.length - 1, truth.length + 1);
    }

    @Test
    void followsADrummersWanderAndAFasterBridge() {
        double[] truth = beats(320, i -> 96 * (1 + 0.03 * Math.sin(i / 15.0)) * (i > 150 && i < 220 ? 1.08 : 1));
        BeatMap map = BeatTracker.track(envelope(truth, 1e9, 1e9), 98, truth[0], 4);
        // The bridge starts 8 % faster from one beat to the next: the path takes a few beats to get there.
        assertThat(worst(map, truth, 0, truth[truth.length - 1])).isLessThan(0.035);
        assertThat(worst(map, truth, truth[160], truth[210])).as("inside the bridge").isLessThan(0.012);
    }

    @Test
    void bridgesABreakAtTheTempoAroundItAndMarksItWeak() {
        double[] truth = beats(200, i -> 120);
        double gapFrom = truth[80] - 0.01;
        double gapTo = truth[96] - 0.01;
        BeatMap map = BeatTracker.track(envelope(truth, gapFrom, gapTo), 120, truth[0], 4);
        assertThat(worst(map, truth, 0, truth[truth.length - 1])).isLessThan(0.02);
        assertThat(map.confidenceAt(truth[88])).as("in the break").isLessThan(0.3);
        assertThat(map.confidenceAt(truth[40])).as("on clear beats").isGreaterThan(0.6);
    }
}
