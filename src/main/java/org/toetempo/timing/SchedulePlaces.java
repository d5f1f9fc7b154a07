package org.toetempo.timing;

import java.util.List;

/**
 * Places in a schedule: the step, beat and block a schedule time falls in, and the same place in another schedule
 * of the same routine (after a change of tempo or options).
 */
final class SchedulePlaces {

    private SchedulePlaces() {
    }

    /** The step a schedule time belongs to: the last to have started, or the first during the count-in. */
    static int stepIndexAt(Schedule schedule, long at) {
        List<ScheduledStep> steps = schedule.steps();
        if (steps.isEmpty()) {
            return -1;
        }
        return Math.max(0, TimeSearch.lastAtOrBefore(steps, ScheduledStep::startNanos, at));
    }

    static int beatIndexAt(Schedule schedule, long at) {
        return Math.max(0, TimeSearch.lastAtOrBefore(schedule.beats(), BeatMark::nanos, at));
    }

    static int blockAt(Schedule schedule, int segmentIndex) {
        List<Segment> segments = schedule.segments();
        for (int i = segmentIndex; i < segments.size(); i++) {
            if (segments.get(i).step() >= 0) {
                return schedule.steps().get(segments.get(i).step()).block();
            }
        }
        return schedule.steps().isEmpty() ? 0 : schedule.steps().get(schedule.steps().size() - 1).block();
    }

    /** The fractional beat offset of {@code at} within a beat segment (0 for a timed one). */
    static double exactBeatOffset(Schedule schedule, int segmentIndex, long at) {
        Segment segment = schedule.segments().get(segmentIndex);
        return segment.onBeats() ? segment.grid().beatAt(at) - segment.gridBeat() : 0;
    }

    /** {@link #mapPosition} for any schedule time: by beat within a beat segment, by time into a timed one. */
    static long samePlace(Schedule schedule, long at, Schedule target) {
        int segmentIndex = schedule.segmentAt(at);
        Segment segment = schedule.segments().get(segmentIndex);
        long mapped = mapPosition(schedule, segmentIndex, exactBeatOffset(schedule, segmentIndex, at), target);
        if (!segment.onBeats()) {
            Segment there = target.segments().get(target.segmentAt(mapped));
            mapped += Math.max(0, Math.min(at - segment.startNanos(), there.endNanos() - 1 - mapped));
        }
        return mapped;
    }

    /**
     * The schedule time in {@code target} of the same place: the same segment of the same step (steps and their
     * segments keep their order whatever the tempo), at the same beat within it.
     */
    static long mapPosition(Schedule schedule, int segmentIndex, double beatOffset, Schedule target) {
        Segment segment = schedule.segments().get(segmentIndex);
        int mapped;
        if (segment.step() >= 0 && segment.step() < target.steps().size()) {
            int ordinal = segmentIndex - schedule.steps().get(segment.step()).firstSegment();
            mapped = Math.min(target.steps().get(segment.step()).firstSegment() + ordinal, target.segments().size() - 1);
        } else {
            mapped = Math.min(segmentIndex, target.segments().size() - 1);
        }
        Segment there = target.segments().get(mapped);
        if (there.onBeats()) {
            return there.grid().timeOf(there.gridBeat() + Math.min(beatOffset, there.beats()));
        }
        return there.startNanos();
    }
}
