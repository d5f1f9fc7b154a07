package org.toetempo.timing;

/**
 * A song's beat as the tempo source: where its beats fall ({@link BeatMap}), how fast it is played and how long
 * it is.
 *
 * @param beats           the song's beat map at normal speed (a steady grid for a steady song)
 * @param rate            playback rate, 0.5 to 1.5
 * @param durationSeconds length of the song at normal speed
 */
public record SongTiming(BeatMap beats, double rate, double durationSeconds) {

    public SongTiming {
        if (beats == null || !(rate >= 0.5 && rate <= 1.5) || !(durationSeconds > 0)) {
            throw new IllegalArgumentException("bad song timing: " + beats + ", rate " + rate + ", "
                    + durationSeconds + " s");
        }
    }

    /** A steady song: {@code bpm} from a first beat (a downbeat) at {@code firstBeatSeconds}, in 4/4. */
    public SongTiming(double bpm, double firstBeatSeconds, double rate, double durationSeconds) {
        this(steady(bpm, firstBeatSeconds, rate, durationSeconds), rate, durationSeconds);
    }

    private static BeatMap steady(double bpm, double firstBeatSeconds, double rate, double durationSeconds) {
        if (!(bpm > 0) || firstBeatSeconds < 0 || !(durationSeconds > 0)) {
            throw new IllegalArgumentException("bad song timing: " + bpm + " BPM, first beat " + firstBeatSeconds
                    + " s, rate " + rate + ", " + durationSeconds + " s");
        }
        return BeatMap.constant(bpm, firstBeatSeconds, durationSeconds, 4);
    }

    /** The song's own tempo: the map's median. */
    public double bpm() {
        return beats.medianBpm();
    }

    /** Time of the first downbeat in the song, at normal speed. */
    public double firstBeatSeconds() {
        return beats.firstDownbeatSeconds();
    }

    /** The tempo the user hears (the median, at this rate). */
    public double effectiveBpm() {
        return bpm() * rate;
    }

    /** Wall-clock nanoseconds from the song's start to its first downbeat at this rate. */
    long firstBeatNanos() {
        return Math.round(firstBeatSeconds() / rate * 1e9);
    }

    long durationNanos() {
        return Math.round(durationSeconds / rate * 1e9);
    }

    /** The grid of the song's beats in schedule time, beat 0 at its first downbeat, the song starting at {@code t0}. */
    BeatGrid grid(long t0) {
        if (beats.isConstant()) {
            return new BeatGrid.Constant(t0 + firstBeatNanos(), effectiveBpm());
        }
        return new BeatGrid.Mapped(t0, beats, rate);
    }
}
