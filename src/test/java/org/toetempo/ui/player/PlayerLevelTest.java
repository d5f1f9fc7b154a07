package org.toetempo.ui.player;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing an exercise's level during a session: remembered for the routine, played from the next step. */
class PlayerLevelTest {

    private static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("musical-toes").orElseThrow();

    private final VirtualClock clock = new VirtualClock();
    private final Session session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
    private final PlayerModel model = new PlayerModel(MUSICAL_TOES, session);
    private final List<String> remembered = new ArrayList<>();

    @Test
    void aLevelChosenMidStepIsRememberedAndPlaysFromTheNextStep() {
        model.rememberLevelsIn((routine, exercise, level) -> {
            remembered.add(routine.id() + ":" + exercise + "=" + level);
            return null;
        });
        session.play();
        clock.set(12_000_000_000L);
        model.refresh();
        var step = model.levelStepProperty().get();
        assertThat(step).as("the big toe raise has a seated and a standing level").isNotNull();
        assertThat(step.exercise().id()).isEqualTo("single-big-toe-raise");
        assertThat(step.level()).isEqualTo("standing");
        String rep = model.repTextProperty().get();

        model.chooseLevel("single-big-toe-raise", "seated");
        assertThat(remembered).containsExactly("musical-toes:single-big-toe-raise=seated");
        assertThat(model.levelNoticeProperty().get()).contains("from the next step");
        assertThat(session.snapshot().step().level()).as("the reps under way are not changed").isEqualTo("standing");
        assertThat(model.repTextProperty().get()).isEqualTo(rep);

        model.nextStep();
        model.refresh();
        assertThat(session.snapshot().step().exercise().id()).isEqualTo("single-big-toe-raise");
        assertThat(session.snapshot().step().level()).isEqualTo("seated");
        assertThat(session.options().levels()).containsEntry("single-big-toe-raise", "seated");
        assertThat(model.levelNoticeProperty().get()).isNull();
    }

    @Test
    void beforeTheSessionStartsALevelAppliesAtOnce() {
        model.chooseLevel("single-big-toe-raise", "seated");
        model.refresh();
        assertThat(session.schedule().steps().get(0).level()).isEqualTo("seated");
        assertThat(model.levelStepProperty().get().level()).isEqualTo("seated");
    }
}
