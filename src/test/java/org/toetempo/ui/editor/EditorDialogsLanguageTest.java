package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.Clip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's forms and dialogs in English and in German (whose words are longer) at 1280x720 and 800x600: no
 * text of the outline, the exercise form (with its Video, phases and levels), the stages, Export audio… or the
 * import dialogs is cut short with "…". Screenshots of each go to target/screenshots/editor-LANG-*.png.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorDialogsLanguageTest {

    @TempDir
    Path home;
    @TempDir
    Path outside;

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        EditorViewTest.light();
    }

    @AfterEach
    void closeWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window instanceof Stage open && open != stage && open.getOwner() != null) {
                    open.close();
                }
            }
            if (stage.getScene() != null) {
                stage.getScene().setRoot(new Region());
            }
            stage.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private static ExerciseLibrary library(Language language) {
        return ExerciseLibrary.builtIn(language.code());
    }

    private static Routine builtIn(Language language, String id) {
        return RoutineLibrary.load(new RoutineReader(library(language)), null).find(id).orElseThrow();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"ENGLISH, 1280, 720", "GERMAN, 1280, 720", "ENGLISH, 800, 600", "GERMAN, 800, 600"})
    void theEditorsFormsCutNoWordShort(Language language, int width, int height, FxRobot robot) throws Exception {
        UserRoutines routines = new UserRoutines(new AppPaths(home), library(language));
        EditableRoutine routine = routines.duplicate(builtIn(language, "foot-core-12-week"));
        // A video on the exercise, so that its preview, marks and buttons show too.
        ClipStore.Stored video = routines.clips().add(Path.of(getClass().getResource("/clips/rep-demo.mp4").toURI()));
        routine.execute(ExerciseEdits.setExerciseClip("toe-yoga", new Clip(video.file(), 1.0, 3.0)));
        String tag = "editor-" + language.code() + "-" + width + "x" + height;
        EditorView[] view = new EditorView[1];
        EditorModel model = new EditorModel(routine, routines, Runnable::run, Runnable::run, Handouts.THREAD,
                Messages.of(language));
        model.useClips(routines.clips(), Runnable::run);
        robot.interact(() -> {
            view[0] = new EditorView(model);
            Scene scene = new Scene(view[0], width, height);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        List<String> clipped = new ArrayList<>();
        robot.interact(() -> {
            view[0].layout();
            clipped.addAll(mine(view[0]));
            scrollTo(robot.lookup("#routine-stages").query());
            Screenshots.save(stage.getScene(), tag + "-stages");
        });
        robot.interact(() -> clipped.addAll(mine(view[0])));
        robot.interact(() -> model.editExercise("toe-yoga"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view[0].layout();
            clipped.addAll(mine(view[0]));
            Screenshots.save(stage.getScene(), tag + "-exercise");
            scrollTo(robot.lookup("#exercise-phase-table").query());
            Screenshots.save(stage.getScene(), tag + "-phases");
            clipped.addAll(mine(view[0]));
            scrollTo(robot.lookup("#clip-pane").query());
            Screenshots.save(stage.getScene(), tag + "-video-levels");
            clipped.addAll(mine(view[0]));
            view[0].inspector().exerciseForm().clip().close();
        });
        assertThat(clipped).as("words cut short, %s at %dx%d", language, width, height).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void exportAudioAndTheImportDialogsCutNoWordShort(Language language, FxRobot robot) throws Exception {
        Messages messages = Messages.of(language);
        UserRoutines routines = new UserRoutines(new AppPaths(home), library(language));
        Routine routine = builtIn(language, "foot-core-12-week");
        String tag = "editor-" + language.code() + "-dialog-";
        robot.interact(() -> {
            stage.setScene(new Scene(new Region(), 640, 480));
            stage.show();
        });

        // Export audio…
        AudioExportDialog export = new AudioExportDialog(messages, Runnable::run, () -> null, () -> null);
        robot.interact(() -> export.show(stage, routine));
        assertThat(shownAndUncut(robot, "#export-audio-dialog", tag + "export-audio")).isEmpty();

        // An import whose id is a built-in routine's: the clash question.
        Sharing sharing = new Sharing(messages);
        Path clash = outside.resolve("musical-toes.json");
        UserRoutines.export(builtIn(language, "musical-toes"), clash);
        Platform.runLater(() -> sharing.askAboutClash(stage, routines.checkImport(clash)));
        assertThat(shownAndUncut(robot, "#import-clash-dialog", tag + "import-clash")).isEmpty();

        // A file refused, with the loader's lines.
        Path broken = outside.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": 1,\n  \"id\": \"../../evil\"\n}\n");
        Platform.runLater(() -> sharing.importFiles(stage, routines, List.of(broken)));
        assertThat(shownAndUncut(robot, "#import-refused-dialog", tag + "import-refused")).isEmpty();

        // A routine imported: where it is now.
        EditableRoutine copy = routines.duplicate(routine);
        copy.execute(Edits.setId("annas-programme"));
        Path shared = outside.resolve("annas-programme.json");
        UserRoutines.export(copy.valid().orElseThrow(), shared);
        Platform.runLater(() -> sharing.importFiles(stage, routines, List.of(shared)));
        assertThat(shownAndUncut(robot, "#sharing-info-dialog", tag + "imported")).isEmpty();
    }

    /** Waits for the dialog, saves its picture, lists its words cut short and closes it. */
    private static List<String> shownAndUncut(FxRobot robot, String query, String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = robot.lookup(query).queryAs(Parent.class);
        List<String> clipped = new ArrayList<>();
        robot.interact(() -> {
            root.getScene().getRoot().layout();
            clipped.addAll(Clipping.truncated(root.getScene().getRoot()));
            Screenshots.save(root.getScene(), name);
        });
        robot.interact(() -> {
            if (root instanceof DialogPane pane) {
                ButtonType close = pane.getButtonTypes().stream().filter(t -> t.getButtonData().isCancelButton()
                        || t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
                ((Button) pane.lookupButton(close)).fire();
            } else {
                ((Stage) root.getScene().getWindow()).close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return clipped;
    }

    /** The words cut short in the parts of the editor these forms are (the outline, the inspector's exercise form, the stages). */
    private static List<String> mine(EditorView view) {
        List<String> clipped = new ArrayList<>();
        for (String id : List.of("#outline", "#exercise-form", "#routine-stages")) {
            Node node = view.lookup(id);
            if (node instanceof Parent parent) {
                clipped.addAll(Clipping.truncated(parent).stream().map(c -> id + ": " + c).toList());
            }
        }
        return clipped;
    }

    /** Scrolls the pane around a node so that the node is on screen. */
    private static void scrollTo(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                scroll.layout();
                double content = scroll.getContent().getLayoutBounds().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.min(1, Math.max(0, (y - 20) / Math.max(1, content - viewport))));
                scroll.layout();
                return;
            }
        }
    }
}
