package org.toetempo.media;

import org.toetempo.routine.Action;
import org.toetempo.routine.Clip;
import org.toetempo.timing.Activity;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.util.List;

/**
 * Where a step's clip should be at each instant of a session: a pure function of the schedule position, so the
 * audio clock leads the video as it leads everything else, and a virtual clock tests it.
 *
 * <p>One rep in the clip ({@link Clip#repInSeconds()} to {@link Clip#repOutSeconds()}) is spread over the moving
 * phases of one rep of the routine (lift, lower, spread...), in proportion to their time; a hold freezes the video
 * on the frame where the movement before it ended; a rest, count-in or lead-in shows the first frame of the next
 * rep (the next exercise's, after a step ends). The rate is the clip's rep over the routine's moving time, so at
 * a new tempo the same clip still fits one rep.
 */
public final class ClipTiming {

    private ClipTiming() {
    }

    /**
     * The clip's position at schedule time {@code at}, or {@code null} when the step there (or next) has no clip.
     */
    public static ClipPosition at(Schedule schedule, long at) {
        List<Segment> segments = schedule.segments();
        if (segments.isEmpty()) {
            return null;
        }
        int index = schedule.segmentAt(at);
        Segment segment = segments.get(index);
        if (isRep(segment)) {
            return inRep(schedule, index, at);
        }
        for (int i = index + 1; i < segments.size(); i++) {
            Segment next = segments.get(i);
            if (isRep(next)) {
                Clip clip = clipOf(schedule, next.step());
                return clip == null ? null : new ClipPosition(next.step(), clip, clip.repInSeconds(), 0, false, -1);
            }
        }
        return null;
    }

    private static ClipPosition inRep(Schedule schedule, int index, long at) {
        List<Segment> segments = schedule.segments();
        Segment segment = segments.get(index);
        Clip clip = clipOf(schedule, segment.step());
        if (clip == null) {
            return null;
        }
        int first = index;
        while (first > 0 && sameRep(segments.get(first - 1), segment)) {
            first--;
        }
        int last = index;
        while (last + 1 < segments.size() && sameRep(segments.get(last + 1), segment)) {
            last++;
        }
        long moving = 0;
        long before = 0;
        for (int i = first; i <= last; i++) {
            Segment s = segments.get(i);
            if (still(s)) {
                continue;
            }
            moving += s.durationNanos();
            if (i < index) {
                before += s.durationNanos();
            } else if (i == index) {
                before += Math.max(0, Math.min(s.durationNanos(), at - s.startNanos()));
            }
        }
        long key = segments.get(first).startNanos();
        if (moving == 0) {
            // A rep that only holds (an isometric exercise): the rep's first frame, still.
            return new ClipPosition(segment.step(), clip, clip.repInSeconds(), 0, at == key, key);
        }
        double fraction = before / (double) moving;
        double rate = still(segment) ? 0 : clip.repSeconds() / (moving / 1e9);
        return new ClipPosition(segment.step(), clip, clip.repInSeconds() + fraction * clip.repSeconds(), rate,
                at == key, key);
    }

    /** A hold, timed in seconds or in beats: the foot stays put, so the video does too. */
    private static boolean still(Segment s) {
        return s.activity() == Activity.HOLD || s.action() == Action.HOLD;
    }

    private static boolean isRep(Segment s) {
        return (s.activity() == Activity.MOVE || s.activity() == Activity.HOLD) && s.step() >= 0;
    }

    private static boolean sameRep(Segment a, Segment b) {
        return isRep(a) && a.step() == b.step() && a.set() == b.set() && a.rep() == b.rep() && a.side() == b.side()
                // A new rep starts again at phase 0; a phase index going down is the next rep of an unnumbered run.
                && (a.startNanos() < b.startNanos() ? a.phase() < b.phase() : a.phase() > b.phase());
    }

    /** The clip for a scheduled step: its level's own, else its exercise's. */
    public static Clip clipOf(Schedule schedule, int step) {
        if (step < 0 || step >= schedule.steps().size()) {
            return null;
        }
        ScheduledStep s = schedule.steps().get(step);
        return s.exercise() == null ? null : s.exercise().clipAt(s.level());
    }
}
