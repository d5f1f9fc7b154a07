package org.toetempo.routine;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineWriterTest {

    private static final RoutineReader READER = new RoutineReader(Fixtures.LIBRARY);

    /** A routine using every field of the format, with exercises of its own. */
    static final String EVERY_FIELD = EveryFieldRoutine.TEXT;

    private static Routine read(String name, byte[] bytes) {
        LoadResult result = READER.read(name, bytes);
        assertThat(result.problems()).as(name).isEmpty();
        return result.routine();
    }

    private static Routine read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRoutineSurvivesWriteAndReadUnchanged() {
        return RoutineLibrary.builtInFiles().entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            Routine original = read(file.getKey(), file.getValue());
            for (RoutineWriter writer : List.of(RoutineWriter.standalone(), RoutineWriter.forLibrary(Fixtures.LIBRARY))) {
                String written = writer.write(original);
                Routine again = read("written-" + file.getKey(), written);
                assertThat(again).isEqualTo(original);
                assertThat(writer.write(again)).isEqualTo(written);
            }
        }));
    }

    @Test
    void aRoutineWithEveryFieldSurvivesWriteAndReadUnchanged() {
        Routine original = read("every-field.json", EVERY_FIELD);
        assertThat(original.exercises()).containsKeys("towel-scrunch", "plain-hold", "unused-own", "single-big-toe-raise", "toe-fan");
        for (RoutineWriter writer : List.of(RoutineWriter.standalone(), RoutineWriter.forLibrary(Fixtures.LIBRARY))) {
            String written = writer.write(original);
            assertThat(read("written.json", written)).isEqualTo(original);
        }
        String written = RoutineWriter.standalone().write(original);
        assertThat(written).contains("\"tempo\": {}", "\"until_song_ends\": true", "\"optional\": true",
                "\"only_at_level\": \"heavy\"", "\"for_seconds\": 30.25", "\"default_level\": \"heavy\"",
                "\"part\": \"lesser-toes\"", "\"seconds\": 2.5", "\"half_time_above_bpm\": 130.5");
    }

    @Test
    void theFileLooksLikeTheBuiltInOnes() {
        Routine routine = read("m.json", RoutineLibrary.builtInFiles().get("routines/musical-toes.json"));
        String text = RoutineWriter.standalone().write(routine);
        assertThat(text).startsWith("{\n  \"$schema\": \"./schema/routine.schema.json\",\n  \"format\": 1,\n  \"id\": \"musical-toes\",\n");
        assertThat(text).endsWith("}\n").doesNotContain(" : ").doesNotContain("\r").doesNotContain("\t");
        assertThat(text).contains("  \"equipment\": [],\n").contains("\"bpm\": 60,").doesNotContain("60.0");
        List<String> order = List.of("\"id\"", "\"name\"", "\"summary\"", "\"purpose\"", "\"audience\"", "\"difficulty\"",
                "\"duration\"", "\"frequency\"", "\"setup\"", "\"equipment\"", "\"safety\"", "\"credits\"", "\"notes\"",
                "\"tempo\"", "\"exercises\"", "\"blocks\"");
        int last = -1;
        for (String key : order) {
            int at = text.indexOf("\n  " + key + ":");
            assertThat(at).as(key).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void defaultsAreLeftOut() {
        Routine routine = Fixtures.read(Fixtures.MINIMAL).routine();
        String text = RoutineWriter.forLibrary(Fixtures.LIBRARY).write(routine);
        assertThat(text).doesNotContain("difficulty", "tolerance_minutes", "count_in_beats", "beats_per_bar",
                "half_time_above_bpm", "min_bpm", "max_bpm", "\"source\"", "credits", "notes", "rest_after_s", "optional", "\"exercises\"");
        assertThat(text).contains("\"tempo\": {\n    \"bpm\": 60\n  }", "\"sets\": 2");
    }

    @Test
    void forTheLibraryOnlyChangedOrOwnExercisesAreWritten() {
        Routine routine = Fixtures.read(Fixtures.MINIMAL).routine();
        Exercise library = routine.exercise("single-big-toe-raise");
        assertThat(RoutineWriter.standalone().write(routine)).contains("\"exercises\": {", "\"single-big-toe-raise\": {");

        Exercise changed = new Exercise(library.id(), "My Big Toe Raise", library.aliases(), library.start(),
                library.instructions(), library.cues(), library.mistakes(), library.targets(), library.equipment(),
                library.figure(), library.phases(), library.levels(), library.defaultLevel(), library.safety(), library.source());
        Routine withChanged = new Routine(routine.format(), routine.id(), routine.name(), routine.summary(), routine.purpose(),
                routine.audience(), routine.difficulty(), routine.duration(), routine.frequency(), routine.setup(),
                routine.equipment(), routine.safety(), routine.credits(), routine.notes(), routine.tempo(),
                Map.of(changed.id(), changed), routine.stages(), routine.blocks());
        String text = RoutineWriter.forLibrary(Fixtures.LIBRARY).write(withChanged);
        assertThat(text).contains("\"My Big Toe Raise\"");
        assertThat(read("changed.json", text)).isEqualTo(withChanged);
    }

    @Test
    void anInvalidRoutineIsWrittenAsItIsSoTheReaderNamesTheProblem() {
        Routine routine = Fixtures.read(Fixtures.MINIMAL).routine();
        Step step = routine.blocks().get(0).steps().get(0);
        Step broken = new Step(step.exercise(), step.title(), step.level(), step.onlyAtLevel(), null, step.sets(), 0, 0,
                step.phases(), step.restBetweenSetsSeconds(), step.restAfterSeconds(), step.tempo(), step.cues(),
                step.prompt(), step.note(), step.optional());
        Block block = routine.blocks().get(0);
        Routine invalid = new Routine(routine.format(), routine.id(), null, routine.summary(), routine.purpose(),
                routine.audience(), routine.difficulty(), routine.duration(), routine.frequency(), routine.setup(),
                routine.equipment(), routine.safety(), routine.credits(), routine.notes(), routine.tempo(),
                routine.exercises(), routine.stages(),
                List.of(new Block(block.name(), null, null, null, 0, null, List.of(broken))));
        LoadResult result = READER.read("broken.json", RoutineWriter.standalone().bytes(invalid));
        assertThat(result.problems()).extracting(Problem::path, Problem::message).contains(
                Tuple.tuple("$", "missing required field 'name'"),
                Tuple.tuple("$.blocks[0].steps[0]",
                        "missing required field 'side' (one of right, left, both, right-then-left, left-then-right, alternating)"),
                Tuple.tuple("$.blocks[0].steps[0]",
                        "missing the dose: give reps (a whole number from 1 to 500) or for_seconds"));
    }
}
