package org.toetempo.timing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import java.util.Arrays;

/** The beat map: beats at their own times, the user's corrections, and the loop of whole bars. */
class BeatMapTest {

    /** A song that speeds up from 100 to 110 BPM over 200 beats, with a downbeat at beat 1. */
    static BeatMap drifting(int beats, double fromBpm, double toBpm, double first) {
        double[] times = new double[beats];
        float[] confidence = new float[beats];
        times[0] = first;
        for (int i = 1; i < beats; i++) {
            double bpm = fromBpm + (toBpm - fromBpm) * i / beats;
            times[i] = times[i - 1] + 60 / bpm;
        }
        Arrays.fill(confidence, 0.9f);
        return BeatMap.of(times, confidence, 1, 4);
    }

    @Test
    void beatsAreAtTheirOwnTimesAndTimeAndBeatAreInverse() {
        BeatMap map = drifting(200, 100, 110, 0.5);
        assertThat(map.timeOf(17)).isEqualTo(map.time(17));
        assertThat(map.timeOf(17.5)).isCloseTo((map.time(17) + map.time(18)) / 2, offset(1e-12));
        for (double b : new double[] {-3.25, 0, 0.4, 57.9, 199, 240.5}) {
            assertThat(map.beatAt(map.timeOf(b))).as("beat %s", b).isCloseTo(b, offset(1e-9));
        }
        assertThat(map.bpmAt(map.time(5))).isCloseTo(100.2, offset(0.3));
        assertThat(map.bpmAt(map.time(195))).isCloseTo(109.8, offset(0.3));
        // Beyond the ends the map goes on at its local tempo.
        assertThat(map.timeOf(201) - map.timeOf(200)).isCloseTo(map.time(199) - map.time(198), offset(0.002));
        assertThat(map.timeOf(-1)).isCloseTo(0.5 - 0.6, offset(0.002));
    }

    @Test
    void theConstantGridIsTheSpecialCase() {
        BeatMap grid = BeatMap.constant(120, 0.25, 60, 4);
        assertThat(grid.isConstant()).isTrue();
        assertThat(grid.timeOf(1000)).isEqualTo(0.25 + 500.0);
        assertThat(grid.medianBpm()).isEqualTo(120);
        assertThat(grid.loopedTimeOf(1000)).isEqualTo(grid.timeOf(1000));
    }

    @Test
    void doublingHalvingAndTheDottedPulseFollowTheDrift() {
        BeatMap map = drifting(200, 100, 110, 0.5);
        BeatMap twice = map.scaled(2, 1);
        assertThat(twice.firstDownbeatSeconds()).isEqualTo(map.firstDownbeatSeconds());
        for (int i = 0; i < 150; i++) {
            int j = 2 * i + (twice.downbeat() - 2 * map.downbeat());
            assertThat(twice.time(j)).isCloseTo(map.time(i), offset(1e-9));
            assertThat(twice.time(j + 1)).isCloseTo((map.time(i) + map.time(i + 1)) / 2, offset(1e-9));
        }
        BeatMap half = map.scaled(1, 2);
        assertThat(half.time(half.downbeat())).isEqualTo(map.time(1));
        assertThat(half.time(half.downbeat() + 10)).isCloseTo(map.time(21), offset(1e-9));
        assertThat(half.medianBpm()).isCloseTo(map.medianBpm() / 2, offset(0.5));
        BeatMap dotted = map.scaled(2, 3);
        assertThat(dotted.time(dotted.downbeat() + 4)).isCloseTo(map.time(1 + 6), offset(1e-9));
        BeatMap triplets = map.scaled(3, 2);
        assertThat(triplets.time(triplets.downbeat() + 3)).isCloseTo(map.time(1 + 2), offset(1e-9));
        assertThat(triplets.medianBpm()).isCloseTo(map.medianBpm() * 1.5, offset(0.5));
    }

    @Test
    void aTypedTempoNearARatioCountsTheMapAtThatPulseAndAnyOtherIsASteadyGrid() {
        BeatMap map = drifting(200, 100, 110, 0.5);
        double median = map.medianBpm();
        assertThat(map.withTempo(median * 2 + 1, 120).medianBpm()).isCloseTo(median * 2, offset(1.0));
        assertThat(map.withTempo(median * 2 + 1, 120).isConstant()).isFalse();
        assertThat(map.withTempo(median * 1.5, 120).medianBpm()).isCloseTo(median * 1.5, offset(1.0));
        BeatMap typed = map.withTempo(87, 120);
        assertThat(typed.isConstant()).isTrue();
        assertThat(typed.medianBpm()).isEqualTo(87);
        assertThat(typed.firstDownbeatSeconds()).isEqualTo(map.firstDownbeatSeconds());
    }

    @Test
    void aNudgeMovesEveryBeat() {
        BeatMap map = drifting(200, 100, 110, 0.5);
        BeatMap later = map.shifted(0.01);
        for (int i = 0; i < map.size(); i++) {
            assertThat(later.time(i)).isCloseTo(map.time(i) + 0.01, offset(1e-12));
        }
        assertThat(map.withFirstDownbeat(2.0).firstDownbeatSeconds()).isEqualTo(2.0);
    }

    @Test
    void theLoopIsWholeBarsOfTheMapAndLaterPassesRepeatItsBeats() {
        BeatMap map = drifting(203, 100, 110, 0.5);
        // 202 beats after the downbeat at 1: 50 bars of 4.
        assertThat(map.loopBeats()).isEqualTo(200);
        double loop = map.loopSeconds();
        assertThat(loop).isCloseTo(map.time(201) - map.time(1), offset(1e-12));
        assertThat(map.loopedTimeOf(203)).isCloseTo(map.time(1 + 3) + loop, offset(1e-9));
        assertThat(map.loopedTimeOf(413.5)).isCloseTo(map.timeOf(1 + 13.5) + 2 * loop, offset(1e-9));
        assertThat(map.loopedBeatAt(map.loopedTimeOf(413.5))).isCloseTo(413.5, offset(1e-9));
    }

    @Test
    void badMapsAreRefused() {
        assertThatThrownBy(() -> BeatMap.of(new double[] {1, 1}, new float[2], 0, 4))
                .hasMessageContaining("increase");
        assertThatThrownBy(() -> BeatMap.of(new double[] {1}, new float[1], 0, 4)).hasMessageContaining("bad beat map");
    }
}
