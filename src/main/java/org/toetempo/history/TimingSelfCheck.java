package org.toetempo.history;

import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional timing self-check: the user taps (Space or a foot pedal) on each lift, and each tap is matched to
 * the nearest first beat of a rep within half a beat either side. The result is, per block and exercise, how
 * early or late the taps were. Taps are given in schedule time: the session's position when the key went down,
 * corrected for the output latency the user calibrated (the click is heard that much after it is scheduled).
 */
public final class TimingSelfCheck {

    private TimingSelfCheck() {
    }

    /** Offsets of the taps from the reps' first beats, grouped by block and exercise (in schedule order). */
    public static List<TimingCheck> fromTaps(Schedule schedule, long[] tapNanos) {
        List<BeatMark> reps = new ArrayList<>();
        for (BeatMark beat : schedule.beats()) {
            if (beat.accent() == BeatMark.Accent.REP) {
                reps.add(beat);
            }
        }
        Map<String, List<Double>> offsets = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        Map<String, String> exercises = new LinkedHashMap<>();
        long[] taps = tapNanos.clone();
        java.util.Arrays.sort(taps);
        for (long tap : taps) {
            int nearest = nearest(reps, tap);
            if (nearest < 0) {
                continue;
            }
            BeatMark beat = reps.get(nearest);
            Segment segment = schedule.segments().get(schedule.segmentAt(beat.nanos()));
            if (segment.step() < 0 || !segment.onBeats()) {
                continue;
            }
            double beatNanos = 60e9 / segment.grid().bpmAt(segment.gridBeat());
            long offset = tap - beat.nanos();
            if (Math.abs(offset) > beatNanos / 2) {
                continue;
            }
            ScheduledStep step = schedule.steps().get(segment.step());
            String key = step.block() + "/" + step.exercise().id();
            offsets.computeIfAbsent(key, k -> new ArrayList<>()).add(offset / 1e6);
            keys.putIfAbsent(key, new int[] {step.block()});
            exercises.putIfAbsent(key, step.exercise().id());
        }
        List<TimingCheck> out = new ArrayList<>();
        for (Map.Entry<String, List<Double>> entry : offsets.entrySet()) {
            double[] values = entry.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            out.add(TimingCheck.of(keys.get(entry.getKey())[0], exercises.get(entry.getKey()), values));
        }
        return out;
    }

    private static int nearest(List<BeatMark> beats, long nanos) {
        if (beats.isEmpty()) {
            return -1;
        }
        int low = 0;
        int high = beats.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (beats.get(mid).nanos() < nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low > 0 && Math.abs(beats.get(low - 1).nanos() - nanos) <= Math.abs(beats.get(low).nanos() - nanos)) {
            return low - 1;
        }
        return low;
    }
}
