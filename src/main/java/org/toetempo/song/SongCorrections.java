package org.toetempo.song;

/**
 * What the user changed about a song's analysis: a tempo (typed, tapped, doubled or halved) and a first beat
 * (nudged). Either may be absent ({@code null}): then the analysis' own value stands.
 *
 * @param bpm              the user's tempo, or null
 * @param firstBeatSeconds the user's first beat in seconds, or null
 */
public record SongCorrections(Double bpm, Double firstBeatSeconds) {

    /** No corrections. */
    public static final SongCorrections NONE = new SongCorrections(null, null);

    public SongCorrections {
        if (bpm != null && !(bpm >= 20 && bpm <= 400)) {
            throw new IllegalArgumentException("a corrected tempo must be 20 to 400 BPM, not " + bpm);
        }
        if (firstBeatSeconds != null && !(firstBeatSeconds >= 0 && firstBeatSeconds < 86_400)) {
            throw new IllegalArgumentException("a corrected first beat must be 0 s or later, not " + firstBeatSeconds);
        }
    }

    public SongCorrections withBpm(Double newBpm) {
        return new SongCorrections(newBpm, firstBeatSeconds);
    }

    public SongCorrections withFirstBeatSeconds(Double seconds) {
        return new SongCorrections(bpm, seconds);
    }

    public boolean isEmpty() {
        return bpm == null && firstBeatSeconds == null;
    }
}
