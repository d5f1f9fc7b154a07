package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Step;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the editor for a programme's stages, the routine's own exercises, and tempo ranges and ramps, driven
 * through the real view: the loader's messages next to the fields, undo, and the saved file read back.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProgrammesAndExercisesViewTest {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();
    static final RoutineReader READER = new RoutineReader(LIBRARY);
    static final RoutineLibrary BUILT_IN = RoutineLibrary.load(READER, null);

    @TempDir
    Path home;

    private Stage stage;
    private UserRoutines routines;
    private EditableRoutine editor;
    private EditorModel model;
    private EditorView view;
    private EditorDriver user;

    @BeforeAll
    static void patientSetup() {
        // Building the whole editor takes TestFX's default 5 s setup limit and more on a loaded machine (2 cores, eight
        // builds): the view is what is under test, not how fast a busy machine builds it.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        EditorViewTest.light();
        stage.setScene(new Scene(new Region(), 1280, 800));
        Theme.apply(stage.getScene());
        stage.show();
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().setRoot(new Region());
            stage.close();
        }).get(10, TimeUnit.SECONDS);
    }

    /** Opens a copy of a built-in routine; checks run at once unless a background executor is given. */
    private void open(FxRobot robot, String id, Executor background, Executor fx) {
        robot.interact(() -> {
            routines = new UserRoutines(new AppPaths(home), LIBRARY);
            editor = routines.duplicate(BUILT_IN.find(id).orElseThrow());
            model = new EditorModel(editor, routines, background, fx, Handouts.THREAD);
            view = new EditorView(model);
            stage.getScene().setRoot(view);
        });
        user = new EditorDriver(robot, view);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, String id) {
        open(robot, id, Runnable::run, Runnable::run);
    }

    private Label message(Form form, String id) {
        return EditorDriver.messageOf(form, user.node(id, Node.class));
    }

    private Step step(int b, int s) {
        return editor.routine().blocks().get(b).steps().get(s);
    }

    private Exercise exercise(String id) {
        return editor.routine().exercises().get(id);
    }

    // ------------------------------------------------------------------ stages

    @Test
    void aProgrammesStagesAreEditedInTheirCardsWithTheLoadersMessages(FxRobot robot) throws Exception {
        open(robot, "foot-core-12-week");
        user.type("stage-name-1", "Stage B: two feet");
        assertThat(editor.routine().stages().get(1).name()).isEqualTo("Stage B: two feet");

        user.type("stage-to-1", "2");
        String loader = editor.validation().at(FieldPaths.stage(1) + ".weeks.to").get(0);
        assertThat(loader).isEqualTo("weeks.to (2) must not come before weeks.from (4)");
        assertThat(message(view.metadata().stages().form(), "stage-to-1").getText()).isEqualTo(loader);
        assertThat(user.node("stage-to-1", TextField.class).getPseudoClassStates()).contains(Form.INVALID);
        robot.interact(() -> Screenshots.save(stage.getScene(), "editor-stages"));
        user.type("stage-to-1", "5");
        assertThat(editor.validation().ok()).isTrue();

        user.type("stage-id-0", "seated");
        assertThat(editor.routine().blocks().stream().filter(b -> "seated".equals(b.stage())).count()).isGreaterThan(0);
        assertThat(editor.routine().blocks()).noneMatch(b -> "a".equals(b.stage()));
        user.keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.routine().stages().get(0).id()).isEqualTo("a");
        assertThat(user.node("stage-id-0", TextField.class).getText()).isEqualTo("a");

        user.type("stage-times-2", "5");
        assertThat(editor.routine().stages().get(2).frequency().times()).isEqualTo(5);
        user.type("stage-times-2", "");
        assertThat(editor.routine().stages().get(2).frequency()).isNull();

        user.click("stage-add");
        assertThat(editor.routine().stages()).hasSize(5);
        assertThat(editor.routine().stages().get(4).fromWeek()).isEqualTo(13);
        assertThat(editor.validation().ok()).isTrue();
        user.click("stage-remove-4");
        assertThat(editor.routine().stages()).hasSize(4);

        user.keys(KeyCode.CONTROL, KeyCode.S);
        LoadResult saved = RoutineLibrary.readFile(READER, routines.folder().resolve(editor.routine().id() + ".json"));
        assertThat(saved.problems()).isEmpty();
        // Saving writes the length the schedule plays (issue 15); everything else is what was edited.
        assertThat(saved.routine()).usingRecursiveComparison().ignoringFields("duration").isEqualTo(editor.routine());
        assertThat(saved.routine().stages().get(1).name()).isEqualTo("Stage B: two feet");
    }

    @Test
    void aProgrammesSummaryBarFitsFrom1024Wide(FxRobot robot) {
        open(robot, "foot-core-12-week");
        for (int[] size : new int[][]{{1024, 700}, {1280, 800}, {1600, 1000}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> view.layout());
            WaitForAsyncUtils.waitForFxEvents();
            // (A long routine name in the header may be cut short: it shrinks by design, its tooltip says it whole.)
            assertThat(EditorViewTest.clippedTexts(user.node("editor-summary-bar", Parent.class)))
                    .as(size[0] + "×" + size[1]).isEmpty();
            assertThat(EditorViewTest.overflowing(view)).as(size[0] + "×" + size[1]).isEmpty();
        }
        assertThat(user.node("editor-tempos", Label.class).isVisible()).as("room for the tempos at 1600").isTrue();
    }

    @Test
    void aRoutineBecomesAProgrammeWithItsFirstStage(FxRobot robot) {
        open(robot, "musical-toes");
        user.click("stage-add");

        assertThat(editor.routine().stages()).singleElement().satisfies(s -> assertThat(s.id()).isEqualTo("stage-1"));
        assertThat(editor.routine().blocks()).allSatisfy(b -> assertThat(b.stage()).isEqualTo("stage-1"));
        assertThat(editor.validation().ok()).isTrue();
        assertThat(user.node("stage-name-0", TextField.class).isFocused()).isTrue();
        assertThat(user.node("preview-stage", ComboBox.class).getParent().isVisible()).isTrue();
    }

    // ------------------------------------------------------------------ the routine's own exercises

    @Test
    void aLibraryExerciseIsChangedForThisRoutineFromItsStep(FxRobot robot) throws Exception {
        open(robot, "musical-toes");
        user.click("step-edit-exercise");
        assertThat(user.node("exercise-heading", Label.class).getText()).isEqualTo("Single Big Toe Raise");
        assertThat(user.node("exercise-status", Label.class).getText()).startsWith("An exercise of the built-in library");

        user.type("exercise-name", "Big Toe Lift");
        assertThat(exercise("single-big-toe-raise").name()).isEqualTo("Big Toe Lift");
        assertThat(user.node("exercise-status", Label.class).getText()).contains("changed for this routine");
        assertThat(model.ownExercises()).extracting(Exercise::name).containsExactly("Big Toe Lift");

        user.type("exercise-name", "");
        assertThat(message(view.inspector().exerciseForm().forms().get(0), "exercise-name").getText())
                .isEqualTo("name must not be empty");
        user.type("exercise-name", "Big Toe Lift");

        user.click("exercise-cues-add");
        EditorDriver.write(robot, "Little toes stay down");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exercise("single-big-toe-raise").cues()).endsWith("Little toes stay down");

        // The exercise's rep, then the rep of one level: that level gets phases of its own.
        user.type("exercise-phase-length-0", "2");
        assertThat(exercise("single-big-toe-raise").phases().get(0).beats()).isEqualTo(2);
        robot.interact(() -> user.node("exercise-phases-of", ComboBox.class).getSelectionModel().select(4));
        user.type("exercise-phase-length-0", "3");
        assertThat(exercise("single-big-toe-raise").levels().get(3).phases().get(0).beats()).isEqualTo(3);
        robot.interact(() -> Screenshots.save(stage.getScene(), "editor-exercise"));

        user.type("exercise-id", "big-toe-lift");
        assertThat(editor.routine().exercises()).containsKey("big-toe-lift").doesNotContainKey("single-big-toe-raise");
        assertThat(step(1, 0).exercise()).isEqualTo("big-toe-lift");
        assertThat(model.editedExerciseProperty().get()).isEqualTo("big-toe-lift");
        user.type("exercise-id", "single-lesser-toes-raise");
        assertThat(message(view.inspector().exerciseForm().forms().get(0), "exercise-id").getText())
                .isEqualTo("another exercise of this routine has the id 'single-lesser-toes-raise'");
        // Typed a letter at a time, it took each free id on the way, and stopped at the one that is taken.
        assertThat(editor.routine().exercises()).containsKey("single-lesser-toes-rais").doesNotContainKey("big-toe-lift");
        user.type("exercise-id", "big-toe-lift");
        assertThat(message(view.inspector().exerciseForm().forms().get(0), "exercise-id").isVisible()).isFalse();

        user.click("exercise-done");
        assertThat(user.node("step-heading", Label.class).getText()).isEqualTo("Big Toe Lift");
        user.keys(KeyCode.CONTROL, KeyCode.S);
        Path file = routines.folder().resolve("musical-toes-copy.json");
        LoadResult saved = RoutineLibrary.readFile(READER, file);
        assertThat(saved.problems()).isEmpty();
        // Saving writes the length the schedule plays (issue 15); everything else is what was edited.
        assertThat(saved.routine()).usingRecursiveComparison().ignoringFields("duration").isEqualTo(editor.routine());
        assertThat(Files.readString(file)).contains("\"big-toe-lift\": {", "Little toes stay down");
    }

    @Test
    void aNewExerciseOfTheRoutinesOwnWithLevelsIsPickedForAStep(FxRobot robot) throws Exception {
        open(robot, "musical-toes");
        user.click("exercise-new");
        assertThat(model.editedExerciseProperty().get()).isEqualTo("my-exercise");
        user.type("exercise-name", "Heel Walk");
        user.click("exercise-level-add");
        user.click("exercise-level-add");
        assertThat(exercise("my-exercise").levels()).hasSize(2);
        user.type("exercise-level-name-1", "Longer");
        user.type("exercise-level-id-1", "Longer Walk");
        assertThat(editor.validation().at("$.exercises.my-exercise.levels[1].id")).singleElement().asString()
                .startsWith("id must be lower-case");
        assertThat(message(view.inspector().exerciseForm().forms().get(1), "exercise-level-id-1").isVisible()).isTrue();
        user.type("exercise-level-id-1", "longer");
        robot.interact(() -> user.node("exercise-default-level", ComboBox.class).getSelectionModel().select("longer"));
        assertThat(exercise("my-exercise").defaultLevel()).isEqualTo("longer");
        assertThat(editor.validation().ok()).as(editor.validation().lines().toString()).isTrue();

        robot.interact(() -> model.select(0, 0));
        ExercisePicker picker = user.node("step-exercise", ExercisePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(picker.getEditor()::selectAll);
        EditorDriver.write(robot, "Heel Walk");
        user.keys(KeyCode.ENTER);
        assertThat(step(0, 0).exercise()).isEqualTo("my-exercise");
        assertThat(editor.validation().ok()).isTrue();

        user.keys(KeyCode.CONTROL, KeyCode.S);
        Routine saved = RoutineLibrary.readFile(READER, routines.folder().resolve("musical-toes-copy.json")).routine();
        // Saving writes the length the schedule plays (issue 15); everything else is what was edited.
        assertThat(saved).usingRecursiveComparison().ignoringFields("duration").isEqualTo(editor.routine());
        assertThat(saved.exercises().get("my-exercise").levels()).extracting(l -> l.name()).containsExactly("Level 1", "Longer");
    }

    // ------------------------------------------------------------------ tempo ranges and ramps

    @Test
    void aStepsTempoRangeAndABlocksRampAreEditedAndShownInTheSummary(FxRobot robot) {
        open(robot, "musical-toes");
        user.type("step-min-bpm", "70");
        assertThat(step(0, 0).tempo().minBpm()).isEqualTo(70.0);
        List<String> loader = editor.validation().at(FieldPaths.step(0, 0, "tempo"));
        assertThat(loader).singleElement().asString().startsWith("the inherited bpm 60 is outside this step's range 70–80");
        assertThat(message(view.inspector().stepForm(), "step-bpm").getText()).isEqualTo(loader.get(0));
        user.type("step-bpm", "75");
        assertThat(editor.validation().ok()).isTrue();
        assertThat(user.node("editor-tempos", Label.class).getText()).isEqualTo("60–110 BPM")
                .isEqualTo(model.summaryProperty().get().tempos());

        robot.clickOn("Slow");
        user.type("block-ramp", "80");
        assertThat(editor.routine().blocks().get(0).tempo().rampToBpm()).isEqualTo(80.0);
        assertThat(user.node("block-plays", Label.class).getText()).startsWith("Plays ").contains("60 → 80 BPM");
        robot.interact(() -> Screenshots.save(stage.getScene(), "editor-ramp"));

        user.type("block-ramp", "90");
        assertThat(message(view.inspector().blockForm(), "block-ramp").getText())
                .isEqualTo("ramp_to_bpm 90 is outside this block's range 40–80");
        assertThat(model.summaryProperty().get()).isNull();
        user.keys(KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.routine().blocks().get(0).tempo().rampToBpm()).isNull();
    }

    // ------------------------------------------------------------------ keystrokes

    @Test
    void withChecksInTheBackgroundTheMessagesAndSummaryFollowTheTyping(FxRobot robot) throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            open(robot, "musical-toes", background, Platform::runLater);
            String opened = model.summaryTextProperty().get();

            user.type("step-reps", "0");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.checkingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(message(view.inspector().stepForm(), "step-reps").getText()).startsWith("missing the dose");
            assertThat(user.node("editor-summary", Label.class).getText()).startsWith("Fix the problems");

            user.type("step-reps", "6");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.checkingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(message(view.inspector().stepForm(), "step-reps").isVisible()).isFalse();
            assertThat(user.node("editor-summary", Label.class).getText())
                    .isEqualTo(editor.summary().orElseThrow().toString()).isNotEqualTo(opened);
        } finally {
            background.shutdownNow();
        }
    }
}
