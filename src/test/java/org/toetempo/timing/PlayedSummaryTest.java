package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a summary that names a movement the chosen level leaves out gives way to the steps played. The rule read
 * English words ("hop"), so the German summary's "Hüpfern" stayed; now it reads the routine's data.
 */
class PlayedSummaryTest {

    private static Routine archDoming(String language) {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn(language));
        return RoutineLibrary.readFile(reader, Path.of("routines/arch-doming.json")).routine();
    }

    @Test
    void theSeatedLevelLeavesOutTheHopsAndItsSummaryInBothLanguages() {
        for (String language : new String[] {"en", "de"}) {
            Routine routine = archDoming(language);
            PlayedRoutine seated = PlayedRoutine.of(routine, PlayOptions.defaults());
            assertThat(seated.unplayedMovements()).as(language).contains(Action.HOP);
            assertThat(seated.summary()).as(language).isNotEqualTo(routine.summary())
                    .doesNotContainIgnoringCase("hop").doesNotContainIgnoringCase("hüpf");
            assertThat(seated.summary()).as(language).startsWith(seated.stepsInOrder().substring(0, 10));
        }
        assertThat(archDoming("de").summary()).as("the German summary names the hops").contains("Hüpfern");
        Messages german = Messages.of(Language.GERMAN);
        PlayedRoutine seated = PlayedRoutine.of(archDoming("de"), PlayOptions.defaults());
        assertThat(seated.summary(german)).as("joined in German").contains(", dann ").doesNotContain("Hüpf");
    }

    @Test
    void atTheHopsLevelEveryWrittenMovementPlaysAndTheAuthorsSummaryStands() {
        for (String language : new String[] {"en", "de"}) {
            Routine routine = archDoming(language);
            PlayedRoutine dynamic = PlayedRoutine.of(routine, PlayOptions.defaults().withLevel("short-foot", "dynamic"));
            assertThat(dynamic.unplayedMovements()).as(language).isEmpty();
            assertThat(dynamic.summary()).as(language).isEqualTo(routine.summary());
        }
    }

    @Test
    void aRoutineThatPlaysAllItWritesKeepsItsSummary() {
        Routine musicalToes = Routines.builtIn("musical-toes");
        assertThat(PlayedRoutine.of(musicalToes, PlayOptions.defaults()).summary()).isEqualTo(musicalToes.summary());
    }
}
