package org.toetempo.song.analysis;

import org.junit.jupiter.api.Test;
import org.toetempo.timing.BeatMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Compound and swung meters are followed at the dotted quarter; simple meters stay at the beat tracked. */
class PulseLevelTest {

    private static final double FPS = 11025.0 / 128;

    /**
     * An onset envelope of notes on a grid: {@code pattern} is one group of grid steps (a digit is the note's
     * strength, '.' none), repeated for {@code seconds}, one step every {@code step} seconds from 0.5 s.
     */
    private static float[] envelope(String pattern, double step, double seconds) {
        float[] x = new float[(int) Math.ceil(seconds * FPS) + 1];
        int n = (int) ((seconds - 0.5) / step);
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i % pattern.length());
            if (c != '.') {
                int f = (int) Math.round((0.5 + i * step) * FPS);
                x[f] += c - '0';
            }
        }
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (x[i] / mean);
        }
        return x;
    }

    /** Beat frames every {@code every} grid steps. */
    private static int[] beats(double step, int every, double seconds) {
        int n = (int) ((seconds - 1) / (step * every));
        int[] frames = new int[n];
        for (int i = 0; i < n; i++) {
            frames[i] = (int) Math.round((0.5 + i * every * step) * FPS);
        }
        return frames;
    }

    @Test
    void sixEightTrackedAtTwoEighthsIsFollowedAtTheDottedQuarter() {
        // 6/8 at 66 dotted quarters a minute: eighths 0.303 s apart, each beat's first eighth the strongest.
        double eighth = 60 / 66.0 / 3;
        float[] x = envelope("911711", eighth, 60);
        assertThat(PulseLevel.of(x, beats(eighth, 2, 60))).isEqualTo(PulseLevel.Level.DOTTED);
        assertThat(PulseLevel.of(x, beats(eighth, 3, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
    }

    @Test
    void aShuffleTrackedAtTwoTripletsIsFollowedAtTheQuarter() {
        // Long-short on every beat: notes on the first and third triplet eighth, the backbeat louder.
        double triplet = 60 / 96.0 / 3;
        float[] x = envelope("4.26.24.26.2", triplet, 60);
        assertThat(PulseLevel.of(x, beats(triplet, 2, 60))).isEqualTo(PulseLevel.Level.DOTTED);
        assertThat(PulseLevel.of(x, beats(triplet, 3, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
    }

    @Test
    void simpleTimeStaysAtTheBeatTracked() {
        double eighth = 60 / 120.0 / 2;
        float[] rock = envelope("62426242", eighth, 60);
        assertThat(PulseLevel.of(rock, beats(eighth, 2, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
        float[] waltz = envelope("624242", eighth, 60);
        assertThat(PulseLevel.of(waltz, beats(eighth, 2, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
    }

    @Test
    void aTresilloInSimpleTimeStaysAtTheQuarter() {
        // Bossa nova: the clave's 3+3+2 sixteenths over a bar, the second bar answering the first; hats on 8ths.
        double sixteenth = 60 / 126.0 / 4;
        float[] x = envelope("4..4..4.1.1.1.1.1.1.4.1.4.1.4.1.", sixteenth, 60);
        assertThat(PulseLevel.of(x, beats(sixteenth, 4, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
    }

    @Test
    void aSimpleSongWhoseBeatsAlternateStaysAtItsBeat() {
        // Country without drums: the bass on one and three, the guitar's chords on two and four.
        double eighth = 60 / 120.0 / 2;
        float[] x = envelope("5.3.5.3.", eighth, 60);
        assertThat(PulseLevel.of(x, beats(eighth, 2, 60))).isEqualTo(PulseLevel.Level.AS_TRACKED);
    }

    @Test
    void tooFewBeatsAreLeftAsTracked() {
        double eighth = 60 / 66.0 / 3;
        float[] x = envelope("911711", eighth, 8);
        assertThat(PulseLevel.evidence(x, beats(eighth, 2, 8))).isNull();
    }

    @Test
    void theTrackerFollowsSixEightAtTheDottedQuarterWhenSeededAtThreeHalvesOfIt() {
        double eighth = 60 / 64.0 / 3;
        float[] x = envelope("922622", eighth, 90);
        BeatTracker.Envelope env = new BeatTracker.Envelope(x, x, null, 0, FPS, 0, 0);
        // The overall analysis heard two eighths as the beat (96 BPM, three beats to a bar).
        BeatMap map = BeatTracker.track(env, 96, 0.5, 3);
        assertThat(map).isNotNull();
        assertThat(map.medianBpm()).isCloseTo(64, offset(1.0));
        assertThat(map.beatsPerBar()).isEqualTo(2);
        // Every tracked beat is on a dotted quarter: on a strong eighth.
        for (double t : map.times()) {
            double k = (t - 0.5) / (3 * eighth);
            assertThat(Math.abs(k - Math.rint(k)) * 3 * eighth).as("beat at %.3f s", t).isLessThan(0.02);
        }
    }
}
