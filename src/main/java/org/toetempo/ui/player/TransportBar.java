package org.toetempo.ui.player;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.toetempo.audio.SoundMode;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;
import org.toetempo.ui.controls.ShrinkingBar;

import java.util.Locale;

/**
 * The player's bottom bar: previous, play/pause, next, restart; the tempo; the song's controls; sound off, the
 * sound menu, present and the keyboard help. In a narrow window the words go, least needed first.
 */
final class TransportBar extends ShrinkingBar {

    private final PlayerModel model;
    private final PlayerIcons icons;
    private final Messages text;
    private final TextField tempoField = new TextField();
    private final Button playButton = new Button();
    private final HBox songControls = new HBox(4);

    TransportBar(PlayerModel model, PlayerIcons icons, Runnable onPresent, Runnable onHelp) {
        super(0);
        this.model = model;
        this.icons = icons;
        this.text = model.text();
        Button previous = icons.button(Feather.SKIP_BACK, null, text.get("player.previous.tip"));
        previous.setId("previous-step");
        previous.setOnAction(e -> model.previousStep());
        playButton.setId("play-pause");
        playButton.getStyleClass().addAll("play-button", "accent");
        playButton.setOnAction(e -> model.togglePlay());
        Button next = icons.button(Feather.SKIP_FORWARD, null, text.get("player.next.tip"));
        next.setId("next-step");
        next.setOnAction(e -> model.nextStep());
        Button restart = icons.button(Feather.ROTATE_CCW, null, text.get("player.restart.tip"));
        restart.setId("restart-step");
        restart.setOnAction(e -> model.restartStep());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button present = icons.button(Feather.MONITOR, text.get("player.present"), text.get("player.present.tip"));
        present.setId("present");
        present.setOnAction(e -> onPresent.run());
        Button keys = icons.button(Feather.HELP_CIRCLE, null, text.get("player.keys.tip"));
        keys.setId("show-help");
        keys.setOnAction(e -> onHelp.run());
        MenuButton sound = soundMenu();

        songControls.setAlignment(Pos.CENTER_LEFT);
        songControls.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(previous, playButton, next, restart, new Region(), tempo(), songControls, spacer,
                muteButton(), sound, present, keys);
        // Icons, tooltips and accessible names stay. Play keeps its word (and its width, so the bar doesn't jump
        // between Play and Pause).
        shrinkInOrder(present, sound);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("player-controls");

        model.playingProperty().addListener((obs, old, playing) -> showPlaying(playing));
        showPlaying(model.playingProperty().get());
        model.bpmProperty().addListener((obs, old, value) -> {
            if (!tempoField.isFocused()) {
                tempoField.setText(Wording.number(value.doubleValue()));
            }
        });
        tempoField.setText(Wording.number(model.bpmProperty().get()));
    }

    /** Where the song's switches go (after the tempo): they shed the Song toggle's word after Present and Sound. */
    void setSongControls(Labeled shrinking, Node... nodes) {
        songControls.getChildren().setAll(nodes);
        shrinkInOrder(shrinking);
    }

