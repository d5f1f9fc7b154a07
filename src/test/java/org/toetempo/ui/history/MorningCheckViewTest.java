package org.toetempo.ui.history;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.history.Effort;
import org.toetempo.history.History;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.SessionRecord;
import org.toetempo.progress.Coach;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.Suggestion;
import org.toetempo.ui.Screenshots;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.ui.history.HistoryFixtures.at;

/** The next-morning check saved through the real store, and the coach's pain rules reading it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MorningCheckViewTest {

    private static final ZonedDateTime MORNING = at("2024-03-20T07:45");

    @TempDir
    Path dir;
    private HistoryStore store;
    private final AtomicInteger skips = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();
    private Stage stage;
    private Scene scene;
    private List<SessionRecord> awaiting;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void yesterdaysSessions(FxRobot robot) throws Exception {
        store = new HistoryStore(dir);
        // Two sessions yesterday, rated pain 2 and 1 during; one three days ago, already past asking.
        store.append(HistoryFixtures.rated(HistoryFixtures.played("toe-fan-routine", at("2024-03-17T18:00")), Effort.EASY, 1, 1));
        store.append(HistoryFixtures.rated(HistoryFixtures.played("musical-toes", at("2024-03-19T07:30")), Effort.EASY, 2, 2));
        store.append(HistoryFixtures.rated(HistoryFixtures.played("sole-5-daily", at("2024-03-19T19:10")), Effort.EASY, 1, 1));
        awaiting = store.load().awaitingMorningCheck(MORNING);
        robot.interact(() -> show(MORNING));
    }

    private void show(ZonedDateTime now) {
        MorningCheckView view = new MorningCheckView(Messages.of(Language.ENGLISH), awaiting, now, (pain, stiffness) -> {
            try {
                store.morningCheck(awaiting.stream().map(SessionRecord::id).toList(), pain, stiffness);
                saves.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, skips::incrementAndGet);
        scene = new Scene(view, 1000, 760);
        HistoryFixtures.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void asksAboutYesterdaysSessionsAndSavesOneAnswerForBoth(FxRobot robot) throws Exception {
        assertThat(awaiting).extracting(SessionRecord::routineId).containsExactly("musical-toes", "sole-5-daily");
        assertThat(robot.lookup("#morning-question").queryAs(Label.class).getText()).isEqualTo("How is your foot this morning?");
        assertThat(robot.lookup("#morning-sessions").queryAs(Label.class).getText())
                .isEqualTo("After Musical Toes yesterday at 07:30 and Sole 5 yesterday at 19:10");
        assertThat(robot.lookup("#save-morning").queryButton().isDisabled()).as("nothing answered yet").isTrue();

        robot.clickOn("#morning-pain-5");
        robot.clickOn("#morning-stiffness-2");
        robot.interact(() -> Screenshots.save(scene, "morning-check"));
        robot.clickOn("#save-morning");

        History loaded = store.load();
        assertThat(saves).hasValue(1);
        for (SessionRecord session : awaiting) {
            SessionRecord saved = loaded.find(session.id()).orElseThrow();
            assertThat(saved.ratings().morningPain()).isEqualTo(5);
            assertThat(saved.ratings().morningStiffness()).isEqualTo(2);
            assertThat(saved.ratings().pain()).as("the ratings from the evening stay").isNotNull();
        }
        assertThat(loaded.awaitingMorningCheck(MORNING)).isEmpty();
        // Pain of 5 the next morning against 2 during: worse than the usual morning, so the coach eases off (R3).
        List<Suggestion> next = Coach.suggest(HistoryFixtures.routine("musical-toes"), loaded, ProgressPlan.EMPTY,
                MORNING.plusHours(10));
        assertThat(next).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("R3");
            assertThat(s.reason()).contains("morning after");
        });
    }

    @Test
    void skipSavesNothingAndLaterInTheDayTheQuestionLooksBack(FxRobot robot) throws Exception {
        robot.clickOn("#skip-morning");
        assertThat(skips).hasValue(1);
        assertThat(store.load().awaitingMorningCheck(MORNING)).hasSize(2);

        robot.interact(() -> show(MORNING.withHour(15)));
        assertThat(robot.lookup("#morning-question").queryAs(Label.class).getText()).isEqualTo("How was your foot this morning?");
        robot.clickOn("#morning-stiffness-3");
        robot.clickOn("#save-morning");
        assertThat(store.load().find(awaiting.get(0).id()).orElseThrow().ratings().morningPain()).as("not answered").isNull();
        assertThat(store.load().find(awaiting.get(0).id()).orElseThrow().ratings().morningStiffness()).isEqualTo(3);
    }

    @Test
    void theHistoryScreenOffersTheCheckWhileASessionWaitsForIt(FxRobot robot) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        showHistory(robot, store.load(), opened);
        assertThat(robot.lookup("#morning-banner").query().isVisible()).isTrue();
        robot.clickOn("#morning-check");
        assertThat(opened).hasValue(1);

        store.morningCheck(awaiting.stream().map(SessionRecord::id).toList(), 1, 1);
        showHistory(robot, store.load(), opened);
        assertThat(robot.lookup("#morning-banner").query().isVisible()).isFalse();
    }

    private void showHistory(FxRobot robot, History history, AtomicInteger opened) {
        robot.interact(() -> {
            HistoryView view = new HistoryView(Messages.of(Language.ENGLISH), history, id -> HistoryFixtures.LIBRARY.find(id).orElse(null), MORNING, p -> { });
            view.setOnMorningCheck(opened::incrementAndGet);
            stage.setScene(new Scene(view, 1280, 900));
        });
    }
}
