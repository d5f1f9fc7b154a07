package org.toetempo.timing;

import java.time.Duration;

/** A clock that moves only when told to: deterministic time for tests and offline rendering. */
public final class VirtualClock implements Clock {

    private long now;

    public VirtualClock() {
        this(0);
    }

    public VirtualClock(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public long nanos() {
        return now;
    }

    public void advance(Duration duration) {
        advanceNanos(duration.toNanos());
    }

    public void advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a monotonic clock cannot go back: " + nanos);
        }
        now += nanos;
    }

    /** Moves to an absolute time, which must not be in the past. */
    public void set(long nanos) {
        advanceNanos(nanos - now);
    }
}
