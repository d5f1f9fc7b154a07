package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.Stage;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.media.ClipPosition;
import org.toetempo.media.ClipStore;
import org.toetempo.media.ClipTiming;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.timing.Activity;
import org.toetempo.timing.Clock;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.ui.controls.Offscreen;
import org.toetempo.ui.Theme;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clip feature end to end in real windows (run under Xvfb with the media codecs installed; see the README):
 * attach a generated clip in the editor, mark one rep, save, play the set at 60 and at 90 BPM, and measure how far
 * the real MediaPlayer's position is from where the session says the clip should be; screenshots of the editor, the
 * player (beside and instead of the figure) and presentation mode.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.toetempo.ui.editor.ClipWalkthrough OUT_DIR CLIP.mp4</pre>
 */
public final class ClipWalkthrough {

    private ClipWalkthrough() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path clip = Path.of(args[1]);
        Path home = Files.createTempDirectory("toetempo-walkthrough");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        ExecutorService background = Executors.newSingleThreadExecutor();
        AppPaths paths = new AppPaths(home);
        UserRoutines routines = new UserRoutines(paths, ExerciseLibrary.builtIn());
        String json = Files.readString(Path.of(ClipWalkthrough.class.getResource("/clips/press-and-hold.json").toURI()))
                .replaceAll(",\\s*\"clip\": \\{ \"file\": \"CLIP\", \"rep_in\": [0-9.]+, \"rep_out\": [0-9.]+ \\}", "");
        Routine plain = new RoutineReader(ExerciseLibrary.builtIn()).read("press.json", json.getBytes(StandardCharsets.UTF_8)).routine();

        // ---- the editor: attach, mark one rep from 1.0 s to 3.0 s, save
        Stage[] stage = new Stage[1];
        EditorModel[] model = new EditorModel[1];
        EditorView[] editor = new EditorView[1];
        fx(() -> {
            EditableRoutine editable = routines.duplicate(plain);
            model[0] = new EditorModel(editable, routines, background, Platform::runLater, Handouts.THREAD);
            model[0].useClips(routines.clips(), background);
            editor[0] = new EditorView(model[0]);
            stage[0] = new Stage();
            Theme.use(Settings.Theme.LIGHT);
            Scene scene = new Scene(editor[0], 1280, 800);
            Theme.apply(scene);
            stage[0].setScene(scene);
            stage[0].show();
            model[0].editExercise("toe-press");
            return null;
        });
        Thread.sleep(500);
        ClipPane pane = fx(() -> editor[0].inspector().exerciseForm().clip());
        fx(() -> {
            pane.attach(clip);
            return null;
        });
        waitFor(() -> fx(() -> model[0].routineProperty().get().exercise("toe-press").clip() != null), 10_000);
        Thread.sleep(1500);
        mark(pane, "#clip-mark-in", 1.0);
        mark(pane, "#clip-mark-out", 3.0);
        Thread.sleep(800);
        fx(() -> {
            Node node = pane;
            // Scroll the video section into view for the screenshot.
            while (node != null && !(node instanceof ScrollPane)) {
                node = node.getParent();
            }
            if (node instanceof ScrollPane scroll) {
                scroll.setVvalue(pane.localToScene(0, 0).getY() / Math.max(1, scroll.getContent().getBoundsInLocal().getHeight()));
            }
            return null;
        });
        Thread.sleep(500);
        shoot(stage[0], out.resolve("editor-clip.png"));
        String saved = fx(() -> String.valueOf(model[0].save().ok()));
        Routine routine = fx(() -> model[0].playable().orElseThrow());
        System.out.println("saved: " + saved + ", clip: " + routine.exercise("toe-press").clip());

