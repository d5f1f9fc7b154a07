package org.toetempo.ui.player;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.toetempo.text.Messages;
import org.toetempo.ui.song.SongModel;
import org.toetempo.ui.song.SongPanel;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The player's song controls: Metronome or Song in the bar, the song drawer (S) over the exercise, below the side
 * badge, and a song file dropped anywhere on the player.
 */
final class SongControls {

    private final SongModel song;
    private final SongPanel panel;
    private final SongDrawer drawer;
    private final PlayerView player;

    SongControls(SongModel song, PlayerView player, TransportBar bar, ExercisePane exercise, PlayerIcons icons,
                 Messages text) {
        this.song = song;
        this.player = player;
        ToggleGroup source = new ToggleGroup();
        ToggleButton metronome = new ToggleButton(text.get("player.metronome"));
        metronome.setId("use-metronome");
        metronome.setToggleGroup(source);
        metronome.setAccessibleText(text.get("player.metronome.tip"));
        ToggleButton music = new ToggleButton(text.get("player.song"), icons.icon(Feather.MUSIC));
        music.setId("use-song");
        music.setToggleGroup(source);
        music.setAccessibleText(text.get("player.song.accessible"));
        music.setTooltip(new Tooltip(text.get("player.song.tip")));
        metronome.getStyleClass().add("left-pill");
        music.getStyleClass().add("right-pill");
        Runnable show = () -> source.selectToggle(song.useSongProperty().get() ? music : metronome);
        song.useSongProperty().addListener(o -> show.run());
        show.run();
        metronome.setOnAction(e -> {
            song.useSongProperty().set(false);
            show.run();
        });
        music.setOnAction(e -> {
            if (song.song() == null) {
                show(true);
            } else {
                song.useSongProperty().set(true);
            }
            show.run();
        });
        Button more = icons.button(Feather.SLIDERS, null, text.get("player.song-panel.tip"));
        more.setId("song-more");
        more.setOnAction(e -> show(!isShowing()));
        for (ButtonBase button : List.of(metronome, music, more)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setSongControls(music, metronome, music, more);

        panel = new SongPanel(song, text);
        panel.setOnClose(() -> show(false));
        // The drawer is as wide as its words need (at least 400 px) and scrolls when the window is short.
        drawer = new SongDrawer(panel);
        exercise.overlay(drawer);

        player.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> SongPanel.isSong(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        player.setOnDragDropped(e -> {
            Optional<File> file = e.getDragboard().getFiles().stream()
                    .filter(f -> SongPanel.isSong(f.toPath())).findFirst();
            file.ifPresent(f -> {
                song.load(f.toPath());
                show(true);
            });
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    void show(boolean on) {
        drawer.setVisible(on);
        if (!on) {
            player.requestFocus();
        }
    }

    boolean isShowing() {
        return drawer.isVisible();
    }

    void tap() {
        song.tap();
    }

    SongPanel panel() {
        return panel;
    }
}
