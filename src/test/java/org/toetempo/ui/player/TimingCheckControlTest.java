package org.toetempo.ui.player;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.history.PlayTracker;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingTaps;
import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.history.HistoryFixtures;
import org.toetempo.ui.history.RatingView;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Check my timing" switch in the real player, on a virtual clock, through to the rating screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimingCheckControlTest {

    private static final long MS = 1_000_000L;
    private static final Routine MUSICAL_TOES = HistoryFixtures.routine("musical-toes");

    private final VirtualClock clock = new VirtualClock(1_000_000 * MS);
    private Session session;
    private PlayerView player;
    private TimingCheckControl check;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
        player = new PlayerView(new PlayerModel(MUSICAL_TOES, session));
        check = TimingCheckControl.addTo(player, new TimingTaps(session, clock));
        scene = new Scene(player, 1280, 720);
        HistoryFixtures.style(scene);
        stage.setScene(scene);
        stage.show();
        player.requestFocus();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#timing-check-status").queryAs(Label.class).getText();
    }

    /** Moves the clock to {@code offsetMs} from the session's {@code n}th lift and taps {@code key}. */
    private void tapNear(FxRobot robot, List<Long> lifts, int n, long offsetMs, KeyCode key) {
        robot.interact(() -> clock.set(lifts.get(n) + offsetMs * MS));
        robot.type(key);
    }

    /** Clock times of the first beats of reps, with play started at {@code playedAt}. */
    private List<Long> lifts(long playedAt) {
        return session.schedule().beats().stream().filter(b -> b.accent() == BeatMark.Accent.REP)
                .map(b -> playedAt + b.nanos()).toList();
    }

    @Test
    void offSpaceStillPlaysAndPauses(FxRobot robot) {
        assertThat(check.isOn()).isFalse();
        assertThat(robot.lookup("#timing-check-status").query().isVisible()).isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(session.state()).isEqualTo(Session.State.PLAYING);
        robot.type(KeyCode.SPACE);
        assertThat(session.state()).isEqualTo(Session.State.PAUSED);
        assertThat(check.checks()).isEmpty();
    }

    @Test
    void onSpaceAndPageDownTapEnterPausesAndTheRatingScreenShowsTheFigures(FxRobot robot) {
        robot.clickOn("#timing-check-toggle");
        assertThat(status(robot)).isEqualTo("Tap Space on each lift");
        long playedAt = clock.nanos();
        robot.type(KeyCode.SPACE);                                   // not playing yet: Space starts
        assertThat(session.state()).isEqualTo(Session.State.PLAYING);
        List<Long> lifts = lifts(playedAt);

        tapNear(robot, lifts, 0, 60, KeyCode.SPACE);
        tapNear(robot, lifts, 1, 20, KeyCode.PAGE_DOWN);            // a foot pedal: a tap, not the next step
        assertThat(session.snapshot().stepIndex()).isZero();
        assertThat(status(robot)).isEqualTo("2 taps · last 20 ms late");
        tapNear(robot, lifts, 2, -30, KeyCode.SPACE);
        tapNear(robot, lifts, 3, 30, KeyCode.SPACE);
        assertThat(status(robot)).isEqualTo("4 taps · last 30 ms late");

        robot.type(KeyCode.ENTER);
        assertThat(session.state()).isEqualTo(Session.State.PAUSED);
        robot.type(KeyCode.SPACE);                                    // paused: Space resumes, no tap
        assertThat(session.state()).isEqualTo(Session.State.PLAYING);
        assertThat(check.checks()).singleElement().satisfies(c -> assertThat(c.taps()).isEqualTo(4));

        robot.type(KeyCode.SLASH);
        assertThat(robot.lookup(".help-key").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Space / PgDn", "Enter");
        robot.interact(() -> Screenshots.save(scene, "timing-check"));
        robot.type(KeyCode.ESCAPE);

        // The session ends: its record carries the figures, and the rating screen shows them.
        PlayTracker tracker = new PlayTracker(session.schedule());
        tracker.played(session.schedule(), 0, lifts.get(4) - playedAt);
        Instant start = Instant.parse("2024-03-20T08:00:00Z");
        SessionRecord record = SessionRecord.of(session.schedule(), tracker.result(), start, start.plusSeconds(30),
                HistoryFixtures.LONDON).withTiming(check.checks());
        assertThat(record.timing()).singleElement().satisfies(c -> {
            assertThat(c.meanMs()).isEqualTo(20.0);
            assertThat(c.taps()).isEqualTo(4);
        });
        robot.interact(() -> {
            scene.setRoot(new RatingView(Messages.of(Language.ENGLISH), record, id -> HistoryFixtures.exerciseName("musical-toes", id), r -> { }, () -> { }));
        });
        Node result = robot.lookup("#timing-result").query();
        assertThat(robot.from(result).lookup(".timing-line").queryAs(Label.class).getText())
                .isEqualTo("Single Big Toe Raise · Slow: 20 ms late (4 taps, spread 37 ms)");
        assertThat(robot.from(result).lookup(".pill").queryAs(Label.class).getText()).isEqualTo("On the beat");
    }
}