        // ---- the player at 60 and at 90 BPM
        for (double bpm : new double[] {60, 90}) {
            play(routine, routines.clips(), bpm, stage[0], out);
        }
        fx(() -> {
            stage[0].close();
            return null;
        });
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    private static void play(Routine routine, ClipStore clips, double bpm, Stage stage, Path out) throws Exception {
        Session session = new Session(routine, PlayOptions.defaults().withBpm(bpm), Clock.system());
        PlayerModel model = new PlayerModel(routine, session);
        PlayerView[] view = new PlayerView[2];
        Stage[] presentation = new Stage[1];
        fx(() -> {
            view[0] = new PlayerView(model);
            view[0].showClips(clips, Settings.ClipLayout.BESIDE_FIGURE, layout -> { });
            Scene scene = new Scene(view[0], 1280, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            view[1] = PlayerView.presentationOf(model);
            view[1].showClips(clips, Settings.ClipLayout.BESIDE_FIGURE, layout -> { });
            presentation[0] = new Stage();
            Scene big = new Scene(view[1], 1280, 720);
            Theme.apply(big);
            presentation[0].setScene(big);
            presentation[0].show();
            session.play();
            return null;
        });
        List<Double> drift = new ArrayList<>();
        boolean[] shotMove = {false};
        boolean[] shotHold = {false};
        boolean[] shotRest = {false};
        boolean[] shotInstead = {false};
        long end = System.nanoTime() + (long) (Math.min(session.schedule().totalNanos() / 1e9, 28) * 1e9);
        while (System.nanoTime() < end) {
            Thread.sleep(97);
            double[] sample = fx(() -> {
                long at = model.snapshotProperty().get().nanos();
                ClipPosition wanted = ClipTiming.at(model.schedule(), session.positionAt(Clock.system().nanos()));
                MediaPlayer player = clipPlayer(view[0]);
                Activity activity = model.snapshotProperty().get().activity();
                // Just after a rep's re-alignment the player still reports the time before its seek: not a drift.
                boolean realigning = wanted != null && wanted.seconds() - wanted.clip().repInSeconds() < 0.25 * wanted.rate();
                if (wanted == null || player == null || player.getStatus() != MediaPlayer.Status.PLAYING || !wanted.moving()
                        || realigning) {
                    return new double[] {Double.NaN, activity.ordinal(), at / 1e9};
                }
                return new double[] {player.getCurrentTime().toSeconds() - wanted.seconds(), activity.ordinal(), at / 1e9};
            });
            Activity activity = Activity.values()[(int) sample[1]];
            if (!Double.isNaN(sample[0]) && sample[2] > 6) {
                drift.add(sample[0]);
            }
            String tag = String.format(Locale.ROOT, "%.0f", bpm);
            if (activity == Activity.MOVE && !shotMove[0] && sample[2] > 7) {
                shotMove[0] = true;
                shoot(stage, out.resolve("player-" + tag + "bpm-move.png"));
                shoot(presentation[0], out.resolve("presentation-" + tag + "bpm.png"));
            } else if (activity == Activity.MOVE && shotMove[0] && !shotInstead[0] && sample[2] > 12) {
                shotInstead[0] = true;
                fx(() -> {
                    view[0].toggleClipLayout();
                    return null;
                });
                Thread.sleep(150);
                shoot(stage, out.resolve("player-" + tag + "bpm-instead-of-figure.png"));
                fx(() -> {
                    view[0].toggleClipLayout();
                    return null;
                });
            } else if (activity == Activity.REST && !shotRest[0]) {
                shotRest[0] = true;
                Thread.sleep(400);
                shoot(stage, out.resolve("player-" + tag + "bpm-rest.png"));
            }
            if (!shotHold[0] && model.actionProperty().get() != null && model.actionProperty().get().name().equals("HOLD")) {
                shotHold[0] = true;
                Thread.sleep(300);
                shoot(stage, out.resolve("player-" + tag + "bpm-hold.png"));
            }
        }
        fx(() -> {
            session.stop();
            presentation[0].close();
            stage.setScene(new Scene(new Region(), 10, 10));
            return null;
        });
        drift.sort(Double::compare);
        if (drift.isEmpty()) {
            System.out.printf(Locale.ROOT, "%.0f BPM: the video never played%n", bpm);
            return;
        }
        double mean = drift.stream().mapToDouble(Math::abs).average().orElse(0);
        System.out.printf(Locale.ROOT, "%.0f BPM: %d samples while moving; video minus intended position: median %+.3f s,"
                        + " mean |drift| %.3f s, 90th percentile |drift| %.3f s, max |drift| %.3f s%n", bpm, drift.size(),
                drift.get(drift.size() / 2), mean,
                drift.stream().map(Math::abs).sorted().toList().get((int) (drift.size() * 0.9)),
                drift.stream().mapToDouble(Math::abs).max().orElse(0));
    }

    private static MediaPlayer clipPlayer(PlayerView view) {
        Node node = view.lookup("#clip-media");
        return node instanceof MediaView media ? media.getMediaPlayer() : null;
    }

    private static void mark(ClipPane pane, String button, double seconds) throws Exception {
        fx(() -> {
            ((Slider) pane.lookup("#clip-scrub")).setValue(seconds);
            ((Button) pane.lookup(button)).fire();
            return null;
        });
        Thread.sleep(300);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        BufferedImage image = fx(() -> {
            WritableImage shot = stage.getScene().snapshot(null);
            return Offscreen.toBufferedImage(shot, BufferedImage.TYPE_INT_RGB);
        });
        ImageIO.write(image, "png", file.toFile());
        System.out.println("screenshot " + file);
    }

    private static void waitFor(Callable<Boolean> condition, long millis) throws Exception {
        long until = System.currentTimeMillis() + millis;
        while (!condition.call()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread busy");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
