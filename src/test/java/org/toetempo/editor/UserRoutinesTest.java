package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.Action;
import org.toetempo.routine.Block;
import org.toetempo.routine.EveryFieldRoutine;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Period;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Stage;
import org.toetempo.routine.TempoOverride;
import org.toetempo.timing.PlayedLength;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.toetempo.editor.EditorFixtures.READER;
import static org.toetempo.editor.EditorFixtures.builtIn;

/** Duplicate, edit, save, find in the library, open again: the round trip keeps every field. */
class UserRoutinesTest {

    @TempDir
    Path home;

    private UserRoutines routines() {
        return EditorFixtures.userRoutines(home);
    }

    private static String[] files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return new String[0];
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void duplicateEditSaveAndFindItInTheLibrary() throws IOException {
        UserRoutines routines = routines();
        EditableRoutine editor = routines.duplicate(builtIn("musical-toes"));
        assertThat(editor.routine().id()).isEqualTo("musical-toes-copy");
        assertThat(editor.dirty()).isTrue();

        editor.execute(StepEdits.setStepReps(0, 0, 6));
        editor.execute(Edits.setBpm(50));
        SaveResult saved = routines.save(editor);

        assertThat(saved.problems()).isEmpty();
        assertThat(saved.file()).isEqualTo(routines.folder().resolve("musical-toes-copy.json"));
        assertThat(editor.dirty()).isFalse();
        assertThat(editor.file()).isEqualTo(saved.file());
        assertThat(Files.readString(saved.file())).startsWith("{\n  \"$schema\": \"./schema/routine.schema.json\",")
                .doesNotContain("\"exercises\"");
        RoutineLibrary library = routines.library();
        RoutineLibrary.Entry entry = library.entry("musical-toes-copy").orElseThrow();
        assertThat(entry.origin()).isEqualTo(RoutineLibrary.Origin.USER);
        assertThat(entry.routine()).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(entry.routine().blocks().get(0).steps().get(0).reps()).isEqualTo(6);

        EditableRoutine again = routines.open(entry);
        assertThat(again.dirty()).isFalse();
        assertThat(again.routine()).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(files(routines.folder())).containsExactly("musical-toes-copy.json");
    }

    @Test
    void aRoutineWithEveryFieldSurvivesSaveAndLoad() throws IOException {
        UserRoutines routines = routines();
        Path source = home.resolve("every-field.json");
        Files.writeString(source, EveryFieldRoutine.TEXT);
        Routine original = RoutineLibrary.readFile(READER, source).routine();
        EditableRoutine editor = routines.duplicate(original);
        editor.execute(Edits.setId("every-field"));

        assertThat(routines.save(editor).ok()).isTrue();

        Routine loaded = routines.library().find("every-field").orElseThrow();
        assertThat(loaded).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(RoutineBuilder.from(loaded).name(original.name()).duration(original.duration()).build()).isEqualTo(original);
    }

    @Test
    void aProgrammesStagesAndTheRoutinesOwnExercisesEditedSurviveSaveAndLoad() throws IOException {
        UserRoutines routines = routines();
        Path source = home.resolve("every-field.json");
        Files.writeString(source, EveryFieldRoutine.TEXT);
        EditableRoutine editor = routines.duplicate(RoutineLibrary.readFile(READER, source).routine());
        // Stages: every field of one, a new one with a block in it.
        editor.execute(Edits.setStageName(1, "Stage B: standing"));
        editor.execute(Edits.setStageWeeks(1, 3, 8));
        editor.execute(Edits.setStageFrequency(1, new Frequency(2, Period.DAY, "Morning and night")));
        editor.execute(Edits.setStageNote(1, "Hold on to a chair."));
        editor.execute(Edits.setStageId(0, "seated"));
        editor.execute(Edits.addStage(2, new Stage("c", "Stage C", 9, 12, null, null)));
        editor.execute(Edits.setBlockStage(2, "c"));
        // The routine's own exercises: fields, a level renamed (its step follows), a level's own rep, a new one.
        editor.execute(ExerciseEdits.setExerciseName("towel-scrunch", "Towel Curl"));
        editor.execute(ExerciseEdits.setExerciseTexts("towel-scrunch", ExerciseEdits.ExerciseText.MISTAKES, List.of("Lifting the heel.", "Rushing.")));
        editor.execute(ExerciseEdits.setLevelId("towel-scrunch", 0, "thin"));
        editor.execute(ExerciseEdits.setLevelPhases("towel-scrunch", 2, List.of(new Phase(Action.GRAB, 3, 0, "grab", null),
                new Phase(Action.RELEASE, 3, 0, "let go", FootPart.LESSER_TOES))));
        editor.execute(ExerciseEdits.renameExercise("plain-hold", "still-stand"));
        editor.execute(ExerciseEdits.putExercise(ExerciseBuilder.named("heel-walk", "Heel Walk").figure(FootPart.HEEL).build()));
        // Tempo: a step's range, a block's ramp.
        editor.execute(StepEdits.setStepBpmRange(0, 0, 45.0, 70.0));
        editor.execute(Edits.setBlockRamp(0, 95.0));
        editor.execute(Edits.setId("every-field-edited"));
        assertThat(editor.validation().lines()).isEmpty();

        assertThat(routines.save(editor).ok()).isTrue();

        Routine loaded = routines.library().find("every-field-edited").orElseThrow();
        assertThat(loaded).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(loaded.stages()).extracting(Stage::id).containsExactly("seated", "b", "c");
        assertThat(loaded.stages().get(1)).isEqualTo(new Stage("b", "Stage B: standing", 3, 8,
                new Frequency(2, Period.DAY, "Morning and night"), "Hold on to a chair."));
        assertThat(loaded.blocks()).extracting(Block::stage).containsExactly("seated", "b", "c");
        assertThat(loaded.exercises().get("towel-scrunch").levels().get(0).id()).isEqualTo("thin");
        assertThat(loaded.blocks().get(0).steps().get(0).level()).isEqualTo("thin");
        assertThat(loaded.exercises().get("towel-scrunch").levels().get(2).phases()).hasSize(2);
        assertThat(loaded.exercises()).containsKeys("still-stand", "heel-walk", "unused-own").doesNotContainKey("plain-hold");
        assertThat(loaded.blocks().get(1).steps().get(1).exercise()).isEqualTo("still-stand");
        assertThat(loaded.blocks().get(0).steps().get(0).tempo()).isEqualTo(new TempoOverride(50.0, 45.0, 70.0, null, null));
        assertThat(loaded.blocks().get(0).tempo().rampToBpm()).isEqualTo(95.0);
        assertThat(routines.open(routines.library().entry("every-field-edited").orElseThrow()).routine()).isEqualTo(loaded);
    }

