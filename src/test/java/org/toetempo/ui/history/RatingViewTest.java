package org.toetempo.ui.history;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Side;
import org.toetempo.ui.Screenshots;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RatingViewTest {

    private final List<Ratings> saved = new ArrayList<>();
    private final AtomicInteger skips = new AtomicInteger();
    private SessionRecord session;
    private RatingView view;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = HistoryFixtures.played("musical-toes", HistoryFixtures.at("2024-03-20T08:00"));
        show(session);
    }

    private void show(SessionRecord record) {
        view = new RatingView(Messages.of(Language.ENGLISH), record, id -> HistoryFixtures.exerciseName(record.routineId(), id), saved::add, skips::incrementAndGet);
        scene = new Scene(view, 1000, 1500);
        HistoryFixtures.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void asksOnlyWhatTheSessionPlayed() {
        List<String> ids = view.model().exercises().stream().map(RatingModel.ExerciseItem::id).toList();
        assertThat(ids).containsExactly("single-big-toe-raise", "single-lesser-toes-raise", "double-big-toe-raise",
                "double-lesser-toes-raise");
        assertThat(view.model().exercises().get(0).oneSided()).isTrue();
        assertThat(view.model().exercises().get(2).oneSided()).isFalse();
        assertThat(view.model().exercises()).noneMatch(RatingModel.ExerciseItem::shortFoot);
        // Played without a song, all three blocks of Musical Toes (slow, fast, song) followed the metronome.
        assertThat(view.model().blocks()).hasSize(session.tempos().size());
    }

    @Test
    void fillingTheControlsSavesTheRatings(FxRobot robot) {
        int block = view.model().blocks().get(0).index();
        robot.clickOn("#effort-single-big-toe-raise-easy");
        robot.clickOn("#effort-single-lesser-toes-raise-right");
        robot.clickOn("#effort-double-big-toe-raise-hard");
        robot.clickOn("#effort-double-big-toe-raise-easy");          // changed my mind
        robot.clickOn("#side-single-big-toe-raise-left");
        robot.clickOn("#side-single-lesser-toes-raise-same");
        robot.clickOn("#pain-3");
        robot.clickOn("#stiffness-7");
        robot.clickOn("#stiffness-2");
        robot.clickOn("#beat-" + block + "-no");
        robot.clickOn("#cramp");
        robot.clickOn("#note").write("Left foot tired");
        robot.interact(() -> Screenshots.save(scene, "rating"));
        robot.clickOn("#save-rating");

        assertThat(saved).hasSize(1);
        Ratings r = saved.get(0);
        assertThat(r.pain()).isEqualTo(3);
        assertThat(r.stiffness()).isEqualTo(2);
        assertThat(r.cramp()).isTrue();
        assertThat(r.note()).isEqualTo("Left foot tired");
        assertThat(r.redFlags()).isEmpty();
        assertThat(r.onBeat(block)).contains(false);
        assertThat(r.exercise("single-big-toe-raise")).contains(
                ExerciseRating.of("single-big-toe-raise", Effort.EASY).withHarderSide(Side.LEFT));
        assertThat(r.exercise("single-lesser-toes-raise")).contains(
                ExerciseRating.of("single-lesser-toes-raise", Effort.JUST_RIGHT));
        assertThat(r.exercise("double-big-toe-raise").orElseThrow().effort()).isEqualTo(Effort.EASY);
        assertThat(r.exercise("double-lesser-toes-raise")).isEmpty();
        assertThat(skips).hasValue(0);
    }

    @Test
    void aWarningSignShowsTheSafetyMessage(FxRobot robot) {
        Node safety = robot.lookup("#safety-message").query();
        assertThat(safety.isVisible()).isFalse();
        robot.clickOn("#pain-8");
        robot.clickOn("#flag-" + RedFlag.NUMBNESS_OR_TINGLING.json());
        assertThat(safety.isVisible()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "rating-warning"));
        robot.clickOn("#save-rating");
        assertThat(saved.get(0).redFlags()).containsExactly(RedFlag.NUMBNESS_OR_TINGLING);
        assertThat(saved.get(0).pain()).isEqualTo(8);
    }

    @Test
    void skipSavesNothing(FxRobot robot) {
        robot.clickOn("#skip-rating");
        assertThat(skips).hasValue(1);
        assertThat(saved).isEmpty();
    }

    @Test
    void shortFootAsksAboutRelaxedToes(FxRobot robot) {
        SessionRecord dome = HistoryFixtures.played("arch-doming", HistoryFixtures.at("2024-03-20T08:00"), 0.6);
        robot.interact(() -> show(dome));
        RatingModel.ExerciseItem shortFoot = view.model().exercises().stream()
                .filter(RatingModel.ExerciseItem::shortFoot).findFirst().orElseThrow();
        robot.clickOn("#toes-" + shortFoot.id() + "-yes");
        robot.clickOn("#effort-" + shortFoot.id() + "-right");
        robot.interact(() -> Screenshots.save(scene, "rating-short-foot"));
        robot.clickOn("#save-rating");
        ExerciseRating rating = saved.get(0).exercise("short-foot").orElseThrow();
        assertThat(rating.formOk()).isTrue();
        assertThat(rating.effort()).isEqualTo(Effort.JUST_RIGHT);
        assertThat(saved.get(0).pain()).isNull();
    }
}
