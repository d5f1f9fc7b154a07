package org.toetempo.ui.history;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the history screens (History, the rating, the morning check, the coach's suggestions) in English and
 * German at 1280x720 and 800x600: nothing cut short with "…", and a screenshot of each to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HistoryScreensInBothLanguagesTest {

    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) {
        // A window of its own: resizing the shared primary stage would leak into the next test class.
        Stage stage = new Stage();
        this.stage = stage;
        scene = new Scene(new Region(), 1280, 720);
        HistoryFixtures.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static List<Screen> screens() {
        SessionRecord session = HistoryFixtures.played("arch-doming", HistoryFixtures.at("2024-03-19T18:30"));
        // A routine with a long name ("Arch Doming (Short Foot)") among the streak cards.
        List<SessionRecord> sessions = new ArrayList<>(HistoryViewTest.fixture(null).sessions());
        sessions.add(session);
        History history = new History(sessions, null);
        return List.of(
                new Screen("history", text -> new HistoryView(text, history,
                        id -> HistoryFixtures.LIBRARY.find(id).orElse(null), HistoryViewTest.NOW, p -> { })),
                new Screen("rating", text -> new RatingView(text, session,
                        id -> HistoryFixtures.exerciseName(session.routineId(), id), r -> { }, () -> { })),
                new Screen("morning-check", text -> new MorningCheckView(text, List.of(session),
                        HistoryFixtures.at("2024-03-20T07:45"), (p, s) -> { }, () -> { })),
                new Screen("suggestions", text -> new SuggestionsView(text, "Arch Doming",
                        List.of(SuggestionsViewTest.HOLD_LONGER, SuggestionsViewTest.SAME_DOSE,
                                SuggestionsViewTest.FEWER_REPS), s -> null, s -> { }, () -> { })));
    }

    private record Screen(String name, Function<Messages, Parent> make) {
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void nothingIsCutShortInEitherLanguageAtEitherSize(FxRobot robot) {
        for (Screen screen : screens()) {
            for (Language language : Language.values()) {
                for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
                    String name = screen.name() + "-" + language.code() + "-" + size[0] + "x" + size[1];
                    robot.interact(() -> {
                        scene.setRoot(screen.make().apply(Messages.of(language)));
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        Screenshots.save(scene, name);
                        assertThat(Clipping.truncated(scene.getRoot())).as("words cut short, " + name).isEmpty();
                        assertThat(Clipping.outsideTheWindow(scene.getRoot())).as("outside the window, " + name)
                                .isEmpty();
                    });
                }
            }
        }
    }

    @Test
    void theGermanHistorySpeaksGerman(FxRobot robot) {
        robot.interact(() -> scene.setRoot(screens().get(0).make().apply(Messages.of(Language.GERMAN))));
        assertThat(robot.lookup("#history-totals").queryAs(Label.class).getText()).startsWith("14 Einheiten");
        assertThat(robot.lookup("#streak-best-musical-toes").queryAs(Label.class).getText())
                .isEqualTo("Bestwert 3 Wochen");
        assertThat(robot.lookup("#streak-period-musical-toes").queryAs(Label.class).getText())
                .isEqualTo("1 von 2 diese Woche");
    }

    /** A session opens to its details in the app's language, with the tempo its steps played and a Close of its own. */
    @Test
    void aSessionOpensToItsDetailsInGerman(FxRobot robot) {
        robot.interact(() -> {
            scene.setRoot(screens().get(0).make().apply(Messages.of(Language.GERMAN)));
            stage.setWidth(1280);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#session-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(list);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#session-dialog").queryAs(DialogPane.class);
        List<String> lines = robot.from(dialog).lookup((Predicate<Node>) n -> n instanceof Label).queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(lines).anyMatch(t -> t.contains("Wiederholungen gemacht")).anyMatch(t -> t.contains("BPM"));
        Button close = (Button) dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertThat(close.getText()).isEqualTo("Schließen");
        robot.interact(() -> Screenshots.save(dialog.getScene(), "history-session-de"));
        robot.interact(close::fire);
    }
}
