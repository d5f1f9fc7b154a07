package org.toetempo.ui.editor;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.toetempo.editor.StepEdits;
import org.toetempo.editor.Summary;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.handout.FootStills;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Step;
import org.toetempo.settings.Settings;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayedLength;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor over a duplicate of Musical Toes, driven through its real controls as a physiotherapist would: change
 * reps and tempo, see the summary and the loader's messages follow, undo and redo by keys, save, close.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorViewTest {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();
    static final RoutineReader READER = new RoutineReader(LIBRARY);
    static final Routine MUSICAL_TOES = RoutineLibrary.load(READER, null).find("musical-toes").orElseThrow();
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    @TempDir
    Path home;

    private UserRoutines routines;

    private EditableRoutine editor;
    private EditorModel model;
    private EditorView view;
    private Scene scene;
    private Stage stage;
    private final List<Routine> tried = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // A window of our own: the primary stage is shared with other test classes, which expect its size untouched.
        this.stage = new Stage();
        light();
        routines = new UserRoutines(new AppPaths(home), LIBRARY);
        editor = routines.duplicate(MUSICAL_TOES);
        // Checks at once on the FX thread, so every assertion sees the answer to the last keystroke.
        model = new EditorModel(editor, routines, Runnable::run, Runnable::run, Handouts.THREAD);
        view = new EditorView(model);
        view.setOnTry(tried::add);
        scene = new Scene(view, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
    }

    @AfterEach
    void closeWindow() throws Exception {
        // Off the screen first, as the app leaves the editor: then nothing keeps it (JavaFX keeps a closed window's root).
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage.getScene() != null) {
                stage.getScene().setRoot(new Region());
            }
            stage.close();
        }).get(10, TimeUnit.SECONDS);
    }

    /** The app's light theme; set only when it is not already (setting it makes JavaFX read the theme again). */
    static void light() {
        String primer = new PrimerLight().getUserAgentStylesheetBSS();
        if (!primer.equals(Application.getUserAgentStylesheet())) {
            Theme.use(Settings.Theme.LIGHT);
        }
    }

    @BeforeAll
    static void patientSetup() {
        // Building the whole editor takes TestFX's default 5 s setup limit and more on a loaded machine (2 cores, eight
        // builds): the view is what is under test, not how fast a busy machine builds it.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @AfterAll
    static void plainTheme() {
        // Other UI tests in this JVM were written against JavaFX's own look.
        Platform.runLater(() -> Application.setUserAgentStylesheet(null));
    }

    // ------------------------------------------------------------------ helpers

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return new EditorDriver(robot, view).node(id, type);
    }

    private <T extends Node> T visible(FxRobot robot, String id, Class<T> type) {
        return new EditorDriver(robot, view).visible(id, type);
    }

    private void click(FxRobot robot, String id) {
        new EditorDriver(robot, view).click(id);
    }

    private void type(FxRobot robot, String id, String text) {
        new EditorDriver(robot, view).type(id, text);
    }

    private void keys(FxRobot robot, KeyCode... combination) {
        new EditorDriver(robot, view).keys(combination);
    }

    private static Label messageOf(Form form, Node control) {
        return EditorDriver.messageOf(form, control);
    }

    private Step step(int block, int step) {
        return editor.routine().blocks().get(block).steps().get(step);
    }

    private String summary(FxRobot robot) {
        return node(robot, "editor-summary", Label.class).getText();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every shown label, button and check box whose text is cut short ("…") at the current size. */
    static List<String> clippedTexts(Parent root) {
        List<String> clipped = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if (node instanceof Labeled labeled && shown(labeled) && labeled.getText() != null && !labeled.getText().isBlank()
                    && labeled.getWidth() > 0) {
                Node text = labeled.lookup(".text");
                if (text instanceof Text t && !t.getText().equals(labeled.getText().replace("_", ""))
                        && !t.getText().equals(labeled.getText())) {
                    clipped.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shown as '" + t.getText() + "'");
                }
            }
        }
        return clipped;
    }

    /**
     * Scroll panes that never scroll sideways whose content is wider than they are, so cut off on the right (the
     * editor's side panes scroll sideways when they must), and bars that need more width than they have.
     */
    static List<String> overflowing(Parent root) {
        List<String> wide = new ArrayList<>();
        for (Node node : root.lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scroll && shown(scroll) && scroll.isFitToWidth()
                    && scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && scroll.getContent() != null
                    && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1) {
                wide.add((scroll.getId() == null ? scroll.getStyleClass().toString() : scroll.getId()) + ": content "
                        + scroll.getContent().getLayoutBounds().getWidth() + " > " + scroll.getViewportBounds().getWidth());
            }
        }
        // One selector at a time: lookupAll reads a group ("a, b") as its first selector only.
        for (String selector : List.of(".editor", ".header-panel", ".editor-header", ".summary-bar", ".outline-tools")) {
            for (Node node : root.lookupAll(selector)) {
                if (node instanceof Region r && shown(r) && r.minWidth(-1) > r.getWidth() + 1) {
                    wide.add(r.getStyleClass() + ": needs " + r.minWidth(-1) + " > " + r.getWidth());
                }
            }
        }
        return wide;
    }

    // ------------------------------------------------------------------ tests

    @Test
    void theLowerHalvesShowTheCuesAndTheLists(FxRobot robot) {
        robot.interact(() -> {
            view.metadata().setVvalue(1);
            view.layout();
            view.lookupAll(".scroll-pane").forEach(n -> {
                if (n instanceof ScrollPane sp && sp.getParent() != null && shown(sp)) {
                    sp.setVvalue(1);
                }
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "editor-lower"));
        assertThat(view.inspector().cues().fields()).extracting(TextInputControl::getText)
                .containsExactlyElementsOf(LIBRARY.find("single-big-toe-raise").orElseThrow().cues());
        assertThat(node(robot, "routine-safety-3", TextInputControl.class).getText()).isEqualTo(MUSICAL_TOES.safety().get(3));
    }

    @Test
    void aDuplicateOpensUnsavedWithItsLiveSummary(FxRobot robot) {
        assertThat(node(robot, "editor-title", Label.class).getText()).isEqualTo("• Musical Toes (copy)");
        assertThat(model.windowTitleProperty().get()).isEqualTo("• Musical Toes (copy) · Toe Tempo");
        assertThat(node(robot, "editor-saved-state", Label.class).getText()).isEqualTo("Not saved yet");
        assertThat(summary(robot)).isEqualTo(editor.summary().orElseThrow().toString()).contains("180 reps right, 176 left");
        assertThat(node(robot, "routine-name", TextField.class).getText()).isEqualTo("Musical Toes (copy)");
        assertThat(node(robot, "step-heading", Label.class).getText()).isEqualTo("Single Big Toe Raise");
        assertThat(node(robot, "editor-problems", Labeled.class).getText()).isEqualTo("No problems");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "editor"));
    }

    @Test
    void changingRepsInTheFieldUpdatesTheRoutineTheSummaryAndTheOutline(FxRobot robot) {
        Summary before = editor.summary().orElseThrow();

        type(robot, "step-reps", "6");

        assertThat(step(0, 0).reps()).isEqualTo(6);
        Summary after = editor.summary().orElseThrow();
        assertThat(after.repsRight()).isEqualTo(before.repsRight() - 4);
        assertThat(after.repsLeft()).isEqualTo(before.repsLeft());
        assertThat(after.totalNanos()).isLessThan(before.totalNanos());
        assertThat(summary(robot)).isEqualTo(after.toString());
        @SuppressWarnings("unchecked")
        ListView<Outline.Row> outline = node(robot, "outline-list", ListView.class);
        assertThat(robot.from(outline).lookup("Right foot · 6 reps").tryQuery()).isPresent();
        assertThat(editor.undoName().map(Phrase::english)).contains("Change reps");
    }

    @Test
    void repsZeroShowsTheLoadersMessageNextToTheRepsField(FxRobot robot) {
        type(robot, "step-reps", "0");

        TextField reps = node(robot, "step-reps", TextField.class);
        Label message = messageOf(view.inspector().stepForm(), reps);
        List<String> loader = editor.validation().at(FieldPaths.step(0, 0, "reps"));
        assertThat(loader).hasSize(1);
        assertThat(loader.get(0)).startsWith("missing the dose: give reps (a whole number from 1 to 500)");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo(loader.get(0));
        assertThat(reps.getPseudoClassStates()).contains(INVALID);
        assertThat(node(robot, "editor-problems", Labeled.class).getText()).isEqualTo("1 problem");
        assertThat(summary(robot)).startsWith("Fix the problems");
        assertThat(node(robot, "editor-try", Button.class).isDisabled()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "editor-invalid"));

        // Sets too: the loader's own range message, on the sets field.
        type(robot, "step-reps", "10");
        type(robot, "step-sets", "60");
        TextField sets = node(robot, "step-sets", TextField.class);
        assertThat(messageOf(view.inspector().stepForm(), sets).getText())
                .isEqualTo(editor.validation().at(FieldPaths.step(0, 0, "sets")).get(0))
                .contains("sets must be a whole number from 1 to 50");
        assertThat(reps.getPseudoClassStates()).doesNotContain(INVALID);
    }

    @Test
    void textThatIsNotANumberIsNotWrittenAndSaysSo(FxRobot robot) {
        type(robot, "step-reps", "ten");

        assertThat(step(0, 0).reps()).isEqualTo(10);
        TextField reps = node(robot, "step-reps", TextField.class);
        assertThat(messageOf(view.inspector().stepForm(), reps).getText()).isEqualTo("Enter a whole number");
        click(robot, "step-sets");
        assertThat(reps.getText()).isEqualTo("10");
        assertThat(messageOf(view.inspector().stepForm(), reps).isVisible()).isFalse();
    }

    @Test
    void changingATempoUpdatesTheSummaryAndAnOutOfRangeTempoIsExplained(FxRobot robot) {
        long before = editor.summary().orElseThrow().totalNanos();
        robot.clickOn("Slow");
        assertThat(node(robot, "block-heading", Label.class).getText()).isEqualTo("Slow");

        type(robot, "block-bpm", "50");

        assertThat(editor.routine().blocks().get(0).tempo().bpm()).isEqualTo(50.0);
        assertThat(editor.summary().orElseThrow().totalNanos()).isGreaterThan(before);
        assertThat(summary(robot)).isEqualTo(editor.summary().orElseThrow().toString());

        type(robot, "block-bpm", "90");
        TextField bpm = node(robot, "block-bpm", TextField.class);
        List<String> loader = editor.validation().at(FieldPaths.block(0, "tempo") + ".bpm");
        assertThat(loader).singleElement().asString().contains("outside this block's range 40–80");
        assertThat(messageOf(view.inspector().blockForm(), bpm).getText()).isEqualTo(loader.get(0));
        assertThat(bpm.getPseudoClassStates()).contains(INVALID);

        // The routine's own tempo, on the left.
        type(robot, "tempo-bpm", "300");
        TextField routineBpm = node(robot, "tempo-bpm", TextField.class);
        assertThat(messageOf(view.metadata().form(), routineBpm).getText())
                .isEqualTo(String.join("\n", editor.validation().at("$.tempo.bpm"))).isNotBlank();
    }

    @Test
    void undoAndRedoByKeysRestoreTheFieldsAndTheButtonsNameTheEdit(FxRobot robot) {
        type(robot, "step-reps", "6");
        type(robot, "routine-name", "Anna's toes");
        assertThat(editor.routine().name()).isEqualTo("Anna's toes");
        assertThat(node(robot, "editor-undo", Button.class).getTooltip().getText()).startsWith("Undo change name");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.routine().name()).isEqualTo("Musical Toes (copy)");
        assertThat(node(robot, "routine-name", TextField.class).getText()).isEqualTo("Musical Toes (copy)");
        assertThat(node(robot, "editor-undo", Button.class).getTooltip().getText()).startsWith("Undo change reps");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(step(0, 0).reps()).isEqualTo(10);
        assertThat(node(robot, "step-reps", TextField.class).getText()).isEqualTo("10");

        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        assertThat(step(0, 0).reps()).isEqualTo(6);
        assertThat(node(robot, "step-reps", TextField.class).getText()).isEqualTo("6");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(editor.routine().name()).isEqualTo("Anna's toes");
        assertThat(node(robot, "editor-redo", Button.class).isDisabled()).isTrue();
    }

    @Test
    void altUpAndDownReorderTheSelectedStep(FxRobot robot) {
        robot.clickOn("Left foot · 10 reps");
        assertThat(model.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 1));
        Step left = step(0, 1);

        keys(robot, KeyCode.ALT, KeyCode.UP);

        assertThat(step(0, 0)).isEqualTo(left);
        assertThat(model.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 0));
        assertThat(node(robot, "step-side", ComboBox.class).getValue()).isEqualTo(left.side());
        keys(robot, KeyCode.ALT, KeyCode.DOWN);
        keys(robot, KeyCode.ALT, KeyCode.DOWN);
        assertThat(step(0, 2)).isEqualTo(left);
        assertThat(editor.undoName().map(Phrase::english)).contains("Move step");
    }

    @Test
    void outlineToolsAddDuplicateAndRemoveSteps(FxRobot robot) {
        int steps = editor.routine().blocks().get(0).steps().size();
        robot.clickOn("#outline-add-step");
        assertThat(editor.routine().blocks().get(0).steps()).hasSize(steps + 1);
        assertThat(model.selectionProperty().get()).isEqualTo(new EditorModel.Selection(0, 1));
        robot.clickOn("#outline-duplicate");
        assertThat(step(0, 2)).isEqualTo(step(0, 1));
        robot.clickOn("#outline-remove");
        robot.clickOn("#outline-remove");
        assertThat(editor.routine().blocks().get(0).steps()).hasSize(steps);
        assertThat(editor.routine()).isNotEqualTo(MUSICAL_TOES);
        robot.clickOn("#outline-add-block");
        assertThat(editor.routine().blocks()).hasSize(MUSICAL_TOES.blocks().size() + 1);
        assertThat(model.selectionProperty().get().isStep()).isFalse();
        assertThat(editor.validation().ok()).isTrue();
    }

    @Test
    void theExercisePickerSearchesAndTheLevelsFollowTheExercise(FxRobot robot) {
        ExercisePicker picker = node(robot, "step-exercise", ExercisePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(picker.getEditor()::selectAll);
        EditorDriver.write(robot, "spread");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Screenshots.save(picker.getScene(), "editor-picker");
            Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                    .findFirst().ifPresent(w -> Screenshots.save(w.getScene(), "editor-picker-list"));
        });
        assertThat(picker.getEditor().getText()).isEqualTo("spread");
        assertThat(picker.getItems()).extracting(e -> e.id()).containsExactly("toe-fan", "toe-spread-out");
        assertThat(step(0, 0).exercise()).isEqualTo("single-big-toe-raise");
        keys(robot, KeyCode.ENTER);

        assertThat(step(0, 0).exercise()).isEqualTo("toe-fan");
        assertThat(step(0, 0).level()).isEqualTo("standing");
        assertThat(step(0, 0).phases()).isNull();
        assertThat(node(robot, "step-heading", Label.class).getText()).isEqualTo("Toe Fan");
        @SuppressWarnings("unchecked")
        ComboBox<String> level = node(robot, "step-level", ComboBox.class);
        assertThat(level.getItems()).containsExactly("", "seated", "standing", "one-leg");
        robot.interact(() -> level.setValue("seated"));
        assertThat(step(0, 0).level()).isEqualTo("seated");
        assertThat(editor.validation().ok()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "editor-toe-fan"));
    }

    @Test
    void phasesAreEditedInTheirTable(FxRobot robot) {
        type(robot, "phase-length-0", "3");
        type(robot, "phase-cue-0", "lift");
        assertThat(step(0, 0).phases().get(0).beats()).isEqualTo(3);
        assertThat(step(0, 0).phases().get(0).cue()).isEqualTo("lift");

        click(robot, "phase-add");
        assertThat(step(0, 0).phases()).hasSize(3);
        visible(robot, "step-prompt", Node.class);
        robot.interact(() -> Screenshots.save(scene, "editor-phases"));
        assertThat(step(0, 0).phases().get(2).seconds()).isEqualTo(5.0);
        type(robot, "phase-length-2", "0");
        assertThat(editor.validation().within(FieldPaths.phase(0, 0, 2))).isNotEmpty();
        click(robot, "phase-remove-2");
        assertThat(step(0, 0).phases()).hasSize(2);
        assertThat(editor.validation().ok()).isTrue();
    }

    @Test
    void safetyNotesAreAnEditableList(FxRobot robot) {
        int notes = MUSICAL_TOES.safety().size();
        click(robot, "routine-safety-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.routine().safety()).hasSize(notes + 1);
        EditorDriver.write(robot, "Stop if your foot goes numb.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.routine().safety().get(notes)).isEqualTo("Stop if your foot goes numb.");
        assertThat(editor.undoName().map(Phrase::english)).contains("Change safety note");
        for (int i = 0; i <= notes; i++) {
            int last = editor.routine().safety().size() - 1;
            robot.interact(() -> node(robot, "routine-safety-remove-" + last, Button.class).fire());
        }
        assertThat(editor.routine().safety()).isEmpty();
        assertThat(editor.validation().at("$.safety")).isNotEmpty();
        assertThat(node(robot, "editor-problems", Labeled.class).getText()).isEqualTo("1 problem");
    }

    @Test
    void ctrlSSavesAtomicallyAndTheFileReadsBackEqual(FxRobot robot) throws Exception {
        type(robot, "step-reps", "6");
        type(robot, "routine-name", "Anna's toes");

        // Never saved, its id still what its name gave: the file is named after the new name.
        assertThat(editor.routine().id()).isEqualTo("annas-toes");
        keys(robot, KeyCode.CONTROL, KeyCode.S);

        Path file = routines.folder().resolve("annas-toes.json");
        assertThat(file).exists();
        LoadResult read = RoutineLibrary.readFile(READER, file);
        assertThat(read.problems()).isEmpty();
        // The stated length is rewritten from what the routine plays (issue 15); all else reads back as edited.
        assertThat(read.routine()).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(read.routine().name()).isEqualTo("Anna's toes");
        assertThat(node(robot, "editor-title", Label.class).getText()).isEqualTo("Anna's toes");
        assertThat(node(robot, "editor-saved-state", Label.class).getText()).isEqualTo("Saved in annas-toes.json");
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).isEqualTo("Saved to " + file);
        try (var listing = Files.list(routines.folder())) {
            assertThat(listing.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("annas-toes.json");
        }
        assertThat(routines.drafts().pending()).isEmpty();
        // Closing now needs no question.
        AtomicReference<Boolean> closed = new AtomicReference<>();
        robot.interact(() -> closed.set(view.confirmClose()));
        assertThat(closed.get()).isTrue();
    }

    @Test
    void theIdFollowsTheNameUntilTypedOrSaved(FxRobot robot) {
        type(robot, "routine-name", "Toes for Ann");
        assertThat(editor.routine().id()).isEqualTo("toes-for-ann");
        assertThat(node(robot, "routine-id", TextField.class).getText()).isEqualTo("toes-for-ann");
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.routine().name()).isEqualTo("Musical Toes (copy)");
        assertThat(editor.routine().id()).isEqualTo("musical-toes-copy");

        // A name of a built-in routine gives a free id; an id typed by hand stays.
        type(robot, "routine-name", "Musical Toes");
        assertThat(editor.routine().id()).isEqualTo("musical-toes-2");
        type(robot, "routine-id", "for-ann");
        type(robot, "routine-name", "Toes for Ann");
        assertThat(editor.routine().id()).isEqualTo("for-ann");
    }

    @Test
    void savingAnInvalidRoutineIsRefusedWithTheLoadersMessages(FxRobot robot) {
        type(robot, "routine-id", "Anna's Toes");
        keys(robot, KeyCode.CONTROL, KeyCode.S);

        assertThat(routines.folder().resolve("musical-toes-copy.json")).doesNotExist();
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).isEqualTo("Not saved. 1 problem to fix first:");
        TextField id = node(robot, "routine-id", TextField.class);
        assertThat(messageOf(view.metadata().form(), id).getText()).startsWith("id must be lower-case");
        assertThat(id.isFocused()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "editor-save-refused"));
    }

    @Test
    void confirmCloseWithUnsavedChangesAsksSaveDiscardOrCancel(FxRobot robot) throws Exception {
        type(robot, "step-reps", "6");
        assertThat(model.autosave()).isTrue();
        assertThat(routines.drafts().pending()).hasSize(1);

        assertThat(closeAnswering(robot, "Cancel")).isFalse();
        assertThat(editor.dirty()).isTrue();
        assertThat(routines.drafts().pending()).hasSize(1);

        assertThat(closeAnswering(robot, "Discard changes")).isTrue();
        assertThat(routines.drafts().pending()).isEmpty();
        assertThat(routines.folder().resolve("musical-toes-copy.json")).doesNotExist();
    }

    @Test
    void theDraftIsWrittenWhileShownAndAtOnceOnLeavingTheScreen(FxRobot robot) throws Exception {
        assertThat(view.autosaving()).isTrue();
        type(robot, "step-reps", "6");
        assertThat(routines.drafts().pending()).isEmpty();
        robot.interact(() -> scene.setRoot(new Region()));
        assertThat(view.autosaving()).isFalse();
        assertThat(routines.drafts().pending()).singleElement()
                .satisfies(d -> assertThat(d.routine().blocks().get(0).steps().get(0).reps()).isEqualTo(6));
        robot.interact(() -> scene.setRoot(view));
        assertThat(view.autosaving()).isTrue();
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
        assertThat(view.autosaving()).isFalse();
    }

    @Test
    void leavingTheEditorLeavesNothingRunningOrHeld(FxRobot robot) throws Exception {
        WeakReference<EditorView> gone = new WeakReference<>(view);
        type(robot, "step-reps", "6");
        AtomicReference<Boolean> confirmed = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            // As the app leaves the editor: it may close (its changes are in the draft), then another screen shows.
            scene.setRoot(new Region());
            confirmed.set(!view.autosaving());
        }).get(10, TimeUnit.SECONDS);
        assertThat(confirmed.get()).isTrue();
        robot.moveTo(0, 0);
        view = null;
        model = null;
        scene = null;
        editor = null;
        for (int i = 0; i < 20 && gone.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
        assertThat(gone.get()).as("the editor view, once its window is closed").isNull();
    }

    @Test
    void confirmCloseCanSave(FxRobot robot) throws Exception {
        type(robot, "step-reps", "7");
        assertThat(closeAnswering(robot, "Save")).isTrue();
        Path file = routines.folder().resolve("musical-toes-copy.json");
        assertThat(RoutineLibrary.readFile(READER, file).routine().blocks().get(0).steps().get(0).reps()).isEqualTo(7);
    }

    /** Calls confirmClose() as the navigation would and clicks a button of the dialog it shows. */
    private boolean closeAnswering(FxRobot robot, String button) throws Exception {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(view.confirmClose()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#close-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#close-dialog").queryAs(DialogPane.class);
        if (button.equals("Cancel")) {
            robot.interact(() -> Screenshots.save(dialog.getScene(), "editor-close-dialog"));
        }
        robot.clickOn(robot.from(dialog).lookup(button).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        return answer.get();
    }

    @Test
    void tryItHandsOverTheRoutineAsItPlays(FxRobot robot) {
        type(robot, "step-reps", "4");
        robot.clickOn("#editor-try");
        assertThat(tried).singleElement().satisfies(r -> {
            assertThat(r.blocks().get(0).steps().get(0).reps()).isEqualTo(4);
            assertThat(r).isEqualTo(editor.valid().orElseThrow());
        });
    }

    @Test
    void exportWritesAStandaloneFile(FxRobot robot) throws Exception {
        Path out = home.resolve("shared").resolve("anna.json");
        Files.createDirectories(out.getParent());
        view.setChooser((owner, title, name, filter) -> {
            // The name the installers' file type matches, so the patient's double-click opens it in Toe Tempo.
            assertThat(name).isEqualTo("musical-toes-copy.toetempo.json");
            return out;
        });
        robot.clickOn("#editor-export");
        assertThat(out).exists();
        assertThat(Files.readString(out)).contains("\"exercises\"");
        assertThat(RoutineLibrary.readFile(READER, out).routine()).isEqualTo(PlayedLength.withMeasuredEstimate(editor.routine()));
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).isEqualTo("Exported to " + out);
    }

    @Test
    void theHandoutIsWrittenInTheBackgroundWithProgressShown(FxRobot robot) throws Exception {
        Path out = home.resolve("handout.pdf");
        view.setChooser((owner, title, name, filter) -> out);
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Hold the figures back so the test sees the work in progress; the FX thread stays free meanwhile.
        model.setStills(() -> (moment, width, height) -> {
            drawing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FootStills.NONE.still(moment, width, height);
        });
        robot.clickOn("#editor-handout");
        assertThat(drawing.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "handout-progress", Node.class).isVisible()).isTrue();
        assertThat(node(robot, "editor-handout", Button.class).isDisabled()).isTrue();
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).startsWith("Writing the handout");
        robot.interact(() -> Screenshots.save(scene, "editor-handout-progress"));
        release.countDown();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out).exists();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
        assertThat(node(robot, "handout-progress", Node.class).isVisible()).isFalse();
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).isEqualTo("Handout saved to " + out);
    }

    @Test
    void theHandoutWithTheAppsOwnFootFigures(FxRobot robot) throws Exception {
        Path out = home.resolve("figures.pdf");
        AtomicReference<CompletableFuture<Path>> started = new AtomicReference<>();
        robot.interact(() -> started.set(view.printHandoutTo(out)));
        var done = started.get();
        assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(out);
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }

    @Test
    void theSummaryCanBeMeasuredAtAnotherTempo(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Double> at = node(robot, "preview-bpm", ComboBox.class);
        long asWritten = editor.summary().orElseThrow().totalNanos();
        robot.interact(() -> at.setValue(40.0));
        Summary slow = model.summaryProperty().get();
        assertThat(slow.totalNanos()).isGreaterThan(asWritten);
        assertThat(summary(robot)).isEqualTo(slow.toString());
        assertThat(node(robot, "measured-duration", Label.class).getText()).endsWith("at 40 BPM");
    }

    @Test
    void noTextIsCutShortFrom1024x700UpInLightAndDark(FxRobot robot) {
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (int[] size : new int[][]{{1024, 700}, {1280, 800}, {1600, 1000}}) {
                robot.interact(() -> {
                    Theme.use(theme);
                    Theme.apply(scene, theme);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                nothingCutShort(robot, theme + " at " + size[0] + "×" + size[1], null);
            }
            robot.interact(() -> model.select(0, 0));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(700);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(scene, "editor-1024-" + theme.name().toLowerCase()));
        }
        robot.interact(() -> model.select(2, -1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "editor-dark-block"));
        robot.interact(() -> {
            light();
            Theme.apply(scene, Settings.Theme.LIGHT);
        });
    }

    /**
     * With the first step selected, then the third block: no text is cut short and nothing overflows. {@code shot}
     * names the screenshots of both (none when null).
     */
    private void nothingCutShort(FxRobot robot, String where, String shot) {
        for (EditorModel.Selection s : List.of(new EditorModel.Selection(0, 0), new EditorModel.Selection(2, -1))) {
            robot.interact(() -> model.select(s.block(), s.step()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> view.layout());
            String what = where + ", " + (s.isStep() ? "step" : "block");
            if (shot != null) {
                robot.interact(() -> Screenshots.save(scene, shot + (s.isStep() ? "-step" : "-block")));
            }
            assertThat(clippedTexts(view)).as(what).isEmpty();
            assertThat(overflowing(view)).as(what).isEmpty();
        }
    }

    /** German words are long: the editor in German, at the app's default size and at its smallest, cuts none short. */
    @Test
    void noTextIsCutShortInGermanAt1280x720AndAt800x600(FxRobot robot) {
        robot.interact(() -> {
            model = new EditorModel(editor, routines, Runnable::run, Runnable::run, Handouts.THREAD,
                    Messages.of(Language.GERMAN));
            view = new EditorView(model);
            scene.setRoot(view);
        });
        assertThat(node(robot, "editor-save", Button.class).getText()).isEqualTo("Speichern");
        assertThat(summary(robot)).contains("Wdh. rechts");
        for (int[] size : new int[][]{{1280, 720}, {800, 600}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            nothingCutShort(robot, "German at " + size[0] + "×" + size[1], "editor-de-" + size[0] + "x" + size[1]);
        }
        // A refused save: the notice, its links and the problems button, in German at the smallest size.
        robot.interact(() -> model.execute(StepEdits.setStepSets(0, 0, 0)));
        robot.interact(() -> view.save());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.layout());
        assertThat(node(robot, "editor-notice-text", Label.class).getText()).isEqualTo("Nicht gespeichert. Zuerst 1 Problem beheben:");
        assertThat(node(robot, "editor-problems", MenuButton.class).getText()).isEqualTo("1 Problem");
        assertThat(clippedTexts(view)).as("German, save refused").isEmpty();
        assertThat(overflowing(view)).as("German, save refused").isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(scene, "editor-de-800x600-save-refused"));
        assertThat(overflowing(view)).as("German, save refused, on screen").isEmpty();
    }

    @Test
    void tabMovesThroughTheFormInOrder(FxRobot robot) {
        robot.clickOn("#routine-name");
        keys(robot, KeyCode.TAB);
        assertThat(scene.getFocusOwner().getId()).isEqualTo("routine-id");
        keys(robot, KeyCode.TAB);
        keys(robot, KeyCode.TAB);
        assertThat(scene.getFocusOwner().getId()).isEqualTo("routine-purpose");
        keys(robot, KeyCode.TAB);
        assertThat(scene.getFocusOwner().getId()).isEqualTo("audience-runner");
        assertThat(editor.routine().purpose()).isEqualTo(MUSICAL_TOES.purpose());
    }

    @Test
    void everyControlHasAnAccessibleName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        for (Node node : view.lookupAll("*")) {
            if (node instanceof Control c && c.isFocusTraversable() && shown(c)
                    && !(c instanceof ListCell) && !(c instanceof ScrollPane)
                    && !(c instanceof SplitPane)) {
                String name = c.getAccessibleText();
                if ((name == null || name.isBlank()) && !(c instanceof Labeled l && l.getText() != null && !l.getText().isBlank())) {
                    unnamed.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()));
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }
}
