package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedule's own texts follow the language it is compiled in; its times and beats do not change with it. */
class GermanCuesTest {

    private static final RoutineLibrary GERMAN = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn("de")), null);

    private static List<String> texts(Schedule schedule, CueType type) {
        return schedule.cues().stream().filter(c -> c.type() == type).map(Cue::text).toList();
    }

    @Test
    void cueTextsAreGermanWhenCompiledInGerman() {
        Routine routine = GERMAN.find("musical-toes").orElseThrow();
        Schedule german = Schedule.compile(routine, PlayOptions.defaults().inLanguage(Language.GERMAN));

        assertThat(texts(german, CueType.SET_START)).contains("Satz 1 von 1");
        assertThat(texts(german, CueType.REP_COMPLETE)).contains("1 von 10", "10 von 10");
        assertThat(texts(german, CueType.EXERCISE_START)).anyMatch(t -> t.endsWith(" · Rechter Fuß"));
        assertThat(texts(german, CueType.EXERCISE_END)).allMatch(t -> t.endsWith(" geschafft"));
        assertThat(texts(german, CueType.REST_START)).isNotEmpty().allMatch(t -> t.matches("Pause \\d+ s"));
        assertThat(texts(german, CueType.ROUTINE_END)).containsExactly("Gut gemacht: „Musikalische Zehen“ ist geschafft.");
        assertThat(german.cues()).noneMatch(c -> c.text().matches(".*\\b(Set|Rest|Well done|done|Switch)\\b.*"));
    }

    @Test
    void aSideChangeIsSaidInGerman() {
        Routine routine = GERMAN.find("single-leg-balance-routine").orElseThrow();
        Schedule german = Schedule.compile(routine, PlayOptions.defaults().inLanguage(Language.GERMAN));

        assertThat(texts(german, CueType.SWITCH_SIDE)).isNotEmpty()
                .allMatch(t -> t.equals("Wechsel zum linken Fuß") || t.equals("Wechsel zum rechten Fuß"));
    }

    @Test
    void theLanguageChangesOnlyTheWordsNotTheTiming() {
        Routine routine = Routines.builtIn("foot-core-12-week");
        Schedule english = Schedule.compile(routine, PlayOptions.defaults());
        Schedule german = Schedule.compile(routine, PlayOptions.defaults().inLanguage(Language.GERMAN));

        assertThat(texts(english, CueType.SET_START)).contains("Set 1 of 2");
        assertThat(german.beats()).isEqualTo(english.beats());
        assertThat(german.cues()).hasSameSizeAs(english.cues());
        for (int i = 0; i < english.cues().size(); i++) {
            assertThat(german.cues().get(i).nanos()).isEqualTo(english.cues().get(i).nanos());
            assertThat(german.cues().get(i).type()).isEqualTo(english.cues().get(i).type());
        }
        assertThat(german.options().withBpm(70).language()).isEqualTo(Language.GERMAN);
    }
}
