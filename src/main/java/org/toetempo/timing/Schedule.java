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
        return Math.max(0, TimeSearch.lastAtOrBefore(segments, Segment::startNanos, nanos));
    }

    /** Index of the first cue at or after {@code nanos}, or {@code cues().size()} when there is none. */
    public int cueAtOrAfter(long nanos) {
        return TimeSearch.firstAtOrAfter(cues, Cue::nanos, nanos);
    }

    /** Index of the first beat at or after {@code nanos}, or {@code beats().size()} when there is none. */
    public int beatAtOrAfter(long nanos) {
        return TimeSearch.firstAtOrAfter(beats, BeatMark::nanos, nanos);
    }

    /**
     * Reports every beat and cue whose clock time is in {@code [fromClock, toClock)}, at its clock time, when
     * schedule time 0 is at clock time {@code clockAtZero}: the beats in order, then the cues in order.
     */
    public void eventsBetween(long fromClock, long toClock, long clockAtZero, TimedEvents sink) {
        long from = fromClock - clockAtZero;
        long to = Math.min(toClock - clockAtZero, totalNanos + 1);
        for (int i = beatAtOrAfter(from); i < beats.size() && beats.get(i).nanos() < to; i++) {
            sink.beat(clockAtZero + beats.get(i).nanos(), beats.get(i));
        }
        for (int i = cueAtOrAfter(from); i < cues.size() && cues.get(i).nanos() < to; i++) {
            sink.cue(clockAtZero + cues.get(i).nanos(), cues.get(i));
        }
    }
}
