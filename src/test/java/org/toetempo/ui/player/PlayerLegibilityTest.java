package org.toetempo.ui.player;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.history.TimingTaps;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Segment;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;
import org.toetempo.ui.song.SongModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player as a runner and a clinic see it, in English and German: the song drawer keeps whole words after every
 * correction and never covers the side badge; no word is cut short at 1280×720 or 800×600; presenting shows the time
 * left, the steps and the rest buttons; the level menu changes the level.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlayerLegibilityTest {

    /** Musical Toes as the app reads it in each language (the German routine has its own, longer words). */
    private static final Map<Language, Routine> MUSICAL_TOES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            MUSICAL_TOES.put(language, RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn(language.code())),
                    null).find("musical-toes").orElseThrow());
        }
    }
    private static final Executor NOW = Runnable::run;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private VirtualClock clock = new VirtualClock();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.use(Settings.Theme.LIGHT);
    }

    private PlayerView show(FxRobot robot, Language language, int width, int height, SongModel songs) {
        PlayerView[] out = new PlayerView[1];
        robot.interact(() -> {
            clock = new VirtualClock();
            Routine routine = MUSICAL_TOES.get(language);
            Session session = new Session(routine, PlayOptions.defaults(), clock);
            PlayerModel model = new PlayerModel(routine, session, Messages.of(language));
            PlayerView view = new PlayerView(model);
            if (songs != null) {
                view.attachSong(songs);
                songs.attach(model);
            }
            TimingCheckControl.addTo(view, new TimingTaps(session, clock));
            Scene scene = new Scene(view, width, height);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            out[0] = view;
        });
        return out[0];
    }

    /** Plays on to {@code seconds} after the start (Musical Toes: 9 s is a right-foot rep). */
    private void at(FxRobot robot, PlayerView view, double seconds) {
        robot.interact(() -> {
            if (view.model().stateProperty().get() == Session.State.READY) {
                view.model().togglePlay();
            }
            clock.set(Math.round(seconds * 1e9));
            view.model().refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SongModel songs() throws Exception {
        SongModel songs = new SongModel(new SongCache(dir.resolve("songs")), new RecentSongs(dir.resolve("recent.json")),
                NOW, NOW, music -> { }, () -> clock.nanos());
        Path copy = dir.resolve("Toe Tempo demo.mp3");
        if (!Files.exists(copy)) {
            Files.copy(Path.of("audio/demo/toe-tempo-demo-112bpm.mp3"), copy);
        }
        songs.load(copy);
        return songs;
    }

    /** The node and everything around it visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Shown children of {@code parent} that lie over one another. */
    private static List<String> overlaps(Parent parent) {
        List<Node> shown = parent.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                if (shown.get(i).getBoundsInParent().intersects(shown.get(j).getBoundsInParent())) {
                    found.add(shown.get(i) + " / " + shown.get(j));
                }
            }
        }
        return found;
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void theSongDrawerKeepsWholeWordsAfterEveryCorrectionAndLeavesTheSideBadgeInSight(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            SongModel songs = songs();
            for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
                PlayerView view = show(robot, language, size[0], size[1], songs);
                at(robot, view, 9);
                assertThat(view.model().footProperty().get()).as("the right foot: its badge at the right").isNotNull();
                robot.interact(() -> view.showSongPanel(true));
                String where = language.code() + " " + size[0] + "x" + size[1];
                List<String> corrections = new ArrayList<>();
                for (String button : List.of("song-halve", "song-double", "song-tap", "song-tap", "song-tap", "song-tap",
                        "song-tap", "song-later", "song-two-thirds", "song-three-halves")) {
                    robot.interact(() -> clock.advanceNanos(SECOND / 2));
                    robot.clickOn("#" + button);
                    corrections.add(button);
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        Node drawer = view.lookup("#song-drawer");
                        assertThat(Clipping.truncated((Parent) drawer))
                                .as(where + ": words cut short after " + corrections).isEmpty();
                        assertThat(Clipping.truncated(view)).as(where + ": player after " + corrections).isEmpty();
                        Node badge = view.lookup("#foot-banner");
                        assertThat(inScene(badge).intersects(inScene(drawer)))
                                .as(where + ": the drawer covers the side badge " + inScene(badge) + " / " + inScene(drawer))
                                .isFalse();
                        assertThat(Clipping.outsideTheWindow(view)).as(where + ": off the window").isEmpty();
                        assertThat(overlaps((Parent) view.lookup("#song-rows"))).as(where + ": rows over rows").isEmpty();
                    });
                }
                assertThat(songs.tapCountProperty().get()).isGreaterThanOrEqualTo(4);
                robot.interact(() -> Screenshots.save(stage.getScene(), "song-panel-" + where.replace(' ', '-')));
            }
        }
    }

    @Test
    void aClickBesideTheControlsTakesTheKeysBackFromTheSongsTempoField(FxRobot robot) throws Exception {
        SongModel songs = songs();
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, songs);
        robot.interact(() -> view.showSongPanel(true));
        robot.doubleClickOn("#song-bpm").write("100").type(KeyCode.ENTER);
        assertThat(songs.bpmProperty().get()).isEqualTo(100);
        robot.clickOn("#phase-word");
        robot.type(KeyCode.T);
        assertThat(songs.tapCountProperty().get()).as("T taps the beat, not types into the field").isEqualTo(1);
        assertThat(robot.lookup("#song-bpm").queryAs(TextField.class).getText()).isEqualTo("100.0");
    }

    @Test
    void escapeFromTheSongsTempoFieldClosesTheDrawerAndSpaceThenPlaysNotLeaves(FxRobot robot) throws Exception {
        SongModel songs = songs();
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, songs);
        int[] backs = {0};
        robot.interact(() -> view.setOnBack(() -> backs[0]++));
        robot.interact(() -> view.showSongPanel(true));
        robot.clickOn("#song-bpm");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.isSongPanelShowing()).isFalse();
        robot.type(KeyCode.SPACE);
        assertThat(backs[0]).as("Space must not press the Library button").isZero();
        assertThat(view.model().playingProperty().get()).as("Space plays").isTrue();
    }

    @Test
    void wellDoneStandsInFullColourWithoutEmptyCounters(FxRobot robot) {
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, null);
        at(robot, view, view.model().totalNanos() / 1e9 + 1);
        assertThat(view.model().phaseWordProperty().get()).isEqualTo("WELL DONE");
        robot.interact(() -> {
            assertThat(view.getPseudoClassStates()).as("not dimmed as if paused").doesNotContain(PlayerView.PAUSED);
            assertThat(shown(view.lookup("#rep-caption"))).as("no REP over nothing").isFalse();
            Screenshots.save(stage.getScene(), "player-well-done");
        });
    }

    @Test
    void withRoomToSpareTheDrawerShowsAllOfThePanelWithoutScrolling(FxRobot robot) {
        SongModel empty = new SongModel(new SongCache(dir.resolve("songs")), new RecentSongs(dir.resolve("recent.json")),
                NOW, NOW, music -> { }, () -> clock.nanos());
        empty.setDemoFolder(dir.resolve("demo"));
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, empty);
        robot.interact(() -> view.showSongPanel(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane drawer = (ScrollPane) view.lookup("#song-drawer");
            Node panel = view.lookup("#song-panel");
            Screenshots.save(stage.getScene(), "song-panel-empty");
            assertThat(panel.getLayoutBounds().getHeight()).as("the whole panel in sight")
                    .isLessThanOrEqualTo(drawer.getViewportBounds().getHeight() + 0.5);
            assertThat(panel.getLayoutBounds().getWidth()).as("nothing under the scroll bar")
                    .isLessThanOrEqualTo(drawer.getViewportBounds().getWidth() + 0.5);
        });
    }

    @Test
    void noWordIsCutShortInEitherLanguageAndTheGermanPlayerIsPhotographed(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
                PlayerView view = show(robot, language, size[0], size[1], songs());
                String where = language.code() + "-" + size[0] + "x" + size[1];
                for (double seconds : new double[] {9, 53, 185}) {
                    at(robot, view, seconds);
                    robot.interact(() -> {
                        assertThat(Clipping.truncated(view)).as(where + " at " + seconds + " s").isEmpty();
                        assertThat(Clipping.outsideTheWindow(view)).as(where + " at " + seconds + " s").isEmpty();
                        Screenshots.save(stage.getScene(), "player-" + where + "-" + Math.round(seconds) + "s");
                    });
                }
                robot.interact(view::toggleHelp);
                robot.interact(() -> {
                    assertThat(Clipping.truncated(view)).as(where + " help").isEmpty();
                    Screenshots.save(stage.getScene(), "player-help-" + where);
                });
            }
        }
        PlayerView german = show(robot, Language.GERMAN, 1280, 720, null);
        at(robot, german, 9);
        assertThat(robot.lookup("#foot-banner").queryAs(Label.class).getText()).isEqualTo("RECHTER FUSS");
        assertThat(robot.lookup("#play-pause").queryAs(Labeled.class).getText()).isEqualTo("Pause");
        assertThat(robot.lookup("#time-left").queryAs(Label.class).getText()).startsWith("noch ");
    }

    @Test
    void presentingShowsTimeLeftStepsAndTheRestButtonsInLargeType(FxRobot robot) {
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, null);
        at(robot, view, 9);
        double instruction = robot.lookup("#instruction").queryAs(Label.class).getFont().getSize();
        double next = robot.lookup("#next").queryAs(Label.class).getFont().getSize();
        robot.interact(() -> view.setPresentation(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot.lookup("#play-pause").query())).isFalse();
        assertThat(shown(robot.lookup("#player-back").query())).isFalse();
        assertThat(shown(robot.lookup("#time-left").query())).isTrue();
        assertThat(robot.lookup("#step-count").queryAs(Label.class).getText()).isEqualTo("Step 1 of "
                + view.model().steps().size());
        assertThat(shown(robot.lookup("#step-progress").query())).isTrue();
        assertThat(robot.lookup("#instruction").queryAs(Label.class).getFont().getSize()).isGreaterThan(instruction * 1.3);
        assertThat(robot.lookup("#next").queryAs(Label.class).getFont().getSize()).isGreaterThan(next * 1.2);

        Segment rest = view.model().schedule().segments().stream()
                .filter(s -> s.activity() == Activity.REST && s.durationNanos() > 5 * SECOND).findFirst().orElseThrow();
        at(robot, view, rest.startNanos() / 1e9 + 1);
        robot.interact(() -> {
            assertThat(Clipping.truncated(view)).as("presenting, at a rest").isEmpty();
            Screenshots.save(stage.getScene(), "player-presentation-rest");
        });
        String before = robot.lookup("#time-left").queryAs(Label.class).getText();
        robot.clickOn("#extend-rest");
        robot.interact(() -> view.model().refresh());
        assertThat(robot.lookup("#time-left").queryAs(Label.class).getText()).isNotEqualTo(before);
        robot.clickOn("#skip-rest");
        robot.interact(() -> view.model().refresh());
        long skippedTo = view.model().snapshotProperty().get().nanos();
        assertThat(skippedTo).as("on at the rest's end").isGreaterThanOrEqualTo(rest.endNanos());
        robot.interact(() -> {
            assertThat(Clipping.truncated(view)).isEmpty();
            Screenshots.save(stage.getScene(), "player-presentation");
        });
    }

    @Test
    void theLevelMenuChangesTheLevelFromTheNextStep(FxRobot robot) {
        PlayerView view = show(robot, Language.ENGLISH, 1280, 720, null);
        List<String> remembered = new ArrayList<>();
        view.model().rememberLevelsIn((routine, exercise, level) -> {
            remembered.add(exercise + "=" + level);
            return null;
        });
        at(robot, view, 12);
        assertThat(robot.lookup("#level-menu").queryAs(Labeled.class).getText()).isEqualTo("Level: Standing");
        robot.interact(view::requestFocus);
        robot.type(KeyCode.L);
        robot.clickOn("#level-seated");
        assertThat(remembered).containsExactly("single-big-toe-raise=seated");
        assertThat(robot.lookup("#level-menu").queryAs(Labeled.class).getText()).isEqualTo("Level: Seated");
        assertThat(robot.lookup("#level-notice").queryAs(Label.class).getText()).contains("from the next step");
        robot.interact(() -> {
            view.model().nextStep();
            view.model().refresh();
        });
        assertThat(view.model().snapshotProperty().get().step().level()).isEqualTo("seated");

        // In German at 800×600, with the notice showing: still whole words, inside the window.
        PlayerView german = show(robot, Language.GERMAN, 800, 600, null);
        at(robot, german, 12);
        robot.interact(() -> german.model().chooseLevel("single-big-toe-raise", "hand-assist"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(german.lookup("#level-notice").isVisible()).isTrue();
            assertThat(Clipping.truncated(german)).isEmpty();
            assertThat(Clipping.outsideTheWindow(german)).isEmpty();
            Screenshots.save(stage.getScene(), "player-level-de-800x600");
        });
    }
}
