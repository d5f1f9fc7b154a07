package org.toetempo.ui.song;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.toetempo.routine.Wording;
import org.toetempo.song.RecentSongs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The song drawer of the player: open a song (or one of the recent ones), see the beat found, and put it right by
 * ear: type, tap, double or halve the tempo, nudge the beat, click over the song to check; and play it slower or
 * faster. Everything acts on the {@link SongModel} at once, so the user hears each change while moving.
 */
public final class SongPanel extends VBox {

    /** The files a song can be. */
    public static final List<String> EXTENSIONS = List.of("mp3", "m4a", "aac", "mp4", "ogg", "oga", "flac", "wav", "aiff", "aif");

    private final SongModel model;
    private final TextField bpmField = new TextField();
    private final VBox recent = new VBox(2);
    private Runnable onClose = () -> { };
    private final Hyperlink demo = new Hyperlink("Try the demo song (112 BPM)");

    public SongPanel(SongModel model) {
        this.model = model;
        setId("song-panel");
        getStyleClass().add("song-panel");
        setSpacing(10);
        setFillWidth(true);

        Label heading = new Label("Song");
        heading.getStyleClass().add("song-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("song-close");
        close.setAccessibleText("Close the song panel (S)");
        close.setOnAction(e -> onClose.run());
        HBox top = new HBox(8, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Button open = new Button("Open a song…");
        open.setId("song-open");
        open.getStyleClass().add("accent");
        open.setAccessibleText("Open a song file");
        open.setOnAction(e -> choose());
        Label drop = new Label("or drop an MP3, M4A, OGG, FLAC, WAV or AIFF file on the player.");
        drop.setWrapText(true);
        drop.getStyleClass().add("caption");

        demo.setId("song-demo");
        demo.setOnAction(e -> model.loadDemo());
        demo.setVisible(model.offersDemo());
        demo.setManaged(model.offersDemo());
        getChildren().addAll(top, open, drop, demo, loading(), songBox(), message(), recentBox());
    }

    /** What Close (and S) does. */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    // ------------------------------------------------------------------ parts

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label stage = new Label();
        stage.setId("song-stage");
        stage.textProperty().bind(model.stageProperty());
        HBox box = new HBox(8, spinner, stage);
        box.setAlignment(Pos.CENTER_LEFT);
        showWhen(box, model.statusProperty().isEqualTo(SongModel.Status.LOADING));
        return box;
    }

    private Node songBox() {
        Label title = new Label();
        title.setId("song-title");
        title.getStyleClass().add("song-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label artist = new Label();
        artist.setId("song-artist");
        artist.textProperty().bind(model.artistProperty());
        showWhen(artist, model.artistProperty().isNotNull());
        Label found = new Label();
        found.setId("song-found");
        found.setWrapText(true);
        found.getStyleClass().add("caption");
        found.textProperty().bind(Bindings.createStringBinding(this::foundText, model.bpmProperty(),
                model.confidenceProperty(), model.correctedProperty(), model.firstBeatProperty()));

        // Tempo: type it, tap it, or fix an octave error.
        bpmField.setId("song-bpm");
        bpmField.setPrefColumnCount(5);
        bpmField.setAccessibleText("The song's tempo in beats per minute");
        bpmField.setOnAction(e -> applyBpmField());
        bpmField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyBpmField();
            }
        });
        model.bpmProperty().addListener((o, was, value) -> showBpm());
        showBpm();
        Button halve = button("song-halve", "÷2", "Half the tempo (the beat found is twice too fast)", model::halveBpm);
        Button twice = button("song-double", "×2", "Twice the tempo (the beat found is twice too slow)", model::doubleBpm);
        Button tap = button("song-tap", "Tap (T)", "Tap along with the beat: four taps or more set the tempo and the beat",
                model::tap);
        Label taps = new Label();
        taps.setId("song-taps");
        taps.getStyleClass().add("caption");
        taps.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.tapCountProperty().get();
            return n == 0 ? "" : n < 4 ? n + " of 4 taps" : n + " taps";
        }, model.tapCountProperty()));
        Button twoThirds = button("song-two-thirds", "×⅔",
                "Two thirds of the tempo (6/8, 12/8 or a shuffle: follow the dotted beat)", model::twoThirdsBpm);
        Button threeHalves = button("song-three-halves", "×1.5",
                "One and a half times the tempo (the beat found is the dotted beat)", model::threeHalvesBpm);
        HBox tempo = row("Tempo", bpmField, tap, taps);
        // The beats found, counted at another pulse: the map keeps following the song's drift.
        HBox pulse = row("Pulse", halve, twoThirds, threeHalves, twice);

        ConfidenceStrip strip = new ConfidenceStrip();
        strip.setId("song-confidence");
        Tooltip.install(strip, new Tooltip("How clear the beat is along the song: green clear, red bridged over"));
        Runnable showStrip = () -> strip.show(model.beatMapProperty().get(),
                model.song() == null ? 0 : model.song().audio().durationSeconds());
        model.beatMapProperty().addListener((o, was, now) -> showStrip.run());
        showStrip.run();
        HBox.setHgrow(strip, Priority.ALWAYS);
        HBox clarity = row("Clarity", strip);

        Button earlier = button("song-earlier", "◀ 10 ms", "The beat is heard earlier: move the cues 10 ms earlier",
                () -> model.nudge(-1));
        Button later = button("song-later", "10 ms ▶", "The beat is heard later: move the cues 10 ms later", () -> model.nudge(1));
        Hyperlink reset = new Hyperlink("Back to the beat found");
        reset.setId("song-reset");
        reset.setOnAction(e -> model.resetCorrections());
        showWhen(reset, model.correctedProperty());
        HBox beat = row("Beat", earlier, later, reset);

        Slider speed = new Slider(SongModel.MIN_RATE, SongModel.MAX_RATE, model.rateProperty().get());
        speed.setId("song-speed");
        speed.setAccessibleText("Speed of the song");
        speed.setMajorTickUnit(0.25);
        speed.setMinorTickCount(4);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(0.05);
        speed.setPrefWidth(170);
        speed.valueProperty().bindBidirectional(model.rateProperty());
        Label heard = new Label();
        heard.setId("song-effective");
        heard.setMinWidth(Region.USE_PREF_SIZE);
        heard.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f× · %s BPM",
                model.rateProperty().get(), Wording.number(Math.round(model.effectiveBpm().get() * 10) / 10.0)),
                model.rateProperty(), model.effectiveBpm()));
        HBox rate = row("Speed", speed, heard);

        CheckBox click = new CheckBox("Click over the song, to check the beat");
        click.setId("song-click");
        click.selectedProperty().bindBidirectional(model.clickOverSongProperty());
        CheckBox everywhere = new CheckBox("Follow the song in every block");
        everywhere.setId("song-everywhere");
        everywhere.selectedProperty().bindBidirectional(model.everywhereProperty());

        Label where = new Label("It plays in the routine's song block; tick to play it all through.");
        where.setId("song-where");
        where.setWrapText(true);
        where.getStyleClass().add("caption");
        showWhen(where, model.everywhereProperty().not().and(model.songBlocksProperty()));
        showWhen(everywhere, model.songBlocksProperty());
        VBox box = new VBox(8, title, artist, found, clarity, tempo, pulse, beat, rate, click, everywhere, where);
        box.getStyleClass().add("song-details");
        showWhen(box, model.statusProperty().isNotEqualTo(SongModel.Status.NONE)
                .and(model.titleProperty().isNotEmpty()));
        return box;
    }

    private Node message() {
        Label message = new Label();
        message.setId("song-message");
        message.getStyleClass().add("notice");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        showWhen(message, model.messageProperty().isNotNull());
        return message;
    }

    private Node recentBox() {
        Label heading = new Label("Recent songs");
        heading.getStyleClass().add("caption");
        VBox box = new VBox(4, heading, recent);
        model.recentSongs().addListener((ListChangeListener<RecentSongs.Entry>) c -> showRecent());
        showRecent();
        showWhen(box, Bindings.isNotEmpty(model.recentSongs()));
        return box;
    }

    private void showRecent() {
        recent.getChildren().clear();
        for (RecentSongs.Entry entry : model.recentSongs()) {
            String name = entry.artist() == null ? entry.title() : entry.title() + " · " + entry.artist();
            Hyperlink link = new Hyperlink(name);
            link.getStyleClass().add("recent-song");
            boolean there = Files.isReadable(entry.path());
            link.setDisable(!there);
            link.setTooltip(new Tooltip(there ? entry.path().toString() : entry.path() + " (no longer there)"));
            link.setOnAction(e -> model.load(entry.path()));
            recent.getChildren().add(link);
        }
    }

    // ------------------------------------------------------------------ actions

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a song");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Songs (MP3, M4A, WAV, AIFF)",
                EXTENSIONS.stream().map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        if (model.song() != null && model.song().path().getParent() != null
                && Files.isDirectory(model.song().path().getParent())) {
            chooser.setInitialDirectory(model.song().path().getParent().toFile());
        }
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.load(file.toPath());
        }
    }

    private void applyBpmField() {
        try {
            double value = Double.parseDouble(bpmField.getText().trim().replace(',', '.'));
            model.setBpm(value);
        } catch (NumberFormatException e) {
            // Not a number: what was there before comes back.
        }
        showBpm();
    }

    private void showBpm() {
        double bpm = model.bpmProperty().get();
        bpmField.setText(bpm > 0 ? String.format(Locale.ROOT, "%.1f", bpm) : "");
    }

    private String foundText() {
        double bpm = model.bpmProperty().get();
        if (bpm <= 0) {
            return "No beat yet: tap along with T.";
        }
        String first = String.format(Locale.ROOT, "first beat at %.2f s", model.firstBeatProperty().get());
        if (model.correctedProperty().get()) {
            return "Your beat: " + String.format(Locale.ROOT, "%.1f", bpm) + " BPM, " + first + ".";
        }
        return String.format(Locale.ROOT, "Found %.1f BPM (confidence %d%%), %s.", bpm,
                Math.round(model.confidenceProperty().get() * 100), first);
    }

    /** Whether a file looks like a song, by its name (the content is checked when it loads). */
    public static boolean isSong(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static HBox row(String caption, Node... nodes) {
        Label label = new Label(caption);
        label.setMinWidth(52);
        label.getStyleClass().add("caption");
        HBox row = new HBox(6, label);
        row.getChildren().addAll(nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
