package org.toetempo.timing;

import java.util.Arrays;

/**
 * Where every beat of a song falls, in seconds of the song at normal speed: beat {@code n} at its own time, as a
 * beat tracker found it (a band drifts, pushes, plays a bridge faster and slows down at the end). The constant grid
 * {@code t0 + n·period} is the special case of a steady song ({@link #constant}).
 *
 * <p>Between beats, time is interpolated linearly (the tempo is constant within a beat); before the first and after
 * the last beat the map goes on at its local tempo there, so every real-valued beat position has a time and back.
 * Beat {@link #downbeat()} is the first beat of a bar; bars are {@link #beatsPerBar()} beats long from there.
 *
 * <p>Immutable. The arrays are copied in and never handed out.
 */
public final class BeatMap {

    /** How many beats on each side the local tempo is averaged over. */
    private static final int LOCAL = 2;
    /** Beats per span for the median tempo. */
    private static final int MEDIAN_SPAN = 8;
    /** The ratios a typed tempo is taken as (the tracker heard the right beats, counted at another pulse). */
    private static final int[][] RATIOS = {{1, 1}, {2, 1}, {1, 2}, {3, 2}, {2, 3}, {3, 1}, {1, 3}, {4, 3}, {3, 4}};

    private final double[] times;
    private final float[] confidence;
    private final int downbeat;
    private final int beatsPerBar;
    /** A constant grid keeps its closed form, so a steady song is timed exactly as before maps existed. */
    private final boolean constant;
    /** A constant grid's exact tempo (NaN for a tracked map). */
    private final double steadyBpm;

    private BeatMap(double[] times, float[] confidence, int downbeat, int beatsPerBar, boolean constant, double steadyBpm) {
        this.times = times;
        this.confidence = confidence;
        this.downbeat = downbeat;
        this.beatsPerBar = beatsPerBar;
        this.constant = constant;
        this.steadyBpm = steadyBpm;
    }

