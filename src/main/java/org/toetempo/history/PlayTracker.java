package org.toetempo.history;

import org.toetempo.timing.Schedule;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects the reps a session really played, for a record of a session stopped part-way or with steps skipped.
 * Feed it the session's schedule and position once per frame ({@link #observe}); around a jump (next, previous or
 * restart step) call {@link #observe} before the command and {@link #jumped} after it, so the reps jumped over
 * are not counted. A tempo change (a new schedule object) is followed without losing the place.
 *
 * <p>Without the {@link #jumped} calls it still guards against jumps: a forward move of more than
 * {@link #MAX_FRAME_GAP_NANOS} between two frames is taken as a jump, not as play. Thread-safe.
 */
public final class PlayTracker {

    /** A longer forward move between two frames counts as a jump (a stalled UI loses at most this much). */
    public static final long MAX_FRAME_GAP_NANOS = 1_500_000_000L;
    /** After a tempo change, a rep that ended this recently in the new schedule was played across the change. */
    static final long SWITCH_SLACK_NANOS = 100_000_000L;

    private final Set<PlayedReps.Rep> reps = new HashSet<>();
    private Schedule schedule;
    private long position;
    private long activeNanos;
    private boolean reachedEnd;

    /** A tracker at the start of the schedule. */
    public PlayTracker(Schedule schedule) {
        this.schedule = schedule;
    }

    /** The session is at {@code nanos} of {@code current} (its schedule now): counts what was played since the last call. */
    public synchronized void observe(Schedule current, long nanos) {
        if (current != schedule) {
            // A tempo change: the same place in a new schedule. Keep a rep that ended right at the switch.
            PlayedReps.collect(current, nanos - SWITCH_SLACK_NANOS, nanos, reps);
            schedule = current;
        } else if (nanos > position && nanos - position <= MAX_FRAME_GAP_NANOS) {
            PlayedReps.collect(current, position, nanos, reps);
            activeNanos += nanos - position;
            // Only playing into the end completes a session; jumping there (→ past the last step) does not.
            reachedEnd |= nanos >= current.totalNanos();
        }
        position = nanos;
    }

    /** The session jumped to {@code nanos}: nothing between was played. */
    public synchronized void jumped(Schedule current, long nanos) {
        schedule = current;
        position = nanos;
    }

    /** Marks a stretch of a schedule as played (for callers that know the spans they played). */
    public synchronized void played(Schedule current, long fromNanos, long toNanos) {
        PlayedReps.collect(current, fromNanos, toNanos, reps);
        activeNanos += Math.max(0, toNanos - fromNanos);
        if (toNanos >= current.totalNanos()) {
            reachedEnd = true;
        }
    }

    public synchronized Schedule schedule() {
        return schedule;
    }

    public synchronized PlayedReps result() {
        return new PlayedReps(reps, reachedEnd, activeNanos / 1e9);
    }
}
