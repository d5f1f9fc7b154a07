package org.toetempo.ui.player;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.settings.Settings;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, the player: a rest made longer on the fly, the step bar as a way to jump, pause shown plainly. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlayerRestAndStepsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Routine ARCH_DOMING = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("arch-doming").orElseThrow();

    private final VirtualClock clock = new VirtualClock();
    private Session session;
    private PlayerView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new Session(ARCH_DOMING, PlayOptions.defaults(), clock);
        view = new PlayerView(new PlayerModel(ARCH_DOMING, session));
        scene = new Scene(view, 1280, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setFullScreen(false);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private void at(FxRobot robot, long nanos) {
        robot.interact(() -> {
            clock.set(nanos);
            view.model().refresh();
        });
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Segment longRest() {
        return session.schedule().segments().stream().filter(s -> s.activity() == Activity.REST)
                .filter(s -> s.endNanos() - s.startNanos() >= 30 * SECOND).findFirst().orElseThrow();
    }

    @Test
    void eAndTheButtonMakeARestLongerAndOnlyARestShowsThem(FxRobot robot) {
        Segment rest = longRest();
        robot.interact(() -> view.model().togglePlay());
        at(robot, rest.startNanos() - 2 * SECOND);
        Node actions = robot.lookup("#rest-actions").query();
        assertThat(shown(actions)).isFalse();
        robot.interact(() -> view.handleKey(KeyCode.E, "e"));
        at(robot, rest.startNanos() + 3 * SECOND);
        assertThat(session.snapshot().nanos()).isEqualTo(rest.startNanos() + 3 * SECOND);   // E outside a rest: nothing

        assertThat(shown(actions)).isTrue();
        int left = session.snapshot().countdown();
        robot.interact(() -> view.handleKey(KeyCode.E, "e"));
        assertThat(session.snapshot().countdown()).isEqualTo(left + 15);
        robot.interact(() -> robot.lookup("#extend-rest").queryAs(Button.class).fire());
        assertThat(session.snapshot().countdown()).isEqualTo(left + 30);
        robot.interact(() -> Screenshots.save(scene, "player-rest-extended"));

        at(robot, rest.endNanos() + 30 * SECOND - 1);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.REST);
        at(robot, rest.endNanos() + 31 * SECOND);
        assertThat(session.snapshot().activity()).isNotEqualTo(Activity.REST);
        assertThat(shown(actions)).isFalse();
    }

    @Test
    void theHelpListsTheKeyThatLengthensARest(FxRobot robot) {
        assertThat(robot.lookup("#help-overlay").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText)).contains("E", "Rest 15 s longer");
    }

    @Test
    void clickingAStepInTheBarGoesToThatStep(FxRobot robot) {
        List<ScheduledStep> steps = session.schedule().steps();
        assertThat(steps).hasSize(3);
        long total = session.schedule().totalNanos();
        StepProgress bar = robot.lookup("#step-progress").queryAs(StepProgress.class);
        robot.interact(() -> view.model().togglePlay());
        at(robot, SECOND);
        for (int target : new int[] {2, 0, 1}) {
            long start = steps.get(target).startNanos();
            long end = target + 1 < steps.size() ? steps.get(target + 1).startNanos() : total;
            double x = bar.getWidth() * (start + end) / 2.0 / total;
            Point2D screen = bar.localToScreen(x, bar.getHeight() / 2);
            robot.clickOn(screen);
            robot.interact(() -> view.model().refresh());
            assertThat(session.snapshot().stepIndex()).as("clicked step %d", target).isEqualTo(target);
            assertThat(view.model().stepIndexProperty().get()).isEqualTo(target);
        }
    }

    @Test
    void pausedIsABadgeOverThePhaseWordReadableInBothThemes(FxRobot robot) {
        Label badge = robot.lookup("#paused-badge").queryAs(Label.class);
        assertThat(shown(badge)).as("not before play").isFalse();
        robot.interact(() -> view.model().togglePlay());
        at(robot, 10 * SECOND);
        assertThat(shown(badge)).isFalse();
        robot.interact(() -> view.handleKey(KeyCode.SPACE, " "));
        at(robot, 11 * SECOND);
        assertThat(shown(badge)).isTrue();
        assertThat(badge.getText()).isEqualTo("PAUSED");
        for (Settings.Theme theme : Settings.Theme.values()) {
            robot.interact(() -> {
                Theme.apply(scene, theme);
                view.applyCss();
                view.layout();
            });
            Background background = badge.getBackground();
            assertThat(background).isNotNull();
            Color fill = (Color) background.getFills().get(0).getFill();
            double ratio = contrast((Color) badge.getTextFill(), fill);
            assertThat(ratio).as("%s theme", theme).isGreaterThan(7);
            robot.interact(() -> Screenshots.save(scene, "player-paused-" + theme.name().toLowerCase(Locale.ROOT)));
            assertThat(badge.getFont().getSize()).isGreaterThan(robot.lookup("#exercise-title").queryAs(Label.class).getFont().getSize());
        }
        robot.interact(() -> view.handleKey(KeyCode.SPACE, " "));
        at(robot, 12 * SECOND);
        assertThat(shown(badge)).isFalse();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
