package org.toetempo.timing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a rest can be lengthened by 15 s on the fly (E in the player); what follows it comes that much later. */
class ExtendRestTest {

    private static final long SECOND = 1_000_000_000L;
    private final VirtualClock clock = new VirtualClock(5 * SECOND);

    @Test
    void extendingARestDelaysEverythingAfterItByExactlyTheExtension() {
        Session session = new Session(Routines.builtIn("arch-doming"), PlayOptions.defaults(), clock);
        Segment rest = session.schedule().segments().stream().filter(s -> s.activity() == Activity.REST)
                .filter(s -> s.endNanos() - s.startNanos() >= 30 * SECOND).findFirst().orElseThrow();
        long start = clock.nanos();
        session.play();

        clock.set(start + rest.startNanos() - 2 * SECOND);
        assertThat(session.extendRest(15 * SECOND)).isFalse();

        clock.set(start + rest.startNanos() + 3 * SECOND);
        int left = session.snapshot().countdown();
        assertThat(session.extendRest(15 * SECOND)).isTrue();
        assertThat(session.snapshot().countdown()).isEqualTo(left + 15);
        assertThat(session.extendRest(15 * SECOND)).isTrue();
        assertThat(session.snapshot().countdown()).isEqualTo(left + 30);

        // A pause in the middle keeps what is left of the extension.
        clock.advanceNanos(10 * SECOND);
        session.pause();
        clock.advanceNanos(100 * SECOND);
        session.resume();
        assertThat(session.snapshot().countdown()).isEqualTo(left + 20);

        // The rest ends 30 s later than planned (plus the pause), on the nanosecond; nothing drifts.
        long restEndWall = start + rest.endNanos() + 30 * SECOND + 100 * SECOND;
        clock.set(restEndWall - 1);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.REST);
        clock.set(restEndWall + SECOND);
        assertThat(session.snapshot().nanos()).isEqualTo(rest.endNanos() + SECOND);
        assertThat(session.snapshot().activity()).isNotEqualTo(Activity.REST);
    }
}