    /**
     * A tracked map.
     *
     * @param times       beat times in seconds, strictly increasing, at least two
     * @param confidence  per beat, 0 (bridged over, nothing heard) to 1 (a clear onset on the beat)
     * @param downbeat    index of the first downbeat
     * @param beatsPerBar beats in a bar
     */
    public static BeatMap of(double[] times, float[] confidence, int downbeat, int beatsPerBar) {
        if (times.length < 2 || confidence.length != times.length || downbeat < 0 || downbeat >= times.length
                || beatsPerBar < 1) {
            throw new IllegalArgumentException("bad beat map: " + times.length + " beats, " + confidence.length
                    + " confidences, downbeat " + downbeat + ", " + beatsPerBar + " to the bar");
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i]) || (i > 0 && !(times[i] > times[i - 1]))) {
                throw new IllegalArgumentException("beat times must increase: beat " + i + " at " + times[i] + " s");
            }
        }
        return new BeatMap(times.clone(), confidence.clone(), downbeat, beatsPerBar, false, Double.NaN);
    }

    /** The steady grid: {@code bpm} beats a minute from a first downbeat at {@code firstBeatSeconds}. */
    public static BeatMap constant(double bpm, double firstBeatSeconds, double durationSeconds, int beatsPerBar) {
        if (!(bpm > 0) || !(firstBeatSeconds >= 0) || beatsPerBar < 1) {
            throw new IllegalArgumentException("bad constant beat: " + bpm + " BPM from " + firstBeatSeconds + " s");
        }
        double period = 60 / bpm;
        int n = Math.max(2, (int) Math.floor((Math.max(durationSeconds, firstBeatSeconds) - firstBeatSeconds) / period) + 1);
        double[] times = new double[n];
        float[] confidence = new float[n];
        for (int i = 0; i < n; i++) {
            times[i] = firstBeatSeconds + i * period;
            confidence[i] = 1f;
        }
        return new BeatMap(times, confidence, 0, beatsPerBar, true, bpm);
    }

    /** Whether this is a steady grid (every beat the same length). */
    public boolean isConstant() {
        return constant;
    }

    public int size() {
        return times.length;
    }

    /** The time of beat {@code i} (0 to {@code size() - 1}). */
    public double time(int i) {
        return times[i];
    }

    /** The confidence of beat {@code i}. */
    public double confidence(int i) {
        return confidence[i];
    }

    /** Index of the first downbeat. */
    public int downbeat() {
        return downbeat;
    }

    public int beatsPerBar() {
        return beatsPerBar;
    }

    /** The first downbeat's time: where a song's bars begin. */
    public double firstDownbeatSeconds() {
        return times[downbeat];
    }

    /** Whether beat {@code i} starts a bar. */
    public boolean isDownbeat(int i) {
        return Math.floorMod(i - downbeat, beatsPerBar) == 0;
    }

    /** The beat times, copied. */
    public double[] times() {
        return times.clone();
    }

    /** The downbeat times, in order. */
    public double[] downbeatTimes() {
        int first = Math.floorMod(downbeat, beatsPerBar);
        double[] out = new double[(times.length - 1 - first) / beatsPerBar + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = times[first + k * beatsPerBar];
        }
        return out;
    }

    /** The time of a real-valued beat position (interpolated; extrapolated at the local tempo beyond the ends). */
    public double timeOf(double beat) {
        int last = times.length - 1;
        if (constant) {
            return times[0] + beat * 60 / steadyBpm;
        }
        if (beat <= 0) {
            return times[0] + beat * edgePeriod(true);
        }
        if (beat >= last) {
            return times[last] + (beat - last) * edgePeriod(false);
        }
        int i = (int) Math.floor(beat);
        return times[i] + (beat - i) * (times[i + 1] - times[i]);
    }

    /** The real-valued beat position at a time: the inverse of {@link #timeOf(double)}. */
    public double beatAt(double seconds) {
        int last = times.length - 1;
        if (constant) {
            return (seconds - times[0]) * steadyBpm / 60;
        }
        if (seconds <= times[0]) {
            return (seconds - times[0]) / edgePeriod(true);
        }
        if (seconds >= times[last]) {
            return last + (seconds - times[last]) / edgePeriod(false);
        }
        int i = Arrays.binarySearch(times, seconds);
        if (i >= 0) {
            return i;
        }
        int before = -i - 2;
        return before + (seconds - times[before]) / (times[before + 1] - times[before]);
    }

    /** The length of a beat around a (real-valued) beat position, averaged over a few beats. */
    public double periodAtBeat(double beat) {
        if (constant) {
            return 60 / steadyBpm;
        }
        int last = times.length - 1;
        int i = (int) Math.max(0, Math.min(last - 1, Math.floor(beat)));
        int from = Math.max(0, i - LOCAL + 1);
        int to = Math.min(last, i + LOCAL);
        return (times[to] - times[from]) / (to - from);
    }

    /** The length of a beat at a time of the song. */
    public double periodAt(double seconds) {
        return periodAtBeat(beatAt(seconds));
    }

    /** The tempo at a time of the song, in beats per minute. */
    public double bpmAt(double seconds) {
        return 60 / periodAt(seconds);
    }

    /** The confidence at a time of the song (of the nearest beat; 0 beyond the ends). */
    public double confidenceAt(double seconds) {
        double b = beatAt(seconds);
        int i = (int) Math.round(b);
        return i < 0 || i >= times.length ? 0 : confidence[i];
    }

    /** The median tempo, in beats per minute: what the song's "tempo" is. */
    public double medianBpm() {
        if (constant) {
            return steadyBpm;
        }
        // Beat lengths over spans of a few beats: a beat's time is known to a few milliseconds, a span's length
        // to a few milliseconds over several beats, so the tempo of a steady song comes out to a tenth of a BPM.
        int span = times.length > 4 * MEDIAN_SPAN ? MEDIAN_SPAN : 1;
        double[] periods = new double[times.length - span];
        for (int i = 0; i < periods.length; i++) {
            periods[i] = (times[i + span] - times[i]) / span;
        }
        Arrays.sort(periods);
        int m = periods.length / 2;
        double median = periods.length % 2 == 1 ? periods[m] : (periods[m - 1] + periods[m]) / 2;
        return 60 / median;
    }

    /** The mean confidence over all beats. */
    public double meanConfidence() {
        double sum = 0;
        for (float c : confidence) {
            sum += c;
        }
        return sum / confidence.length;
    }

    /**
     * Whole bars that fit in the map from its first downbeat: the beats a loop of the song repeats so that its
     * beat never moves (whole beats for a song shorter than a bar; at least one).
     */
    public int loopBeats() {
        int usable = times.length - 1 - downbeat;
        int bars = usable / beatsPerBar;
        return Math.max(1, bars >= 1 ? bars * beatsPerBar : usable);
    }

    /**
     * The time of beat {@code beat} counted from the first downbeat on the song's timeline as looped: past the loop
     * ({@link #loopBeats()} from the first downbeat) the song starts again at its first downbeat, so later beats are
     * the loop's beats shifted by whole passes.
     */
    public double loopedTimeOf(double beat) {
        int loop = loopBeats();
        if (constant || beat < loop) {
            return timeOf(downbeat + beat);
        }
        double pass = Math.floor(beat / loop);
        return timeOf(downbeat + beat - pass * loop) + pass * loopSeconds();
    }

    /** The inverse of {@link #loopedTimeOf(double)}. */
    public double loopedBeatAt(double seconds) {
        double loopEnd = times[downbeat] + loopSeconds();
        if (constant || seconds < loopEnd) {
            return beatAt(seconds) - downbeat;
        }
        double pass = Math.floor((seconds - times[downbeat]) / loopSeconds());
        return beatAt(seconds - pass * loopSeconds()) - downbeat + pass * loopBeats();
    }

    /** The length of the loop in seconds. */
    public double loopSeconds() {
        return timeOf(downbeat + loopBeats()) - times[downbeat];
    }

    // ------------------------------------------------------------------ the user's corrections

    /** Every beat moved by {@code seconds} (a nudge: the beat is heard later, or earlier). */
    public BeatMap shifted(double seconds) {
        double[] moved = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            moved[i] = times[i] + seconds;
        }
        return new BeatMap(moved, confidence, downbeat, beatsPerBar, constant, steadyBpm);
    }

    /** The same map with the first downbeat at {@code seconds}, every beat moved by as much. */
    public BeatMap withFirstDownbeat(double seconds) {
        return shifted(seconds - times[downbeat]);
    }

    /**
     * The map counted at another pulse: {@code num/den} beats for every beat found (2/1 doubles, 1/2 halves, 3/2 hears
     * the dotted pulse's triplets as beats, 2/3 the dotted pulse in 6/8). New beat {@code j} falls at position
     * {@code j·den/num} of the old map, so the new beats follow the old map's drift. The first downbeat stays where
     * it was.
     */
    public BeatMap scaled(int num, int den) {
        if (num < 1 || den < 1 || num > 8 || den > 8) {
            throw new IllegalArgumentException("not a pulse ratio: " + num + "/" + den);
        }
        if (num == den) {
            return this;
        }
        // The new beat 0 is the old downbeat's time minus whole new beats, to cover from the start.
        double step = den / (double) num;
        int before = (int) Math.floor(downbeat / step + 1e-9);
        double start = downbeat - before * step;
        int n = (int) Math.floor((times.length - 1 - start) / step + 1e-9) + 1;
        if (n < 2) {
            return this;
        }
        double[] out = new double[n];
        float[] conf = new float[n];
        for (int j = 0; j < n; j++) {
            double at = start + j * step;
            out[j] = timeOf(at);
            int near = (int) Math.min(times.length - 1, Math.max(0, Math.round(at)));
            conf[j] = confidence[near];
        }
        return new BeatMap(out, conf, before, beatsPerBar, false, Double.NaN);
    }

    /**
     * The map at a tempo the user typed or tapped. A tempo near a simple ratio of the map's own (2, 1/2, 3/2, 2/3,
     * 3, 1/3, 4/3, 3/4; within 4 %) means the tracker followed the right beats at another pulse: the map is counted
     * at that pulse and keeps following the song's drift. Any other tempo means the tracker was wrong: a steady grid
     * at that tempo from the first downbeat.
     */
    public BeatMap withTempo(double bpm, double durationSeconds) {
        double median = medianBpm();
        for (int[] ratio : RATIOS) {
            double expected = median * ratio[0] / ratio[1];
            if (Math.abs(bpm / expected - 1) < 0.04 && !constant) {
                return scaled(ratio[0], ratio[1]);
            }
        }
        if (constant && Math.abs(bpm / median - 1) < 1e-9) {
            return this;
        }
        return constant(bpm, firstDownbeatSeconds(), durationSeconds, beatsPerBar);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BeatMap m && m.downbeat == downbeat && m.beatsPerBar == beatsPerBar
                && m.constant == constant && Arrays.equals(m.times, times) && Arrays.equals(m.confidence, confidence);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(times) * 31 + downbeat;
    }

    @Override
    public String toString() {
        return "BeatMap[" + times.length + " beats, " + String.format("%.2f", medianBpm()) + " BPM median, downbeat "
                + downbeat + "/" + beatsPerBar + (constant ? ", constant" : "") + "]";
    }

    private double edgePeriod(boolean start) {
        return start ? periodAtBeat(0) : periodAtBeat(times.length - 1);
    }
}
