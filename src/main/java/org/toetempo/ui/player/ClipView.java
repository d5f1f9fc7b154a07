package org.toetempo.ui.player;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import org.toetempo.media.ClipPosition;
import org.toetempo.routine.Clip;
import org.toetempo.text.Messages;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The physio's video of the exercise, muted, in step with the session: every frame it is told where the clip
 * should be ({@link ClipPosition}, from the audio clock) and {@link ClipSync} decides the seeks and the rate.
 * One {@link MediaPlayer} per step, held here and disposed when the step changes.
 */
final class ClipView extends StackPane {

    private final Messages text;

    private final Function<Clip, Optional<Path>> resolve;
    private final MediaView view = new MediaView();
    private final Label notice = new Label();
    private final ClipSync sync = new ClipSync();
    /** A strong reference: a player only a local variable holds is collected and stops. */
    private MediaPlayer player;
    private int step = -1;
    private String file;
    private boolean ready;

    ClipView(Function<Clip, Optional<Path>> resolve, Messages text) {
        this.text = text;
        this.resolve = resolve;
        setId("clip-view");
        getStyleClass().add("clip-view");
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        view.setId("clip-media");
        notice.getStyleClass().add("clip-notice");
        notice.setWrapText(true);
        notice.setVisible(false);
        getChildren().addAll(view, notice);
        setMinSize(0, 0);
    }

    /** Whether there is a clip to show now. */
    boolean showing() {
        return file != null;
    }

    /** Shows the clip where {@code wanted} says ({@code null}: this step has none). */
    void follow(ClipPosition wanted) {
        if (wanted == null) {
            close();
            return;
        }
        if (wanted.step() != step || !wanted.clip().file().equals(file)) {
            open(wanted);
        }
        if (player == null || !ready) {
            return;
        }
        ClipSync.Command command = sync.decide(wanted, player.getCurrentTime().toSeconds(),
                player.getStatus() == MediaPlayer.Status.PLAYING);
        if (player.getRate() != command.rate()) {
            player.setRate(command.rate());
        }
        if (command.seeks()) {
            player.seek(Duration.seconds(command.seekTo()));
        }
        if (command.play() && player.getStatus() != MediaPlayer.Status.PLAYING) {
            player.play();
        } else if (!command.play() && player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
        }
    }

    private void open(ClipPosition wanted) {
        close();
        step = wanted.step();
        file = wanted.clip().file();
        sync.reset();
        Optional<Path> path = resolve.apply(wanted.clip());
        if (path.isEmpty()) {
            say(text.get("player.clip.missing"));
            return;
        }
        try {
            MediaPlayer created = new MediaPlayer(new Media(path.get().toUri().toString()));
            created.setMute(true);
            created.setOnReady(() -> {
                if (created == player) {
                    ready = true;
                    created.seek(Duration.seconds(wanted.seconds()));
                }
            });
            created.setOnError(() -> say(text.get("player.clip.cannot-play", created.getError().getMessage())));
            player = created;
            view.setMediaPlayer(created);
            notice.setVisible(false);
        } catch (MediaException | UnsupportedOperationException | IllegalArgumentException e) {
            say(text.get("player.clip.cannot-play", e.getMessage()));
        }
    }

    private void say(String words) {
        notice.setText(words);
        notice.setVisible(true);
    }

    /** Stops and releases the player (a new step, the end of the session, or leaving the player). */
    void close() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        view.setMediaPlayer(null);
        ready = false;
        step = -1;
        file = null;
        notice.setVisible(false);
    }

    /** The video player of the step shown (tests and screenshots look at it). */
    MediaPlayer player() {
        return player;
    }
}
