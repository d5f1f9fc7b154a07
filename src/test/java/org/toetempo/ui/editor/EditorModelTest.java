package org.toetempo.ui.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.editor.StepEdits;
import org.toetempo.editor.Summary;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Step;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's view-model without a screen: selection, structure commands, summary and state. */
class EditorModelTest {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();
    static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(LIBRARY), null).find("musical-toes").orElseThrow();

    @TempDir
    Path home;

    private EditorModel model() {
        UserRoutines routines = new UserRoutines(new AppPaths(home), LIBRARY);
        return new EditorModel(routines.duplicate(MUSICAL_TOES), routines, Runnable::run, Runnable::run, Handouts.THREAD);
    }

    private static Step step(EditorModel m, int b, int s) {
        return m.routineProperty().get().blocks().get(b).steps().get(s);
    }

    @Test
    void opensOnTheFirstStepWithItsSummaryAndState() {
        EditorModel m = model();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 0));
        assertThat(m.dirtyProperty().get()).isTrue();
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.canUndoProperty().get()).isFalse();
        assertThat(m.undoNameProperty().get()).isEqualTo("Nothing to undo");
        assertThat(m.summaryTextProperty().get()).isEqualTo(m.editor().summary().orElseThrow().toString());
        assertThat(m.savedStateProperty().get()).isEqualTo("Not saved yet");
    }

    @Test
    void everyChangeRefreshesTheStateAndTheUndoName() {
        EditorModel m = model();
        long revision = m.revisionProperty().get();
        assertThat(m.execute(StepEdits.setStepReps(0, 0, 0))).isTrue();
        assertThat(m.revisionProperty().get()).isGreaterThan(revision);
        assertThat(m.validProperty().get()).isFalse();
        assertThat(m.summaryProperty().get()).isNull();
        assertThat(m.undoNameProperty().get()).isEqualTo("Undo change reps");
        assertThat(m.execute(StepEdits.setStepReps(7, 0, 1))).isFalse();
        m.undo();
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.redoNameProperty().get()).isEqualTo("Redo change reps");
    }

    @Test
    void altUpAndDownMoveAStepWithinItsBlockThenAcrossBlocks() {
        EditorModel m = model();
        Step first = step(m, 0, 0);
        assertThat(m.moveSelected(-1)).isFalse();
        m.select(0, 5);
        Step last = step(m, 0, 5);
        assertThat(m.moveSelected(1)).isTrue();
        assertThat(step(m, 1, 0)).isEqualTo(last);
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(1, 0));
        assertThat(m.routineProperty().get().blocks().get(0).steps()).hasSize(5);
        assertThat(m.moveSelected(-1)).isTrue();
        assertThat(step(m, 0, 5)).isEqualTo(last);
        assertThat(step(m, 0, 0)).isEqualTo(first);
    }

    @Test
    void aSelectedBlockMovesAmongTheBlocks() {
        EditorModel m = model();
        m.select(2, -1);
        assertThat(m.moveSelected(-1)).isTrue();
        assertThat(m.routineProperty().get().blocks().get(1).name()).isEqualTo("To a song");
        assertThat(m.selectionProperty().get()).isEqualTo(EditorModel.Selection.block(1));
        assertThat(m.editor().undoName().map(Phrase::english)).contains("Move block");
    }

    @Test
    void addDuplicateAndRemoveKeepASensibleSelection() {
        EditorModel m = model();
        m.select(0, 2);
        m.addStep();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 3));
        assertThat(step(m, 0, 3).exercise()).isEqualTo(step(m, 0, 2).exercise());
        m.duplicateSelected();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 4));
        m.removeSelected();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 4));
        m.select(0, 6);
        m.removeSelected();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 5));
        m.addBlock();
        assertThat(m.selectionProperty().get()).isEqualTo(EditorModel.Selection.block(1));
        assertThat(m.routineProperty().get().blocks().get(1).steps()).hasSize(1);
        assertThat(m.validProperty().get()).isTrue();
        m.removeSelected();
        assertThat(m.routineProperty().get().blocks()).hasSize(3);
    }

    @Test
    void undoKeepsTheSelectionOnSomethingThatExists() {
        EditorModel m = model();
        m.select(0, 5);
        m.addStep();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 6));
        m.undo();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 5));
    }

    @Test
    void revealSelectsTheBlockOrStepOfAProblem() {
        EditorModel m = model();
        assertThat(m.reveal("$.blocks[1].steps[3].reps")).contains(new EditorModel.Selection(1, 3));
        assertThat(m.reveal("$.blocks[2].tempo.bpm")).contains(EditorModel.Selection.block(2));
        assertThat(m.reveal("$.name")).isEmpty();
        assertThat(m.selectionProperty().get()).isEqualTo(EditorModel.Selection.block(2));
    }

    @Test
    void theSummaryCanBeMeasuredAtAnotherTempo() {
        EditorModel m = model();
        long written = m.summaryProperty().get().totalNanos();
        m.previewBpmProperty().set(40.0);
        assertThat(m.summaryProperty().get().totalNanos()).isGreaterThan(written);
        m.previewBpmProperty().set(null);
        assertThat(m.summaryProperty().get().totalNanos()).isEqualTo(written);
    }

    @Test
    void savingMarksItCleanAndRefusalSaysWhy() {
        EditorModel m = model();
        assertThat(m.save().ok()).isTrue();
        assertThat(m.dirtyProperty().get()).isFalse();
        assertThat(m.windowTitleProperty().get()).isEqualTo("Musical Toes (copy) · Toe Tempo");
        assertThat(m.noticeProperty().get().kind()).isEqualTo(EditorModel.Notice.Kind.SUCCESS);
        m.execute(StepEdits.setStepSets(0, 0, 0));
        assertThat(m.windowTitleProperty().get()).startsWith("• ");
        assertThat(m.save().ok()).isFalse();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(EditorModel.Notice.Kind.ERROR);
        assertThat(m.noticeProperty().get().details()).singleElement().asString()
                .startsWith("$.blocks[0].steps[0].sets: sets must be a whole number from 1 to 50");
    }

    @Test
    void inGermanTheStateTheSummaryAndTheNoticesAreGerman() {
        UserRoutines routines = new UserRoutines(new AppPaths(home), LIBRARY);
        EditorModel m = new EditorModel(routines.duplicate(MUSICAL_TOES), routines, Runnable::run, Runnable::run,
                Handouts.THREAD, Messages.of(Language.GERMAN));
        Summary summary = m.summaryProperty().get();
        assertThat(m.savedStateProperty().get()).isEqualTo("Noch nicht gespeichert");
        assertThat(m.undoNameProperty().get()).isEqualTo("Nichts rückgängig zu machen");
        assertThat(m.summaryTextProperty().get()).endsWith(" · " + summary.repsRight() + " Wdh. rechts, "
                + summary.repsLeft() + " links").contains(" Min. ");
        m.execute(StepEdits.setStepReps(0, 0, 8));
        assertThat(m.undoNameProperty().get()).isEqualTo("Rückgängig: Wiederholungen ändern");
        m.execute(Edits.moveBlock(1, 0));
        assertThat(m.undoNameProperty().get()).isEqualTo("Rückgängig: Block verschieben");
        m.undo();
        assertThat(m.redoNameProperty().get()).isEqualTo("Wiederholen: Block verschieben");
        m.execute(StepEdits.setStepSets(0, 0, 0));
        assertThat(m.summaryTextProperty().get()).isEqualTo("Beheben Sie die Probleme, um die Dauer zu sehen");
        assertThat(m.save().ok()).isFalse();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Nicht gespeichert. Zuerst 1 Problem beheben:");
        m.execute(StepEdits.setStepSets(0, 1, 0));
        m.save();
        assertThat(m.noticeProperty().get().text()).isEqualTo("Nicht gespeichert. Zuerst 2 Probleme beheben:");
    }

    @Test
    void exercisesListTheLibraryByName() {
        EditorModel m = model();
        assertThat(m.exercises()).hasSize(LIBRARY.all().size());
        assertThat(m.exercises().get(0).name()).isEqualTo("Barefoot Texture Walk");
    }

    @Test
    void dropPositionsCountAfterTheDraggedRowLeft() {
        Outline.Row step = new Outline.Row(0, 1, "", "", false);
        assertThat(Outline.drop(step, new Outline.Row(0, 4, "", "", false), false)).isEqualTo(new Outline.Drop(0, 3));
        assertThat(Outline.drop(step, new Outline.Row(0, 4, "", "", false), true)).isEqualTo(new Outline.Drop(0, 4));
        assertThat(Outline.drop(step, new Outline.Row(0, 0, "", "", false), false)).isEqualTo(new Outline.Drop(0, 0));
        assertThat(Outline.drop(step, new Outline.Row(2, -1, "", "", false), false)).isEqualTo(new Outline.Drop(2, 0));
        assertThat(Outline.drop(step, new Outline.Row(1, 2, "", "", false), true)).isEqualTo(new Outline.Drop(1, 3));
        Outline.Row block = new Outline.Row(0, -1, "", "", false);
        assertThat(Outline.drop(block, new Outline.Row(2, -1, "", "", false), false)).isEqualTo(new Outline.Drop(1, -1));
        assertThat(Outline.drop(block, new Outline.Row(2, 3, "", "", false), false)).isEqualTo(new Outline.Drop(2, -1));
        assertThat(Outline.drop(new Outline.Row(2, -1, "", "", false), new Outline.Row(0, -1, "", "", false), false))
                .isEqualTo(new Outline.Drop(0, -1));
    }

    @Test
    void numberFieldsAcceptWholeOrDecimalNumbers() {
        assertThat(Form.parse(" 12 ", Form.Kind.WHOLE)).isEqualTo(12.0);
        assertThat(Form.parse("2.5", Form.Kind.WHOLE)).isNull();
        assertThat(Form.parse("2,5", Form.Kind.DECIMAL)).isEqualTo(2.5);
        assertThat(Form.parse("ten", Form.Kind.DECIMAL)).isNull();
        assertThat(Form.parse("", Form.Kind.DECIMAL)).isNull();
        assertThat(Form.parse("NaN", Form.Kind.DECIMAL)).isNull();
    }

    @Test
    void theValidationAndSummaryFollowInTheBackgroundAndOnlyTheLatestIsShown() {
        LatestWinsTest.Queued background = new LatestWinsTest.Queued();
        LatestWinsTest.Queued fx = new LatestWinsTest.Queued();
        UserRoutines routines = new UserRoutines(new AppPaths(home), LIBRARY);
        EditorModel m = new EditorModel(routines.duplicate(MUSICAL_TOES), routines, background, fx, Handouts.THREAD);
        Summary opened = m.summaryProperty().get();
        assertThat(opened).isNotNull();
        assertThat(m.checkingProperty().get()).isFalse();

        m.execute(StepEdits.setStepReps(0, 0, 0));
        // The routine, its undo and its state at once; what the loader says once checked.
        assertThat(step(m, 0, 0).reps()).isZero();
        assertThat(m.undoNameProperty().get()).isEqualTo("Undo change reps");
        assertThat(m.checkingProperty().get()).isTrue();
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.summaryProperty().get()).isSameAs(opened);

        m.execute(StepEdits.setStepReps(0, 0, 4));
        background.runAll();
        fx.runAll();
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.summaryProperty().get().repsRight()).isEqualTo(opened.repsRight() - 6);
        assertThat(m.checkingProperty().get()).isFalse();

        // A check the user typed past is dropped, even when it finishes first.
        m.execute(StepEdits.setStepReps(0, 0, 0));
        background.runNext();
        m.execute(StepEdits.setStepReps(0, 0, 5));
        fx.runAll();
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.summaryProperty().get().repsRight()).isEqualTo(opened.repsRight() - 6);
        background.runAll();
        fx.runAll();
        assertThat(m.summaryProperty().get().repsRight()).isEqualTo(opened.repsRight() - 5);
        assertThat(m.validationProperty().get().ok()).isTrue();
    }

    @Test
    void savingNeverActsOnAnAnswerAboutAnOlderState() {
        LatestWinsTest.Queued background = new LatestWinsTest.Queued();
        UserRoutines routines = new UserRoutines(new AppPaths(home), LIBRARY);
        EditorModel m = new EditorModel(routines.duplicate(MUSICAL_TOES), routines, background, Runnable::run, Handouts.THREAD);

        m.execute(StepEdits.setStepSets(0, 0, 0));

        assertThat(m.validProperty().get()).as("not checked yet").isTrue();
        assertThat(m.validNow()).isFalse();
        assertThat(m.playable()).isEmpty();
        assertThat(m.save().ok()).isFalse();
        assertThat(routines.folder().resolve("musical-toes-copy.json")).doesNotExist();
    }

    @Test
    void theRoutinesOwnExercisesAreEditedThroughTheModel() {
        EditorModel m = model();
        m.newExercise();
        String id = m.editedExerciseProperty().get();
        assertThat(id).isEqualTo("my-exercise");
        assertThat(m.ownExercises()).extracting(e -> e.id()).containsExactly("my-exercise");
        assertThat(m.validProperty().get()).as(m.validationProperty().get().lines().toString()).isTrue();

        assertThat(m.renameExercise(id, "heel-walk")).isTrue();
        assertThat(m.editedExerciseProperty().get()).isEqualTo("heel-walk");
        assertThat(m.renameExercise("heel-walk", "single-big-toe-raise")).isFalse();
        m.execute(ExerciseEdits.setExerciseName("heel-walk", ""));
        assertThat(m.reveal("$.exercises.heel-walk.name")).isEmpty();
        assertThat(m.editedExerciseProperty().get()).isEqualTo("heel-walk");
        m.select(0, 0);
        assertThat(m.editedExerciseProperty().get()).isNull();
        m.reveal("$.exercises.heel-walk.name");
        assertThat(m.editedExerciseProperty().get()).isEqualTo("heel-walk");

        // Undone away, the form closes.
        m.undo();
        m.undo();
        m.undo();
        assertThat(m.routineProperty().get().exercises()).doesNotContainKey("my-exercise").doesNotContainKey("heel-walk");
        assertThat(m.editedExerciseProperty().get()).isNull();

        // A changed library exercise is the routine's own version until it goes back to the library's.
        m.execute(ExerciseEdits.setExerciseName("single-big-toe-raise", "Big toe lift"));
        assertThat(m.ownExercises()).extracting(e -> e.name()).containsExactly("Big toe lift");
        m.removeExercise("single-big-toe-raise");
        assertThat(m.ownExercises()).isEmpty();
        assertThat(m.routineProperty().get().exercises().get("single-big-toe-raise")).isEqualTo(LIBRARY.find("single-big-toe-raise").orElseThrow());
        assertThat(m.stepsUsing("single-big-toe-raise")).isEqualTo(6);
    }

    @Test
    void aBlankRoutineCanBeEdited() {
        UserRoutines routines = new UserRoutines(new AppPaths(home), LIBRARY);
        EditableRoutine blank = routines.blank();
        EditorModel m = new EditorModel(blank, routines, Runnable::run, Runnable::run, Handouts.THREAD);
        assertThat(m.validProperty().get()).isTrue();
        assertThat(m.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 0));
        m.addStep();
        assertThat(m.routineProperty().get().blocks().get(0).steps()).hasSize(2);
    }
}
