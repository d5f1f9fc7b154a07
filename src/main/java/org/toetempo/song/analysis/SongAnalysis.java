package org.toetempo.song.analysis;

import org.toetempo.timing.BeatMap;

/**
 * What the analysis found in a song.
 *
 * @param bpm              the song's tempo in beats per minute (the median of its beat map), or 0 when no beat was
 *                         found
 * @param firstBeatSeconds time of the first beat after any silence or quiet intro, in seconds from the first
 *                         sample the listener hears; a downbeat (the first beat of a bar) when the bars could be
 *                         told apart; 0 when no beat was found
 * @param confidence       0 (no idea) to 1 (a clear, steady beat that the tempo and phase fit throughout)
 * @param durationSeconds  length of the decoded audio
 * @param analysisSeconds  time the analysis took (decoding included, when the song came from a file)
 * @param beats            every beat of the song as tracked, or {@code null} (no beat, or an analysis that only
 *                         found a steady tempo: then the steady grid of {@code bpm} from {@code firstBeatSeconds})
 */
public record SongAnalysis(double bpm, double firstBeatSeconds, double confidence, double durationSeconds,
                           double analysisSeconds, BeatMap beats) {

    public SongAnalysis {
        if (!(bpm >= 0) || !(firstBeatSeconds >= 0) || !(confidence >= 0 && confidence <= 1) || !(durationSeconds >= 0)
                || !(analysisSeconds >= 0)) {
            throw new IllegalArgumentException("bad analysis: " + bpm + " BPM, first beat " + firstBeatSeconds
                    + " s, confidence " + confidence + ", " + durationSeconds + " s long, " + analysisSeconds + " s");
        }
    }

    /** A steady tempo without a tracked map. */
    public SongAnalysis(double bpm, double firstBeatSeconds, double confidence, double durationSeconds,
                        double analysisSeconds) {
        this(bpm, firstBeatSeconds, confidence, durationSeconds, analysisSeconds, null);
    }

    /** The result for audio with no beat to follow (silence, noise, too short). */
    public static SongAnalysis noBeat(double confidence, double durationSeconds, double analysisSeconds) {
        return new SongAnalysis(0, 0, confidence, durationSeconds, analysisSeconds, null);
    }

    /** Whether a beat was found; when not, tapping the tempo is the way. */
    public boolean found() {
        return bpm > 0;
    }

    /** The length of one beat in seconds. */
    public double beatSeconds() {
        if (!found()) {
            throw new IllegalStateException("no beat was found");
        }
        return 60 / bpm;
    }

    /** The beat map: the tracked one, or the steady grid of the tempo found ({@code null} when no beat). */
    public BeatMap beatMap() {
        if (!found()) {
            return null;
        }
        return beats != null ? beats : BeatMap.constant(bpm, firstBeatSeconds, Math.max(durationSeconds, firstBeatSeconds + 1), 4);
    }

    /** The same analysis with another elapsed time (decoding added, for instance). */
    public SongAnalysis withAnalysisSeconds(double seconds) {
        return new SongAnalysis(bpm, firstBeatSeconds, confidence, durationSeconds, seconds, beats);
    }
}
