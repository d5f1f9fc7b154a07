package org.toetempo.ui.song;

import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import org.toetempo.audio.Music;
import org.toetempo.history.TimingTaps;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;
import org.toetempo.ui.player.TimingCheckControl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The player with the song controls: load the demo song, follow it, fix its tempo by keys and buttons. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlayerSongTest {

    private static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("musical-toes").orElseThrow();
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock();
    private final AtomicReference<Music> music = new AtomicReference<>();
    private Session session;
    private PlayerView view;
    private SongModel songs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
        PlayerModel model = new PlayerModel(MUSICAL_TOES, session);
        view = new PlayerView(model);
        songs = new SongModel(new SongCache(dir.resolve("songs")), new RecentSongs(dir.resolve("recent.json")), NOW, NOW,
                music::set, clock::nanos);
        songs.setDemoFolder(dir.resolve("demo"));
        view.attachSong(songs);
        model.setSongTempo(wanted -> {
            songs.rateProperty().set(wanted / songs.bpmProperty().get());
            return songs.effectiveBpm().get();
        });
        songs.attach(model);
        Theme.use(Settings.Theme.LIGHT);
        Scene scene = new Scene(view, 1280, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setFullScreen(false);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    private Path demoSong() throws Exception {
        Path demo = Path.of("audio/demo/toe-tempo-demo-112bpm.mp3");
        Path copy = dir.resolve("Toe Tempo demo.mp3");
        if (!Files.exists(copy)) {
            Files.copy(demo, copy);
        }
        return copy;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void theDemoSongLoadsAndTheSongBlockFollowsItsBeat(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#use-metronome").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#use-song");
        assertThat(view.isSongPanelShowing()).as("no song yet: the panel opens to load one").isTrue();
        robot.clickOn("#song-demo");
        assertThat(songs.statusProperty().get()).isEqualTo(SongModel.Status.READY);
        assertThat(dir.resolve("demo").resolve(SongModel.DEMO_NAME)).as("copied out of the app").isRegularFile();
        assertThat(text(robot, "song-found")).startsWith("Found 112.0 BPM");
        assertThat(robot.lookup("#use-song").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(music.get()).isNotNull();
        assertThat(session.options().song().bpm()).isCloseTo(112, offset(0.5));
        assertThat(session.options().songEverywhere()).as("Musical Toes has its own song block").isFalse();
        robot.interact(() -> Screenshots.save(view.getScene(), "player-song-panel"));

        // Jump to the song block: the tempo shown is the song's, and +/- change the song's speed.
        robot.interact(() -> {
            int songStep = session.schedule().steps().stream()
                    .filter(s -> s.startNanos() >= session.schedule().songSpans().get(0).startNanos())
                    .findFirst().orElseThrow().index();
            session.jumpToStep(songStep);
            view.model().refresh();
        });
        assertThat(view.model().followingSongProperty().get()).isTrue();
        assertThat(view.model().bpmProperty().get()).isCloseTo(112, offset(0.5));
        robot.interact(view::requestFocus);
        robot.type(KeyCode.MINUS);
        assertThat(songs.rateProperty().get()).as("slower: the song plays slower").isLessThan(1);
        // The player shows the tempo heard where the song is (its beat map's local tempo, at this speed); the
        // panel shows the song's median: the same within a few tenths for this steady song.
        assertThat(view.model().bpmProperty().get()).isCloseTo(songs.effectiveBpm().get(), offset(0.6));
        assertThat(text(robot, "song-effective")).contains("×").contains(" BPM");

        // The user is sure it is twice as fast, then changes their mind; nudges the beat; goes back to the metronome.
        robot.clickOn("#song-double");
        assertThat(session.options().song().bpm()).isCloseTo(224, offset(1.0));
        robot.clickOn("#song-halve");
        double first = songs.firstBeatProperty().get();
        robot.clickOn("#song-later");
        assertThat(songs.firstBeatProperty().get()).isCloseTo(first + 0.01, offset(1e-9));
        assertThat(robot.lookup("#song-reset").query().isVisible()).isTrue();
        robot.clickOn("#use-metronome");
        assertThat(session.options().song()).isNull();
        assertThat(view.model().followingSongProperty().get()).isFalse();
    }

    @Test
    void typingATempoAndTheKeysTandS(FxRobot robot) throws Exception {
        Path song = demoSong();
        robot.interact(() -> songs.load(song));
        robot.interact(view::requestFocus);
        robot.type(KeyCode.S);
        assertThat(view.isSongPanelShowing()).isTrue();
        robot.doubleClickOn("#song-bpm").write("100").type(KeyCode.ENTER);
        assertThat(songs.bpmProperty().get()).isEqualTo(100);
        assertThat(robot.lookup("#song-bpm").queryAs(TextField.class).getText()).isEqualTo("100.0");
        robot.type(KeyCode.ESCAPE);
        assertThat(view.isSongPanelShowing()).isFalse();
        for (int k = 0; k < 5; k++) {
            robot.interact(() -> clock.advanceNanos(500_000_000L));
            robot.type(KeyCode.T);
        }
        assertThat(songs.tapCountProperty().get()).isEqualTo(5);
        assertThat(songs.bpmProperty().get()).isCloseTo(120, offset(0.01));
        assertThat(view.model().activityProperty().get()).isEqualTo(Activity.READY);
    }

    @Test
    void atTheSmallestWindowNothingIsCutShortOrOffTheEdge(FxRobot robot) {
        // As the app builds it: song controls and the timing check. Musical Toes inside a rep, playing ("Pause" is
        // the longer word); the longest routine and block names (Foot Core's last block; Single-Leg Balance).
        RoutineLibrary all = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);
        for (String id : List.of("musical-toes", "foot-core-12-week", "single-leg-balance-routine")) {
            Routine routine = all.find(id).orElseThrow();
            PlayerView[] shown = new PlayerView[1];
            robot.interact(() -> {
                Session playing = new Session(routine, id.equals("foot-core-12-week")
                        ? PlayOptions.defaults().withStage("d") : PlayOptions.defaults(), clock);
                PlayerModel model = new PlayerModel(routine, playing);
                PlayerView player = new PlayerView(model);
                player.attachSong(songs);
                TimingCheckControl.addTo(player, new TimingTaps(playing, clock));
                model.togglePlay();
                // Foot Core, stage D: the step in "Stage D: Musical Toes finisher".
                model.jumpToStep(id.equals("foot-core-12-week") ? model.steps().size() - 2 : 0);
                clock.set(clock.nanos() + 9_000_000_000L);
                model.refresh();
                stage.getScene().setRoot(player);
                shown[0] = player;
            });
            for (int[] size : new int[][] {{1180, 760}, {800, 600}}) {
                String name = id + "-" + size[0] + "x" + size[1];
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    Screenshots.save(stage.getScene(), "player-" + name);
                    assertThat(Clipping.truncated(shown[0])).as("words cut short, " + name).isEmpty();
                    assertThat(Clipping.outsideTheWindow(shown[0])).as("off the window, " + name).isEmpty();
                });
            }
        }
        // What lost its words still says what it is.
        Labeled present = robot.lookup("#present").queryAs(Labeled.class);
        assertThat(present.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(present.getAccessibleText()).contains("Presentation");
        assertThat(robot.lookup("#sound-menu").queryAs(Labeled.class).getAccessibleText()).contains("Sound");
        robot.interact(() -> {
            stage.getScene().setRoot(view);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }
}
