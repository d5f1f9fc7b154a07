package org.toetempo.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.toetempo.routine.Block;
import org.toetempo.routine.TempoSource;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.ui.player.PlayerView;
import org.toetempo.ui.song.SongModel;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The app as bench/app-song-record.sh drives it: loads the song {@code -Dtoetempo.record.song} into the song panel as
 * the user's "Open a song…" does, ticks "Click over the song", starts Musical Toes and jumps to its song block (the
 * step bar's click). Prints {@code RECORD ready ...} when the song is analysed and {@code RECORD playing ...} when the
 * song block starts, for the script to time its screenshots and recording. Test scope: no hooks ship in the product.
 */
public final class SongRecordingApp extends App {

    @Override
    void whenShown(Screens screens) {
        Path song = Path.of(System.getProperty("toetempo.record.song"));
        SongModel songs = songModel(screens);
        songs.clickOverSongProperty().set(true);
        songs.everywhereProperty().set(false);
        songs.statusProperty().addListener((o, was, now) -> {
            if (now == SongModel.Status.READY) {
                screens.playNow("musical-toes");
                Platform.runLater(() -> jumpToSongBlock(songs));
            } else if (now == SongModel.Status.FAILED) {
                System.out.println("RECORD failed " + songs.messageProperty().get());
            }
        });
        songs.load(song);
    }

    private static void jumpToSongBlock(SongModel songs) {
        PlayerView player = find(PlayerView.class);
        if (player == null) {
            Platform.runLater(() -> jumpToSongBlock(songs));
            return;
        }
        System.out.printf(Locale.ROOT, "RECORD ready %.2f BPM, first beat %.3f s, confidence %.2f%n",
                songs.bpmProperty().get(), songs.firstBeatProperty().get(), songs.confidenceProperty().get());
        for (ScheduledStep step : player.model().steps()) {
            Block block = player.model().routine().blocks().get(step.block());
            if (block.tempo() != null && block.tempo().source() == TempoSource.SONG) {
                player.model().jumpToStep(step.index());
                System.out.printf(Locale.ROOT, "RECORD playing block %d step %d%n", step.block(), step.index());
                if (!player.isSongPanelShowing()) {
                    player.showSongPanel(true);
                }
                return;
            }
        }
        System.out.println("RECORD failed no song block");
    }

    private static <T> T find(Class<T> type) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                T found = find(w.getScene().getRoot(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T find(Node node, Class<T> type) {
        if (type.isInstance(node)) {
            return type.cast(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The app's one song model (the screens hold it; no accessor is worth adding to the product for a benchmark). */
    private static SongModel songModel(Screens screens) {
        try {
            Field f = Screens.class.getDeclaredField("songs");
            f.setAccessible(true);
            return (SongModel) f.get(screens);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A launcher that is not itself the {@code Application}: launching one from a plain class path fails. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(SongRecordingApp.class, args);
        }
    }
}