    @Test
    void builtInRoutinesAreReadOnly() {
        UserRoutines routines = routines();
        RoutineLibrary.Entry builtIn = routines.library().entry("musical-toes").orElseThrow();

        assertThatThrownBy(() -> routines.open(builtIn)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate");

        EditableRoutine editor = routines.duplicate(builtIn.routine());
        editor.execute(Edits.setId("musical-toes"));
        SaveResult result = routines.save(editor);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.id");
            assertThat(p.message()).isEqualTo("the id 'musical-toes' belongs to the built-in routine Musical Toes; choose another id");
        });
        assertThat(routines.folder()).doesNotExist();
    }

    @Test
    void anInvalidRoutineIsNotSavedAndItsProblemsSayWhy() {
        UserRoutines routines = routines();
        EditableRoutine editor = routines.blank();
        editor.execute(StepEdits.setStepSets(0, 0, 99));

        SaveResult result = routines.save(editor);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p ->
                assertThat(p.toString()).isEqualTo("my-routine.json:32:19: $.blocks[0].steps[0].sets: sets must be a whole number from 1 to 50, not 99"));
        assertThat(editor.dirty()).isTrue();
        assertThat(routines.folder()).doesNotExist();
    }

    @Test
    void anIdTakenByAnotherOfTheUsersRoutinesIsRefused() {
        UserRoutines routines = routines();
        EditableRoutine first = routines.blank();
        assertThat(routines.save(first).ok()).isTrue();
        EditableRoutine second = routines.blank();
        assertThat(second.routine().id()).isEqualTo("my-routine-2");
        second.execute(Edits.setId("my-routine"));

        SaveResult result = routines.save(second);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).message()).startsWith("the id 'my-routine' is already used by your routine My routine");
    }

    @Test
    void changingTheIdMovesTheFile() throws IOException {
        UserRoutines routines = routines();
        EditableRoutine editor = routines.blank();
        routines.save(editor);
        editor.execute(Edits.setId("for-ann"));

        SaveResult result = routines.save(editor);

        assertThat(result.ok()).isTrue();
        assertThat(files(routines.folder())).containsExactly("for-ann.json");
        editor.execute(Edits.setName("For Ann"));
        assertThat(routines.save(editor).file()).isEqualTo(routines.folder().resolve("for-ann.json"));
    }

    @Test
    void savingAgainOverwritesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        UserRoutines routines = routines();
        EditableRoutine editor = routines.blank();
        routines.save(editor);
        for (int reps = 1; reps <= 5; reps++) {
            editor.execute(StepEdits.setStepReps(0, 0, reps));
            assertThat(routines.save(editor).ok()).isTrue();
        }
        assertThat(files(routines.folder())).containsExactly("my-routine.json");
        LoadResult loaded = RoutineLibrary.readFile(READER, routines.folder().resolve("my-routine.json"));
        assertThat(loaded.routine().blocks().get(0).steps().get(0).reps()).isEqualTo(5);
    }

    @Test
    void exportWritesAStandaloneFileThatImportsAgain() throws IOException {
        UserRoutines routines = routines();
        Path out = home.resolve("share/musical-toes.json");

        UserRoutines.export(builtIn("musical-toes"), out);

        String text = Files.readString(out);
        assertThat(text).contains("\"exercises\": {", "\"single-big-toe-raise\": {");
        ImportCheck check = routines.checkImport(out);
        assertThat(check.clash()).isEqualTo(ImportCheck.Clash.BUILT_IN);
        SaveResult imported = routines.importRoutine(check, ImportDecision.rename(check.freeId()));
        assertThat(imported.file()).isEqualTo(routines.folder().resolve("musical-toes-2.json"));
        Routine back = routines.library().find("musical-toes-2").orElseThrow();
        // A copy under a new id is named apart from the routine it copies.
        assertThat(back.name()).isEqualTo("Musical Toes (2)");
        assertThat(RoutineBuilder.from(back).id("musical-toes").name("Musical Toes").duration(builtIn("musical-toes").duration()).build())
                .isEqualTo(builtIn("musical-toes"));
    }

    @Test
    void anInvalidEditorIsNotExported() {
        UserRoutines routines = routines();
        EditableRoutine editor = routines.blank();
        editor.execute(Edits.setBpm(10));
        Path out = home.resolve("out.json");

        assertThat(routines.export(editor, out).ok()).isFalse();
        assertThat(out).doesNotExist();
    }
}
