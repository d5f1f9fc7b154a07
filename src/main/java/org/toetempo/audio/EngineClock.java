package org.toetempo.audio;

import org.toetempo.timing.Clock;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Played frames as a smooth, monotonic clock. The line's position moves in coarse steps, so between them the
 * clock runs on the system clock from its last anchor: a reported position ahead of the clock is taken at
 * once (the position never runs ahead of what was played), one behind it pulls the clock back gently (so a
 * slow drift between the sound card and the system clock is followed without the clock jumping), and one far
 * behind (an underrun) is taken at once, the clock then waiting (it never goes back) until the sound catches up.
 */
final class EngineClock implements Clock {

    /** Interpolation never runs further than this past the line's last reported position. */
    static final long MAX_EXTRAPOLATION_NANOS = 60_000_000L;
    /** A reported position this far behind the interpolated clock (an underrun, a flush) is taken at once. */
    static final long RESYNC_NANOS = 40_000_000L;

    private record Anchor(long clock, long system, long limit) {
    }

    private final LongSupplier nanoTime;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);
    private volatile Anchor anchor;
    /** On the system clock: the line's positions are not taken (no line, or a line not yet playing again). */
    private volatile boolean system;

    EngineClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.anchor = new Anchor(0, nanoTime.getAsLong(), 0);
    }

    @Override
    public long nanos() {
        return last.accumulateAndGet(estimate(), Math::max);
    }

    /** The current estimate, before it is held back from going back (may be less than an earlier reading). */
    long estimate() {
        Anchor a = anchor;
        return Math.min(a.clock + (nanoTime.getAsLong() - a.system), a.limit);
    }

    void startAudio(long now, long clockValue) {
        anchor = new Anchor(clockValue, now, clockValue);
    }

    void observe(long observed, long now) {
        Anchor a = anchor;
        if (system) {
            return;
        }
        long estimate = a.clock + (now - a.system);
        long error = observed - estimate;
        long value = error > 0 || error < -RESYNC_NANOS ? observed : estimate + error / 512;
        anchor = new Anchor(value, now, observed + MAX_EXTRAPOLATION_NANOS);
    }

    /** From now on the system clock, continuing from the current value. */
    void fallBackToSystem() {
        long value = nanos();
        anchor = new Anchor(value, nanoTime.getAsLong(), Long.MAX_VALUE);
        system = true;
    }

    /** A line plays again: its positions steer the clock from the next one on, from where the clock is now. */
    void resumeAudio() {
        long value = nanos();
        anchor = new Anchor(value, nanoTime.getAsLong(), Long.MAX_VALUE);
        system = false;
    }
}
