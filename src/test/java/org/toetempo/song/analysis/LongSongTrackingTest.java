package org.toetempo.song.analysis;

import org.junit.jupiter.api.Test;
import org.toetempo.timing.BeatMap;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A long mix is tracked in overlapping stretches and the maps joined: no beat lost or doubled at a join. */
class LongSongTrackingTest {

    private static final double FPS = 44100 / 4.0 / 128;

    /** Onsets of a 25-minute set that speeds up from 118 to 126 BPM. */
    private static double[] onsets(double seconds) {
        double[] t = new double[4000];
        int n = 0;
        double at = 0.5;
        while (at < seconds && n < t.length) {
            t[n++] = at;
            double bpm = 118 + 8 * at / seconds;
            at += 60 / bpm;
        }
        return Arrays.copyOf(t, n);
    }

    @Test
    void aShortSongIsTrackedWholeAsBefore() {
        BeatTracker.Envelope env = BeatTracker.impulses(onsets(300), 300, FPS);
        assertThat(LongSongTracking.isLong(env)).isFalse();
        BeatMap whole = BeatTracker.track(env, 120, 0.5, 4);
        BeatMap joined = LongSongTracking.track(env, 120, 0.5, 4);
        assertThat(joined.size()).isEqualTo(whole.size());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(joined.time(i)).isEqualTo(whole.time(i));
        }
    }

    @Test
    void everyBeatOfA25MinuteSetIsFoundOnceAcrossTheJoins() {
        double seconds = 25 * 60;
        double[] truth = onsets(seconds);
        BeatTracker.Envelope env = BeatTracker.impulses(truth, seconds, FPS);
        assertThat(LongSongTracking.isLong(env)).isTrue();

        BeatMap map = LongSongTracking.track(env, 122, 0.5, 4);

        assertThat(map.size()).isBetween(truth.length - 2, truth.length);
        int matched = 0;
        for (double t : truth) {
            int nearest = 0;
            for (int i = 0; i < map.size(); i++) {
                if (Math.abs(map.time(i) - t) < Math.abs(map.time(nearest) - t)) {
                    nearest = i;
                }
            }
            matched += Math.abs(map.time(nearest) - t) < 0.02 ? 1 : 0;
        }
        assertThat(matched).isGreaterThanOrEqualTo(truth.length - 2);
        for (int i = 1; i < map.size(); i++) {
            double gap = map.time(i) - map.time(i - 1);
            assertThat(gap).as("beat %d", i).isBetween(60 / 130.0, 60 / 114.0);
        }
    }

    @Test
    void aLaterStretchOnTheOffBeatIsMovedBackOntoTheEarliersPhase() {
        double[] earlier = new double[200];
        for (int i = 0; i < earlier.length; i++) {
            earlier[i] = 0.5 * i;
        }
        double[] offBeat = new double[100];
        double[] onBeat = new double[100];
        float[] confidence = new float[100];
        for (int i = 0; i < 100; i++) {
            offBeat[i] = 80 + 0.25 + 0.5 * i;
            onBeat[i] = 80 + 0.004 + 0.5 * i;
            confidence[i] = 1;
        }

        double shift = LongSongTracking.phaseShift(earlier, earlier.length, BeatMap.of(offBeat, confidence, 0, 4), 80);
        double none = LongSongTracking.phaseShift(earlier, earlier.length, BeatMap.of(onBeat, confidence, 0, 4), 80);

        assertThat(shift).isCloseTo(-0.25, within(1e-9));
        assertThat(none).isZero();
    }
}
