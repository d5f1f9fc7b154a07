package org.toetempo.ui.player;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Segment;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's time left is what the session will still play: a longer rest adds to it, a skipped one takes off. */
class PlayerTimeLeftTest {

    private static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("musical-toes").orElseThrow();
    private static final long SECOND = 1_000_000_000L;

    private final VirtualClock clock = new VirtualClock();
    private final Session session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
    private final PlayerModel model = new PlayerModel(MUSICAL_TOES, session);

    private Segment firstRest() {
        return session.schedule().segments().stream().filter(s -> s.activity() == Activity.REST
                && s.durationNanos() > 5 * SECOND).findFirst().orElseThrow();
    }

    @Test
    void aLongerRestAddsItsSecondsAndTheClockKeepsCountingDownThroughIt() {
        session.play();
        Segment rest = firstRest();
        clock.set(rest.startNanos() + 2 * SECOND);
        model.refresh();
        long before = model.remainingNanosProperty().get();
        assertThat(before).isEqualTo(session.schedule().totalNanos() - rest.startNanos() - 2 * SECOND);
        String shownBefore = model.timeLeftProperty().get();

        model.extendRest();
        model.refresh();
        assertThat(model.remainingNanosProperty().get()).isEqualTo(before + 15 * SECOND);
        assertThat(model.timeLeftProperty().get()).isEqualTo(PlayerWords.clock(before + 15 * SECOND) + " left")
                .isNotEqualTo(shownBefore);

        // Every second of the rest, longer now, takes a second off: no standing still for 15 s, no jump after.
        for (int s = 1; s <= 20; s++) {
            clock.advanceNanos(SECOND);
            model.refresh();
            assertThat(model.remainingNanosProperty().get()).as("after %d s", s).isEqualTo(before + 15 * SECOND - s * SECOND);
        }
    }

    @Test
    void aSkippedRestTakesWhatWasLeftOfItOff() {
        session.play();
        Segment rest = firstRest();
        clock.set(rest.startNanos() + SECOND);
        model.refresh();
        long before = model.remainingNanosProperty().get();
        model.skipRest();
        model.refresh();
        assertThat(model.remainingNanosProperty().get()).isEqualTo(before - (rest.durationNanos() - SECOND));
    }

    @Test
    void pausedTheTimeLeftStandsStill() {
        session.play();
        clock.set(10 * SECOND);
        model.togglePlay();
        model.refresh();
        long paused = model.remainingNanosProperty().get();
        clock.advanceNanos(30 * SECOND);
        model.refresh();
        assertThat(model.remainingNanosProperty().get()).isEqualTo(paused);
        assertThat(paused).isEqualTo(session.schedule().totalNanos() - 10 * SECOND);
    }
}
