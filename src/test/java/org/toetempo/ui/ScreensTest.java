package org.toetempo.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.about.BuildInfo;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.history.HistoryStore;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.editor.EditorView;
import org.toetempo.ui.library.LibraryView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window's navigation as the app wires it (App's Screens, with German as the app's language): the library,
 * the history and back; About with the version and the licences.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScreensTest {

    @TempDir
    Path home;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.use(Settings.Theme.LIGHT);
        scene = new Scene(new Region(), 1100, 720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        io.shutdownNow();
        // The editor binds the window's title; the next test shares the stage.
        WaitForAsyncUtils.asyncFx(() -> stage.titleProperty().unbind()).get(10, TimeUnit.SECONDS);
    }

    private Screens screens() {
        AppPaths paths = new AppPaths(home);
        ExerciseLibrary exercises = ExerciseLibrary.builtIn("de");
        RoutineReader reader = new RoutineReader(exercises);
        Screens.Services services = new Screens.Services(paths, () -> RoutineLibrary.load(reader, paths.routines()),
                paths.routines(), () -> new UserRoutines(paths, exercises), SettingsStore.in(paths), HistoryStore.in(paths),
                ProgressPlanStore.in(paths), () -> {
                    throw new AssertionError("no song model before a session");
                }, Language.GERMAN);
        Workers workers = new Workers(io, io, io, io, Platform::runLater);
        return new Screens(stage, scene, services, () -> {
            throw new AssertionError("no sound before a session");
        }, workers);
    }

    @Test
    void theLibraryThenTheHistoryAndBackToTheLibrary(FxRobot robot) throws Exception {
        Screens screens = WaitForAsyncUtils.asyncFx(this::screens).get(10, TimeUnit.SECONDS);
        assertThat(scene.getRoot()).isNotInstanceOf(LibraryView.class);

        WaitForAsyncUtils.asyncFx(screens::showLibrary).get(10, TimeUnit.SECONDS);

        assertThat(scene.getRoot()).isSameAs(screens.library());
        assertThat(stage.getTitle()).isEqualTo("Toe Tempo");

        WaitForAsyncUtils.asyncFx(screens::showHistory).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-back").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Button back = robot.lookup("#history-back").queryAs(Button.class);
        assertThat(back.getText()).isEqualTo("Bibliothek");

        robot.clickOn(back);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot()).isSameAs(screens.library());
    }

    /**
     * Issue 17: a damaged settings file brings the first-run welcome back, and the start-up notices say what happened
     * to the file: they come after the welcome is on screen, so over it, not under it.
     */
    @Test
    void onAFirstRunWhatFollowsTheWelcomeComesOverIt(FxRobot robot) throws Exception {
        Screens screens = WaitForAsyncUtils.asyncFx(this::screens).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(screens::showLibrary).get(10, TimeUnit.SECONDS);
        List<String> showingThen = new ArrayList<>();

        WaitForAsyncUtils.asyncFx(() -> screens.welcomeIfFirstRun(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing()).forEach(w -> showingThen.add(((Stage) w).getTitle()))))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !showingThen.isEmpty());

        assertThat(showingThen).containsExactly("Willkommen bei Toe Tempo");
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aboutShowsTheVersionAndEveryLicenceInTheAppsLanguage(FxRobot robot) throws Exception {
        Screens screens = WaitForAsyncUtils.asyncFx(this::screens).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(screens::showLibrary).get(10, TimeUnit.SECONDS);

        robot.clickOn("#library-about");
        WaitForAsyncUtils.waitForFxEvents();

        Stage about = (Stage) Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        assertThat(about.getTitle()).isEqualTo("Über Toe Tempo");
        Node root = about.getScene().getRoot();
        assertThat(((Label) root.lookup("#about-version")).getText()).isEqualTo(BuildInfo.nameAndVersion());
        assertThat(((TextArea) root.lookup("#about-licences")).getText())
                .contains("Classpath Exception", "jorbis", "jflac-codec", "jump3r", "lib/jorbis-0.0.17.jar");
        List<String> buttons = root.lookupAll(".button").stream().map(b -> ((Button) b).getText()).toList();
        assertThat(buttons).contains("Schließen");
        WaitForAsyncUtils.asyncFx(about::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void editingACrashCutShortIsOfferedBackAndRestoredInTheEditor(FxRobot robot) throws Exception {
        // What the editor's autosave leaves when the app dies with unsaved changes.
        AppPaths paths = new AppPaths(home);
        UserRoutines routines = new UserRoutines(paths, ExerciseLibrary.builtIn("de"));
        EditableRoutine crashed = routines.blank();
        crashed.execute(Edits.setName("Für Frau Weber, im Sitzen"));
        assertThat(routines.drafts().autosave(crashed)).isTrue();

        Screens screens = WaitForAsyncUtils.asyncFx(this::screens).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(screens::showLibrary).get(10, TimeUnit.SECONDS);
        Platform.runLater(screens::offerDrafts);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#draft-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        String restore = Messages.of(Language.GERMAN).get("sharing.draft-restore");
        robot.clickOn(robot.lookup("#draft-dialog .button").match(b -> restore.equals(((Button) b).getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(scene.getRoot()).isInstanceOf(EditorView.class);
        assertThat(((EditorView) scene.getRoot()).model().routineProperty().get().name())
                .isEqualTo("Für Frau Weber, im Sitzen");
    }
}
