package org.toetempo.timing;

/**
 * A monotonic time source in nanoseconds. The engine asks it for "now" and never sleeps: the app passes the
 * system clock (or the audio line's frame count), tests pass a {@link VirtualClock}.
 */
@FunctionalInterface
public interface Clock {

    /** Nanoseconds from an arbitrary fixed origin; never decreases. */
    long nanos();

    /** The JVM's monotonic clock. */
    static Clock system() {
        return System::nanoTime;
    }
}
