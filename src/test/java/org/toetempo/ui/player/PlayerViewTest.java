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
import org.toetempo.routine.Action;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;
import org.toetempo.ui.controls.FootFigure;
import org.toetempo.figure.Joints;
import org.toetempo.figure.Pose;

import static org.assertj.core.api.Assertions.assertThat;

/** The real player view over Musical Toes, on a virtual clock: what a runner sees at chosen instants. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlayerViewTest {

    private static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("musical-toes").orElseThrow();

    private final VirtualClock clock = new VirtualClock();
    private Session session;
    private PlayerView view;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
        view = new PlayerView(new PlayerModel(MUSICAL_TOES, session));
        scene = new Scene(view, 1280, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        // The stage is shared between tests: undo any resizing an earlier test did.
        stage.setFullScreen(false);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    /** Moves the virtual clock to {@code seconds} after play and lets the view take a frame. */
    private void at(FxRobot robot, double seconds) {
        robot.interact(() -> {
            clock.set(Math.round(seconds * 1e9));
            view.model().refresh();
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private Pose pose(FxRobot robot) {
        return robot.lookup("#foot-figure").queryAs(FootFigure.class).getPose();
    }

    /** Visible with every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void play(FxRobot robot) {
        robot.interact(() -> view.model().togglePlay());
    }

    @Test
    void beforePlayItSaysReadyAndWhatComesFirst(FxRobot robot) {
        assertThat(text(robot, "phase-word")).isEqualTo("READY");
        assertThat(text(robot, "exercise-title")).isEqualTo("Single Big Toe Raise");
        assertThat(text(robot, "foot-banner")).isEqualTo("RIGHT FOOT");
    }

    @Test
    void countsInThenLiftsTheRightBigToeOnTheBeat(FxRobot robot) {
        play(robot);
        at(robot, 0.5);
        assertThat(text(robot, "phase-word")).isEqualTo("4");
        at(robot, 3.2);
        assertThat(text(robot, "phase-word")).isEqualTo("1");
        at(robot, 5);
        assertThat(text(robot, "phase-word")).isEqualTo("READY");

        at(robot, 8);
        assertThat(text(robot, "phase-word")).isEqualTo("UP");
        assertThat(text(robot, "rep-counter")).isEqualTo("1 / 10");
        assertThat(text(robot, "set-counter")).isEqualTo("1 / 1");
        assertThat(text(robot, "foot-banner")).isEqualTo("RIGHT FOOT");
        Pose start = pose(robot);
        assertThat(start.right().working()).isTrue();
        assertThat(start.left().working()).isFalse();
        assertThat(start.right().joints().bigToe()).isZero();

        at(robot, 9);
        assertThat(pose(robot).right().joints().bigToe()).isEqualTo(Joints.TOE_LIFT / 2);
        assertThat(pose(robot).right().joints().smallToes()).isZero();
        at(robot, 10 - 1e-9);
        assertThat(text(robot, "phase-word")).isEqualTo("UP");
        at(robot, 10);
        assertThat(text(robot, "phase-word")).isEqualTo("DOWN");
        assertThat(pose(robot).right().joints().bigToe()).isEqualTo(Joints.TOE_LIFT);
        robot.interact(() -> Screenshots.save(scene, "player-up"));
    }

    @Test
    void theLeftFootAndTheSmallToesFollowLater(FxRobot robot) {
        play(robot);
        // Left big toe: lead-in at 48 s, first lift at 52 s.
        at(robot, 53);
        assertThat(text(robot, "foot-banner")).isEqualTo("LEFT FOOT");
        assertThat(pose(robot).left().working()).isTrue();
        assertThat(pose(robot).left().joints().bigToe()).isEqualTo(Joints.TOE_LIFT / 2);
        assertThat(pose(robot).right().working()).isFalse();
        // The question after the left foot, during the next lead-in (92–96 s).
        at(robot, 93);
        assertThat(robot.lookup("#prompt").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "prompt")).contains("compare with the right");
        // Right small toes: first lift at 96 s.
        at(robot, 97);
        assertThat(text(robot, "exercise-title")).isEqualTo("Single Small Toes Raise");
        assertThat(view.model().partProperty().get()).isEqualTo(FootPart.LESSER_TOES);
        assertThat(pose(robot).right().joints().smallToes()).isEqualTo(Joints.TOE_LIFT / 2);
        assertThat(pose(robot).right().joints().bigToe()).isZero();
        // Both big toes: lead-in at 180 s, lift at 184 s.
        at(robot, 185);
        assertThat(text(robot, "foot-banner")).isEqualTo("BOTH FEET");
        assertThat(pose(robot).left().joints().bigToe()).isEqualTo(Joints.TOE_LIFT / 2);
        assertThat(pose(robot).right().joints().bigToe()).isEqualTo(Joints.TOE_LIFT / 2);
        // The 30 s rest after the slow block counts down.
        at(robot, 270.2);
        assertThat(text(robot, "phase-word")).isEqualTo("REST 28");
    }

    @Test
    void keyboardControlsThePlayer(FxRobot robot) {
        robot.interact(() -> view.requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(session.state()).isEqualTo(Session.State.PLAYING);
        robot.type(KeyCode.RIGHT);
        assertThat(view.model().stepIndexProperty().get()).isEqualTo(1);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(view.model().stepIndexProperty().get()).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(view.model().stepIndexProperty().get()).isEqualTo(1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.model().stepIndexProperty().get()).isZero();
        robot.type(KeyCode.R);
        assertThat(view.model().stepIndexProperty().get()).isZero();
        robot.type(KeyCode.ADD);
        assertThat(view.model().bpmProperty().get()).isEqualTo(65);
        robot.type(KeyCode.SUBTRACT);
        robot.type(KeyCode.SUBTRACT);
        assertThat(view.model().bpmProperty().get()).isEqualTo(55);
        robot.type(KeyCode.SPACE);
        assertThat(session.state()).isEqualTo(Session.State.PAUSED);
        robot.type(KeyCode.H);
        assertThat(view.isHelpShowing()).isTrue();
        robot.interact(() -> Screenshots.save(scene, "player-help"));
        robot.type(KeyCode.ESCAPE);
        assertThat(view.isHelpShowing()).isFalse();
    }

    @Test
    void buttonsAndTheTempoFieldWork(FxRobot robot) {
        robot.clickOn("#play-pause");
        assertThat(session.state()).isEqualTo(Session.State.PLAYING);
        robot.clickOn("#next-step");
        assertThat(view.model().stepIndexProperty().get()).isEqualTo(1);
        robot.doubleClickOn("#tempo-field").write("72").type(KeyCode.ENTER);
        assertThat(view.model().bpmProperty().get()).isEqualTo(72);
        robot.doubleClickOn("#tempo-field").write("500").type(KeyCode.ENTER);
        assertThat(view.model().bpmProperty().get()).as("clamped to the slow block's range").isEqualTo(80);
        robot.clickOn("#play-pause");
        assertThat(session.state()).isEqualTo(Session.State.PAUSED);
    }

    @Test
    void presentationModeHidesTheChromeAndScalesUp(FxRobot robot) {
        play(robot);
        at(robot, 9);
        Label word = robot.lookup("#phase-word").queryAs(Label.class);
        double normal = word.getFont().getSize();

        robot.interact(() -> {
            view.setPresentation(true);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        robot.interact(() -> view.model().refresh());

        assertThat(shown(robot.lookup("#play-pause").query())).isFalse();
        assertThat(shown(robot.lookup("#time-left").query())).as("the clinic sees what is left").isTrue();
        assertThat(shown(robot.lookup("#player-back").query())).isFalse();
        assertThat(shown(robot.lookup("#phase-word").query())).isTrue();
        assertThat(word.getFont().getSize()).isGreaterThan(normal * 1.4);
        robot.interact(() -> Screenshots.save(scene, "player-presentation"));
    }

    @Test
    void aTempoChangeKeepsThePlace(FxRobot robot) {
        play(robot);
        at(robot, 16.4);
        robot.interact(() -> view.model().setTempo(75));
        at(robot, 17);
        assertThat(text(robot, "rep-counter")).isEqualTo("3 / 10");
        assertThat(view.model().actionProperty().get()).isEqualTo(Action.LIFT);
        assertThat(view.model().footProperty().get()).isEqualTo(Side.RIGHT);
        assertThat(view.model().bpmProperty().get()).isEqualTo(75);
    }

    @Test
    void aFrameInsideAPhaseLaysNothingOutAndAStillPoseIsNotRepainted(FxRobot robot) {
        play(robot);
        StepProgress progress = robot.lookup(".step-progress").queryAs(StepProgress.class);
        FootFigure figure = robot.lookup("#foot-figure").queryAs(FootFigure.class);
        int[] poses = {0};
        figure.poseProperty().addListener(o -> poses[0]++);

        // The lead-in (4-8 s): the clock moves, the figure stands still.
        at(robot, 5);
        int posesBefore = poses[0];
        at(robot, 5.5);
        at(robot, 6);
        assertThat(poses[0]).as("pose changes during the lead-in").isEqualTo(posesBefore);

        // Inside the first "UP" (8-10 s), in the same second of "time left": only the progress and the figure move.
        at(robot, 9.1);
        double filled = progress.shownFill(0);
        boolean[] needsLayout = {true};
        robot.interact(() -> {
            view.applyCss();
            view.layout();
            clock.set(9_300_000_000L);
            view.model().refresh();
            needsLayout[0] = view.isNeedsLayout();
        });
        assertThat(needsLayout[0]).as("a layout of the whole player requested by one frame").isFalse();
        assertThat(progress.shownFill(0)).isGreaterThan(filled);
        assertThat(poses[0]).isGreaterThan(posesBefore);
    }
}
