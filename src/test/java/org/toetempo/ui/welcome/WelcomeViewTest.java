package org.toetempo.ui.welcome;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayedLength;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private final AtomicInteger soundChecks = new AtomicInteger();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicInteger browses = new AtomicInteger();
    private Stage stage;
    private Scene scene;

    static Routine musicalToes(Language language) {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn(language.code()));
        return RoutineLibrary.readFile(reader, Path.of("routines/musical-toes.json")).routine();
    }

    @Start
    void start(Stage primary) {
        // A window of its own: resizing the shared primary stage would leak into the next test class.
        Stage stage = new Stage();
        this.stage = stage;
        scene = new Scene(new WelcomeView(Messages.of(Language.ENGLISH), musicalToes(Language.ENGLISH),
                soundChecks::incrementAndGet, starts::incrementAndGet, browses::incrementAndGet));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<String> labels(FxRobot robot) {
        return robot.lookup((Predicate<Node>) n -> n instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void showsTheSafetyScreenAndOffersAFirstRoutine(FxRobot robot) {
        var texts = labels(robot);
        assertThat(texts).contains("Before you start");
        assertThat(texts).anyMatch(t -> t.contains("stress fracture"));
        assertThat(texts).anyMatch(t -> t.contains("chair, counter or wall you can hold"));
        assertThat(texts).anyMatch(t -> t.contains("Musical Toes"));
        robot.interact(() -> Screenshots.save(scene, "welcome"));

        robot.clickOn("#sound-check");
        robot.clickOn("#start-suggested");
        robot.clickOn("#browse-routines");

        assertThat(soundChecks).hasValue(1);
        assertThat(starts).hasValue(1);
        assertThat(browses).hasValue(1);
    }

    /** Issue 15: "nine gentle minutes" was written beside a routine that plays 9:47; the length now comes from it. */
    @Test
    void theSuggestedRoutinesNameAndLengthAreWhatItPlaysInBothLanguages(FxRobot robot) {
        for (Language language : Language.values()) {
            Messages text = Messages.of(language);
            Routine first = musicalToes(language);
            String length = text.duration(Duration.ofNanos(Math.round(PlayedLength.seconds(first) * 1e9)));
            robot.interact(() -> scene.setRoot(new WelcomeView(text, first, () -> { }, () -> { }, () -> { })));
            String suggestion = robot.lookup("#suggested-routine").queryAs(Label.class).getText();
            assertThat(suggestion).as(language.code()).contains(first.name() + ", " + length)
                    .doesNotContain("nine", "neun");
            assertThat(length).as("Musical Toes plays 9 min 47 s, not nine minutes")
                    .isIn("9 min 47 s", "9 Min. 47 s");
        }
        assertThat(labels(robot)).contains("Bevor Sie beginnen");
    }

    @Test
    void nothingIsCutShortInEnglishOrGermanAtEitherSize(FxRobot robot) {
        for (Language language : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
                String name = "welcome-" + language.code() + "-" + size[0] + "x" + size[1];
                robot.interact(() -> {
                    WelcomeView view = new WelcomeView(Messages.of(language), musicalToes(language), () -> { },
                            () -> { }, () -> { });
                    scene.setRoot(view);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    Screenshots.save(scene, name);
                    assertThat(Clipping.truncated(scene.getRoot())).as("words cut short, " + name).isEmpty();
                    // The words scroll; the buttons stay in the window.
                    assertThat(Clipping.outsideTheWindow(scene.getRoot())).as("outside the window, " + name).isEmpty();
                });
            }
        }
    }
}
