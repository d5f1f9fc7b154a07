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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.toetempo.routine.Wording;
import org.toetempo.song.RecentSongs;
import org.toetempo.text.Messages;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Narrower than this, the drawer's controls would crowd. */
    private static final double MIN_WIDTH = 400;

    private final SongModel model;
    private final Messages text;
    private final TextField bpmField = new TextField();
    private final VBox recent = new VBox(2);
    private Runnable onClose = () -> { };
    private final Hyperlink demo;
    /** The rows that do not wrap: the panel is as wide as the widest (the words around them wrap to it). */
    private final List<Region> rows = new ArrayList<>();

    public SongPanel(SongModel model, Messages text) {
        this.model = model;
        this.text = text;
        model.useWords(text);
        demo = new Hyperlink(text.get("song.demo"));
        setId("song-panel");
        getStyleClass().add("song-panel");
        setSpacing(10);
        setFillWidth(true);

        Label heading = new Label(text.get("song.heading"));
        heading.getStyleClass().add("song-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(text.get("song.close"));
        close.setId("song-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setAccessibleText(text.get("song.close.tip"));
        close.setOnAction(e -> onClose.run());
        HBox top = new HBox(8, heading, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        rows.add(top);

        Button open = new Button(text.get("song.open"));
        open.setId("song-open");
        open.getStyleClass().add("accent");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setAccessibleText(text.get("song.open.tip"));
        open.setOnAction(e -> choose());
        Label drop = new Label(text.get("song.drop"));
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
        bpmField.setMinWidth(Region.USE_PREF_SIZE);
        bpmField.setAccessibleText(text.get("song.bpm.tip"));
        bpmField.setOnAction(e -> applyBpmField());
        bpmField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                applyBpmField();
            }
        });
        model.bpmProperty().addListener((o, was, value) -> showBpm());
        showBpm();
        Button halve = button("song-halve", "÷2", text.get("song.halve.tip"), model::halveBpm);
        Button twice = button("song-double", "×2", text.get("song.double.tip"), model::doubleBpm);
        Button tap = button("song-tap", text.get("song.tap"), text.get("song.tap.tip"), model::tap);
        Label taps = new Label();
        taps.setId("song-taps");
        taps.getStyleClass().add("caption");
        taps.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.tapCountProperty().get();
            return n == 0 ? "" : n < 4 ? text.get("song.taps.some", n) : text.get("song.taps", n);
        }, model.tapCountProperty()));
        taps.setMinWidth(Region.USE_PREF_SIZE);
        Button twoThirds = button("song-two-thirds", "×⅔", text.get("song.two-thirds.tip"), model::twoThirdsBpm);
        Button threeHalves = button("song-three-halves", "×1.5", text.get("song.three-halves.tip"),
                model::threeHalvesBpm);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setId("song-rows");
        row(grid, 0, text.get("song.row.tempo"), bpmField, tap, taps);
        // The beats found, counted at another pulse: the map keeps following the song's drift.
        row(grid, 1, text.get("song.row.pulse"), halve, twoThirds, threeHalves, twice);

        ConfidenceStrip strip = new ConfidenceStrip();
        strip.setId("song-confidence");
        Tooltip.install(strip, new Tooltip(text.get("song.clarity.tip")));
        Runnable showStrip = () -> strip.show(model.beatMapProperty().get(),
                model.song() == null ? 0 : model.song().audio().durationSeconds());
        model.beatMapProperty().addListener((o, was, now) -> showStrip.run());
        showStrip.run();
        HBox.setHgrow(strip, Priority.ALWAYS);
        HBox clarity = row(grid, 2, text.get("song.row.clarity"), strip);
        clarity.setMinWidth(0);

        Button earlier = button("song-earlier", "◀ 10 ms", text.get("song.earlier.tip"), () -> model.nudge(-1));
        Button later = button("song-later", "10 ms ▶", text.get("song.later.tip"), () -> model.nudge(1));
        row(grid, 3, text.get("song.row.beat"), earlier, later);
        // On a line of its own (row 4, under the nudges): beside them it squeezed the Tempo and Beat rows to "…".
        Hyperlink reset = new Hyperlink(text.get("song.reset"));
        reset.setId("song-reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> model.resetCorrections());
        showWhen(reset, model.correctedProperty());
        grid.add(reset, 1, 4);

        Slider speed = new Slider(SongModel.MIN_RATE, SongModel.MAX_RATE, model.rateProperty().get());
        speed.setId("song-speed");
        speed.setAccessibleText(text.get("song.speed.tip"));
        speed.setMajorTickUnit(0.25);
        speed.setMinorTickCount(4);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(0.05);
        speed.setPrefWidth(170);
        speed.valueProperty().bindBidirectional(model.rateProperty());
        Label heard = new Label();
        heard.setId("song-effective");
        heard.setMinWidth(Region.USE_PREF_SIZE);
        heard.textProperty().bind(Bindings.createStringBinding(() -> text.get("song.heard",
                String.format(Locale.ROOT, "%.2f", model.rateProperty().get()),
                Wording.number(Math.round(model.effectiveBpm().get() * 10) / 10.0)),
                model.rateProperty(), model.effectiveBpm()));
        row(grid, 5, text.get("song.row.speed"), speed, heard);

        CheckBox click = new CheckBox(text.get("song.click"));
        click.setMinWidth(Region.USE_PREF_SIZE);
        click.setId("song-click");
        click.selectedProperty().bindBidirectional(model.clickOverSongProperty());
        CheckBox everywhere = new CheckBox(text.get("song.everywhere"));
        everywhere.setMinWidth(Region.USE_PREF_SIZE);
        everywhere.setId("song-everywhere");
        everywhere.selectedProperty().bindBidirectional(model.everywhereProperty());

        Label where = new Label(text.get("song.where"));
        where.setId("song-where");
        where.setWrapText(true);
        where.getStyleClass().add("caption");
        showWhen(where, model.everywhereProperty().not().and(model.songBlocksProperty()));
        showWhen(everywhere, model.songBlocksProperty());
        rows.addAll(List.of(grid, click, everywhere));
        VBox box = new VBox(8, title, artist, found, grid, click, everywhere, where);
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
        Label heading = new Label(text.get("song.recent"));
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
            link.setTooltip(new Tooltip(there ? entry.path().toString() : text.get("song.recent.gone", entry.path())));
            link.setOnAction(e -> model.load(entry.path()));
            recent.getChildren().add(link);
        }
    }

    // ------------------------------------------------------------------ actions

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("song.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("song.chooser.songs"),
                EXTENSIONS.stream().map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("song.chooser.all"), "*.*"));
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
            return text.get("song.found.none");
        }
        String tempo = String.format(Locale.ROOT, "%.1f", bpm);
        String first = String.format(Locale.ROOT, "%.2f", model.firstBeatProperty().get());
        if (model.correctedProperty().get()) {
            return text.get("song.found.yours", tempo, first);
        }
        return text.get("song.found", tempo, Math.round(model.confidenceProperty().get() * 100), first);
    }

    /** Whether a file looks like a song, by its name (the content is checked when it loads). */
    public static boolean isSong(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** A captioned row of the grid; its controls keep their whole words (the panel widens instead). */
    private static HBox row(GridPane grid, int at, String caption, Node... nodes) {
        Label label = new Label(caption);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("caption");
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, at);
        grid.add(row, 1, at);
        return row;
    }

    /** As wide as the widest row that cannot wrap, and never narrower than {@value #MIN_WIDTH} px. */
    @Override
    protected double computePrefWidth(double height) {
        double widest = MIN_WIDTH - snappedLeftInset() - snappedRightInset();
        for (Region row : rows) {
            if (row.isManaged()) {
                widest = Math.max(widest, row.prefWidth(-1));
            }
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    private static Button button(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
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
