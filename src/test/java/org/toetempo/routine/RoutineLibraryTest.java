package org.toetempo.routine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineLibraryTest {

    private final RoutineReader reader = new RoutineReader(Fixtures.LIBRARY);

    @Test
    void aBrokenUserRoutineIsListedWithItsProblemsAndTheRestLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.json"), Fixtures.MINIMAL);
        Files.writeString(dir.resolve("broken.json"), Fixtures.MINIMAL.replace("\"reps\": 8", "\"reps\": -1"));
        Files.write(dir.resolve("garbage.json"), new byte[] {1, 2, 3, 0});
        Files.writeString(dir.resolve("notes.txt"), "not a routine");

        RoutineLibrary library = RoutineLibrary.load(reader, dir);

        assertThat(library.entries()).filteredOn(e -> e.origin() == RoutineLibrary.Origin.USER).hasSize(3);
        assertThat(library.find("big-toe-basics")).isPresent();
        assertThat(library.find("musical-toes")).isPresent();
        RoutineLibrary.Entry broken = library.entries().stream()
                .filter(e -> e.location().endsWith("broken.json")).findFirst().orElseThrow();
        assertThat(broken.ok()).isFalse();
        assertThat(broken.result().problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith("$.blocks[0].steps[0].reps: reps must be a whole number from 1 to 500, not -1"));
    }

    @Test
    void aUserRoutineCannotTakeABuiltInId(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("copy.json"), Fixtures.MINIMAL.replace("\"big-toe-basics\"", "\"musical-toes\""));

        RoutineLibrary library = RoutineLibrary.load(reader, dir);

        RoutineLibrary.Entry copy = library.entries().stream()
                .filter(e -> e.origin() == RoutineLibrary.Origin.USER).findFirst().orElseThrow();
        assertThat(copy.ok()).isFalse();
        assertThat(copy.result().problems().get(0).message())
                .isEqualTo("the id 'musical-toes' is already used by the built-in routine routines/musical-toes.json; give this routine another id");
        assertThat(library.find("musical-toes").orElseThrow().name()).isEqualTo("Musical Toes");
    }

    @Test
    void aMissingUserFolderIsSimplyEmpty(@TempDir Path dir) {
        RoutineLibrary library = RoutineLibrary.load(reader, dir.resolve("not-there"));

        assertThat(library.entries()).allMatch(e -> e.origin() == RoutineLibrary.Origin.BUILT_IN);
    }
}
