package org.toetempo.timing;

import org.toetempo.routine.Routine;

import java.util.List;

/**
 * A routine compiled at a tempo: every cue and every beat at its exact time, and the segments (phases, rests,
 * lead-ins) that tile the time between. Immutable; compile again to change tempo, song or levels.
 *
 * @param songStartNanos schedule time at which the song starts playing, or -1 when no block follows a song
 * @param songSpans      the stretches of schedule time in which the song plays, each from its beginning (blocks
 *                       that follow the song, a metronome block between two of them ends a stretch)
 */
public record Schedule(
        Routine routine,
        PlayOptions options,
        List<Cue> cues,
        List<BeatMark> beats,
        List<Segment> segments,
        List<ScheduledStep> steps,
        long totalNanos,
        long songStartNanos,
        List<SongSpan> songSpans) {

    /** Schedule time {@code [startNanos, endNanos)} in which the song plays, from its beginning at {@code startNanos}. */
    public record SongSpan(long startNanos, long endNanos) {
    }

    /** Compiles a routine with the given options; never fails for a routine that loaded without problems. */
    public static Schedule compile(Routine routine, PlayOptions options) {
        return new ScheduleCompiler(routine, options).compile();
    }

    /** Index of the segment containing schedule time {@code nanos} (clamped to the first and last). */
    public int segmentAt(long nanos) {
        int low = 0;
        int high = segments.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segments.get(mid).startNanos() <= nanos) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Index of the first cue at or after {@code nanos}, or {@code cues().size()} when there is none. */
    public int cueAtOrAfter(long nanos) {
        int low = 0;
        int high = cues.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cues.get(mid).nanos() < nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
