package org.toetempo.timing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a rest can be skipped on the fly (N in the player); outside a rest nothing moves. */
class SkipRestTest {

    private static final long SECOND = 1_000_000_000L;
    private final VirtualClock clock = new VirtualClock(5 * SECOND);

    @Test
    void skippingARestGoesOnAtItsEndAndOnlyInARest() {
        Session session = new Session(Routines.builtIn("arch-doming"), PlayOptions.defaults(), clock);
        Segment rest = session.schedule().segments().stream().filter(s -> s.activity() == Activity.REST)
                .filter(s -> s.endNanos() - s.startNanos() >= 30 * SECOND).findFirst().orElseThrow();
        long start = clock.nanos();
        session.play();

        clock.set(start + rest.startNanos() - 2 * SECOND);
        assertThat(session.skipRest()).isFalse();
        long before = session.snapshot().nanos();
        assertThat(before).isEqualTo(rest.startNanos() - 2 * SECOND);

        clock.set(start + rest.startNanos() + 3 * SECOND);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.REST);
        assertThat(session.skipRest()).isTrue();
        clock.advanceNanos(SECOND);
        Snapshot after = session.snapshot();
        assertThat(after.nanos()).isBetween(rest.endNanos(), rest.endNanos() + SECOND);
        assertThat(after.activity()).isNotEqualTo(Activity.REST);
    }
}
