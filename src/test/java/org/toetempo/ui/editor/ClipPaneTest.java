package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.Clip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.ui.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exercise form's Video section driven through its buttons: attach a short generated clip (the chooser answered
 * by the test), see it copied into the clip folder and previewed, mark where one rep starts and ends, be told when a
 * rep would end before it starts, remove it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClipPaneTest {

    @TempDir
    Path home;
    @TempDir
    Path outside;

    private UserRoutines routines;
    private EditorModel model;
    private EditorView view;
    private Stage stage;
    private ExecutorService background;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        EditorViewTest.light();
        background = Executors.newSingleThreadExecutor();
        routines = new UserRoutines(new AppPaths(home), ExerciseLibrary.builtIn());
        model = new EditorModel(routines.duplicate(AudioExportDialogTest.pressAndHold()), routines, Runnable::run,
                Runnable::run, Handouts.THREAD);
        model.useClips(routines.clips(), background);
        view = new EditorView(model);
        Scene scene = new Scene(view, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.inspector().exerciseForm().clip().close();
            stage.getScene().setRoot(new Region());
            stage.close();
        }).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    /** Scrolls the form to the button, then clicks it as a user would. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    double content = scroll.getContent().getLayoutBounds().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    scroll.setVvalue(Math.min(1, Math.max(0, (y - viewport / 2) / Math.max(1, content - viewport))));
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Clip clip() {
        return model.routineProperty().get().exercise("toe-press").clip();
    }

    @Test
    void attachMarkOneRepAndRemoveAVideo(FxRobot robot) throws Exception {
        // A 4-second H.264 clip made with ffmpeg for the clip tests (test resources).
        Path video = Files.copy(Path.of(getClass().getResource("/clips/rep-demo.mp4").toURI()), outside.resolve("my rep.mp4"));
        robot.interact(() -> model.editExercise("toe-press"));
        ClipPane pane = view.inspector().exerciseForm().clip();
        pane.chooseWith(owner -> video);
        Button attach = robot.lookup("#clip-attach").queryButton();
        assertThat(attach.getText()).isEqualTo("Attach video…");
        assertThat(robot.lookup("#clip-preview").query().getParent().getParent().isVisible()).isFalse();

        click(robot, "#clip-attach");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clip() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Clip attached = clip();
        assertThat(routines.clips().find(attached.file())).as("copied into the clip folder by its hash").isPresent();
        assertThat(attached.repInSeconds()).isZero();
        assertThat(attached.repOutSeconds()).isEqualTo(4.0);
        assertThat(attach.getText()).isEqualTo("Replace video…");
        assertThat(robot.lookup("#clip-remove").queryButton().isVisible()).isTrue();
        Label marks = robot.lookup("#clip-marks").queryAs(Label.class);
        assertThat(marks.getText()).isEqualTo("One rep: 0:00.00 to 0:04.00 (4.00 s in the video)");
        MediaView preview = robot.lookup("#clip-preview").queryAs(MediaView.class);
        assertThat(preview.getMediaPlayer()).as("the preview plays the stored copy").isNotNull();
        assertThat(preview.getMediaPlayer().getMedia().getSource()).endsWith(attached.file());

        // The preview learns the video's length when its player is ready; then the slider scrubs through it.
        Slider scrub = robot.lookup("#clip-scrub").queryAs(Slider.class);
        Label message = robot.lookup("#clip-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getMediaPlayer().getStatus() == MediaPlayer.Status.READY
                || !message.getText().isEmpty());
        assertThat(message.getText()).as("the player can show the clip").isEmpty();
        assertThat(scrub.getMax()).isCloseTo(4.0, within(0.1));

        robot.interact(() -> scrub.setValue(1.0));
        click(robot, "#clip-mark-in");
        robot.interact(() -> scrub.setValue(3.0));
        click(robot, "#clip-mark-out");
        assertThat(clip().repInSeconds()).isEqualTo(1.0);
        assertThat(clip().repOutSeconds()).isEqualTo(3.0);
        assertThat(marks.getText()).isEqualTo("One rep: 0:01.00 to 0:03.00 (2.00 s in the video)");
        assertThat(robot.lookup("#clip-time").queryAs(Label.class).getText()).isEqualTo("0:03.00");

        // A rep that would end before it starts is refused with a reason, and nothing changes.
        robot.interact(() -> scrub.setValue(0.5));
        click(robot, "#clip-mark-out");
        assertThat(message.getText()).startsWith("A rep must end at least");
        assertThat(clip().repOutSeconds()).isEqualTo(3.0);

        click(robot, "#clip-remove");
        assertThat(clip()).isNull();
        assertThat(attach.getText()).isEqualTo("Attach video…");
        assertThat(preview.getMediaPlayer()).as("the preview's player is let go").isNull();
    }
}