    private HBox tempo() {
        Button slower = icons.button(Feather.MINUS, null, text.get("player.slower.tip"));
        slower.setId("tempo-down");
        slower.setOnAction(e -> model.tempoDown());
        Button faster = icons.button(Feather.PLUS, null, text.get("player.faster.tip"));
        faster.setId("tempo-up");
        faster.setOnAction(e -> model.tempoUp());
        tempoField.setId("tempo-field");
        tempoField.setAccessibleText(text.get("player.tempo.tip"));
        tempoField.setPrefColumnCount(4);
        tempoField.setOnAction(e -> applyTempoField());
        tempoField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyTempoField();
            }
        });
        Label bpmLabel = new Label(text.get("player.bpm"));
        bpmLabel.getStyleClass().add("caption");
        bpmLabel.setMinWidth(Region.USE_PREF_SIZE);
        tempoField.setMinWidth(Region.USE_PREF_SIZE);
        HBox tempo = new HBox(slower, tempoField, faster, bpmLabel);
        tempo.setAlignment(Pos.CENTER);
        tempo.getStyleClass().add("tempo-box");
        return tempo;
    }

    private Button muteButton() {
        Button mute = new Button();
        mute.setId("mute");
        mute.setOnAction(e -> model.toggleMute());
        Runnable showMute = () -> {
            boolean on = model.mutedProperty().get();
            icons.drop(mute.getGraphic());
            mute.setGraphic(icons.icon(on ? Feather.VOLUME_X : Feather.VOLUME_2));
            mute.setTooltip(new Tooltip(on ? text.get("player.sound-off.tip") : text.get("player.sound-on.tip")));
            mute.setAccessibleText(on ? text.get("player.unmute") : text.get("player.mute"));
        };
        model.mutedProperty().addListener(o -> showMute.run());
        showMute.run();
        return mute;
    }

    /** What is heard and how loud, in one menu: the bar stays short enough for 800 px without clipping. */
    private MenuButton soundMenu() {
        MenuButton sound = new MenuButton(text.get("player.sound"), icons.icon(Feather.HEADPHONES));
        sound.setId("sound-menu");
        sound.setAccessibleText(text.get("player.sound.accessible"));
        sound.setTooltip(new Tooltip(text.get("player.sound.tip")));
        ToggleGroup modes = new ToggleGroup();
        for (SoundMode value : SoundMode.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (value) {
                case BOTH -> text.get("player.sound.both");
                case CLICKS -> text.get("player.sound.clicks");
                case VOICE -> text.get("player.sound.voice");
            });
            item.setId("sound-" + value.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(modes);
            item.setSelected(model.soundProperty().get() == value);
            item.setOnAction(e -> model.soundProperty().set(value));
            model.soundProperty().addListener((o, was, now) -> item.setSelected(now == value));
            sound.getItems().add(item);
        }
        sound.getItems().addAll(new SeparatorMenuItem(),
                new CustomMenuItem(labelled(text.get("player.volume.clicks"),
                        volumeSlider("click-volume", text.get("player.volume.clicks.tip"), model.clickVolumeProperty())), false),
                new CustomMenuItem(labelled(text.get("player.volume.voice"),
                        volumeSlider("voice-volume", text.get("player.volume.voice.tip"), model.voiceVolumeProperty())), false),
                new CustomMenuItem(labelled(text.get("player.volume.song"),
                        volumeSlider("music-volume", text.get("player.volume.song.tip"), model.musicVolumeProperty())), false));
        return sound;
    }

    private void showPlaying(boolean playing) {
        icons.drop(playButton.getGraphic());
        playButton.setGraphic(icons.icon(playing ? Feather.PAUSE : Feather.PLAY));
        playButton.setText(playing ? text.get("player.pause") : text.get("player.play"));
        String tip = playing ? text.get("player.pause.tip") : text.get("player.play.tip");
        playButton.setAccessibleText(tip);
        playButton.setTooltip(new Tooltip(tip));
    }

    private void applyTempoField() {
        try {
            double value = Double.parseDouble(tempoField.getText().trim().replace(',', '.'));
            tempoField.setText(Wording.number(model.setTempo(value)));
        } catch (NumberFormatException e) {
            tempoField.setText(Wording.number(model.bpmProperty().get()));
        }
    }

    private static Slider volumeSlider(String id, String name, DoubleProperty volume) {
        Slider slider = new Slider(0, 1, volume.get());
        slider.setId(id);
        slider.setAccessibleText(name);
        slider.setPrefWidth(180);
        slider.valueProperty().bindBidirectional(volume);
        return slider;
    }

    private static HBox labelled(String words, Node control) {
        Label label = new Label(words);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPrefWidth(80);
        HBox row = new HBox(8, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
