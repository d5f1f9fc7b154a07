package org.toetempo.ui.library;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The library read in German: built-in routines in German, a routine of the user's with no German says so. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LibraryLanguageTest {

    @TempDir
    static Path userRoutines;

    private Stage stage;
    private Scene scene;
    private LibraryView view;

    @Start
    void start(Stage primary) throws IOException {
        // A window of its own: resizing the shared primary stage would leak into the next test class.
        Stage stage = new Stage();
        // An English routine of the physio's own, written before translations existed.
        Files.copy(Path.of("routines/musical-toes.json"), userRoutines.resolve("x.json"), StandardCopyOption.REPLACE_EXISTING);
        String english = Files.readString(userRoutines.resolve("x.json"));
        String own = english.substring(0, english.lastIndexOf(",\n  \"translations\"")) + "\n}\n";
        Files.writeString(userRoutines.resolve("x.json"), own.replace("\"id\": \"musical-toes\"", "\"id\": \"my-toes\"")
                .replace("\"name\": \"Musical Toes\"", "\"name\": \"My Toes\""));
        RoutineReader german = new RoutineReader(ExerciseLibrary.builtIn("de"));
        Theme.use(Settings.Theme.LIGHT);
        this.stage = stage;
        view = new LibraryView(Messages.of(Language.GERMAN), () -> RoutineLibrary.load(german, userRoutines), userRoutines, r -> { });
        view.setLanguageChoice("Deutsch", () -> { });
        scene = new Scene(view, 1100, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<String> labels(FxRobot robot) {
        return robot.lookup("#routine-list").lookup((Predicate<Node>) node -> node instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void builtInRoutinesAreInGermanAndAnUntranslatedOneIsMarked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(robot)).contains("Fußgewölbe aufrichten (Short Foot)").noneMatch(t -> t.startsWith("Teils in"));
        ListView<?> list = robot.lookup("#routine-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labels(robot)).contains("My Toes").anyMatch(t -> t.startsWith("Teils in der Originalsprache (English) · "));
        assertThat(robot.lookup("#library-language").queryButton().getText()).isEqualTo("Deutsch");
        RoutineLibrary library = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn("de")), userRoutines);
        assertThat(library.find("my-toes")).isPresent();
        assertThat(library.entries()).filteredOn(e -> e.ok() && e.routine().id().equals("my-toes"))
                .singleElement().satisfies(e -> assertThat(e.result().language().fallsBack()).isTrue());
        assertThat(library.entries()).filteredOn(e -> e.ok() && e.routine().id().equals("musical-toes"))
                .singleElement().satisfies(e -> assertThat(e.result().language().fallsBack()).isFalse());
    }

    /** Issue 18: German words are long; nothing is cut short at 1280x720 or at the smallest window, 800x600. */
    @Test
    void nothingIsCutShortInGermanAtEitherSize(FxRobot robot) throws IOException {
        robot.clickOn("Fußgewölbe aufrichten (Short Foot)");
        for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
            String name = "library-de-" + size[0] + "x" + size[1];
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Screenshots.save(scene, name);
                assertThat(Clipping.truncated(view)).as("words cut short at " + name).isEmpty();
                assertThat(Clipping.outsideTheWindow(view)).as("outside the window at " + name).isEmpty();
                // The details wrap to their pane: a wider one would hide its right edge behind a sideways scroll.
                ScrollPane scroll = (ScrollPane) view.lookup(".details-scroll");
                assertThat(scroll.getContent().getLayoutBounds().getWidth()).as("details width at " + name)
                        .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
            });
        }
        assertThat(labels(robot)).anyMatch(t -> t.contains("Etwa ") && t.contains("Min."));
        assertThat(robot.lookup("#library-search").queryAs(TextField.class).getPromptText())
                .isEqualTo("Suchen");
    }
}
