package org.toetempo.history;

import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;
import org.toetempo.timing.TimeSearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional timing self-check: the user taps (Space or a foot pedal) on each lift, and each tap is matched to
 * the nearest first beat of a rep within half a beat either side. The result is, per block and exercise, how
 * early or late the taps were.
 *
 * <p>Taps are given in schedule time: the session's position at the clock time the key arrived
 * ({@link org.toetempo.timing.Session#positionAt}). The app's clock is the audio engine's, which already runs the
 * calibrated output latency behind the frames played (the session is where the listener hears it), so that
 * position needs no further correction: subtracting the latency again would count it twice. {@link TimingTaps}
 * collects taps this way.
 */
public final class TimingSelfCheck {

    private TimingSelfCheck() {
    }

    /** One tap: its schedule time in the schedule the session was playing when it came (tempo changes swap it). */
    public record Tap(Schedule schedule, long nanos) {
    }

    /**
     * A tap matched to a lift.
     *
     * @param block    the lift's block
     * @param exercise the lift's exercise
     * @param offsetMs how far from the beat, in milliseconds (negative: early)
     */
    public record Match(int block, String exercise, double offsetMs) {
    }

    /** Offsets of the taps from the reps' first beats, grouped by block and exercise (in schedule order). */
    public static List<TimingCheck> fromTaps(Schedule schedule, long[] tapNanos) {
        long[] sorted = tapNanos.clone();
        Arrays.sort(sorted);
        List<Tap> taps = new ArrayList<>(sorted.length);
        for (long tap : sorted) {
            taps.add(new Tap(schedule, tap));
        }
        return fromTaps(taps);
    }

    /** The same for taps across tempo changes, in the order they came; groups appear in the order of their first tap. */
    public static List<TimingCheck> fromTaps(List<Tap> taps) {
        Map<String, List<Double>> offsets = new LinkedHashMap<>();
        Map<String, Match> firsts = new LinkedHashMap<>();
        for (Tap tap : taps) {
            match(tap.schedule(), tap.nanos()).ifPresent(m -> {
                String key = m.block() + "/" + m.exercise();
                offsets.computeIfAbsent(key, k -> new ArrayList<>()).add(m.offsetMs());
                firsts.putIfAbsent(key, m);
            });
        }
        List<TimingCheck> out = new ArrayList<>();
        for (Map.Entry<String, List<Double>> entry : offsets.entrySet()) {
            Match first = firsts.get(entry.getKey());
            double[] values = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            out.add(TimingCheck.of(first.block(), first.exercise(), values));
        }
        return out;
    }

    /** The lift a tap at {@code tapNanos} of the schedule was aimed at, if one is within half a beat. */
    public static Optional<Match> match(Schedule schedule, long tapNanos) {
        BeatMark beat = nearestRepStart(schedule.beats(), tapNanos);
        if (beat == null) {
            return Optional.empty();
        }
        Segment segment = schedule.segments().get(schedule.segmentAt(beat.nanos()));
        if (segment.step() < 0 || !segment.onBeats()) {
            return Optional.empty();
        }
        double beatNanos = 60e9 / segment.grid().bpmAt(segment.gridBeat());
        long offset = tapNanos - beat.nanos();
        if (Math.abs(offset) > beatNanos / 2) {
            return Optional.empty();
        }
        ScheduledStep step = schedule.steps().get(segment.step());
        return Optional.of(new Match(step.block(), step.exercise().id(), offset / 1e6));
    }

    /** The first beat of a rep nearest to {@code nanos} (the earlier of two as near), or {@code null}. */
    private static BeatMark nearestRepStart(List<BeatMark> beats, long nanos) {
        int low = TimeSearch.firstAtOrAfter(beats, BeatMark::nanos, nanos);
        BeatMark before = null;
        for (int i = low - 1; i >= 0 && before == null; i--) {
            before = beats.get(i).accent() == BeatMark.Accent.REP ? beats.get(i) : null;
        }
        BeatMark after = null;
        for (int i = low; i < beats.size() && after == null; i++) {
            after = beats.get(i).accent() == BeatMark.Accent.REP ? beats.get(i) : null;
        }
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        return nanos - before.nanos() <= after.nanos() - nanos ? before : after;
    }
}
