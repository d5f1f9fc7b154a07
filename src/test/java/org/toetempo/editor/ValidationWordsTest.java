package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor shows the loader's problems next to their fields in the app's language; English stays as the loader says. */
class ValidationWordsTest {

    private static final Messages GERMAN = Messages.of(Language.GERMAN);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private static Validation check(String json) {
        return Validation.of(new RoutineReader(ExerciseLibrary.builtIn())
                .read("t.json", json.getBytes(StandardCharsets.UTF_8)).problems());
    }

    @Test
    void eachMissingFieldIsWordedOnItsOwnFieldInGerman() {
        Validation v = check("{\"format\": 1, \"id\": \"x\", \"nmae\": \"y\"}");

        assertThat(v.at("$.name", GERMAN)).containsExactly("Pflichtfeld 'name' fehlt");
        assertThat(v.at("$.name", ENGLISH)).containsExactly("missing required field 'name'").isEqualTo(v.at("$.name"));
        assertThat(v.at("$.nmae", GERMAN)).containsExactly("unbekanntes Feld 'nmae' (meinten Sie 'name'?)");
        for (Validation.FieldProblem f : v.fields()) {
            assertThat(f.message(ENGLISH)).isEqualTo(f.message());
        }
    }
}
