package org.toetempo.timing;

/**
 * A song's beat as the tempo source: its tempo, where its first beat falls, how fast it is played and how long
 * it is (the song-mode issue fills these in from analysis).
 *
 * @param bpm              the song's own tempo
 * @param firstBeatSeconds time of the first beat (a downbeat) in the song, at normal speed
 * @param rate             playback rate, 0.5 to 1.5
 * @param durationSeconds  length of the song at normal speed
 */
public record SongTiming(double bpm, double firstBeatSeconds, double rate, double durationSeconds) {

    public SongTiming {
        if (!(bpm > 0) || !(rate >= 0.5 && rate <= 1.5) || firstBeatSeconds < 0 || !(durationSeconds > 0)) {
            throw new IllegalArgumentException("bad song timing: " + bpm + " BPM, first beat " + firstBeatSeconds
                    + " s, rate " + rate + ", " + durationSeconds + " s");
        }
    }

    /** The tempo the user hears. */
    public double effectiveBpm() {
        return bpm * rate;
    }

    /** Wall-clock nanoseconds from the song's start to its first beat at this rate. */
    long firstBeatNanos() {
        return Math.round(firstBeatSeconds / rate * 1e9);
    }

    long durationNanos() {
        return Math.round(durationSeconds / rate * 1e9);
    }
}
