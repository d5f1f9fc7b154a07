package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Edit;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.media.ClipException;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.Clip;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The exercise form's "Video of one rep": attach the physio's own clip (copied into the clip folder by its hash on
 * a background executor), scrub it in a preview, mark where one rep starts and ends, or remove it; for the exercise
 * or for one of its levels. The player plays it in step with the beat.
 */
final class ClipPane extends VBox {

    /** A rep marked shorter than this is refused (it would play absurdly fast). */
    private static final double MIN_REP = Clip.MIN_REP_SECONDS;

    private final EditorModel model;
    private final Messages messages;
    private final Supplier<String> exerciseId;
    private final ComboBox<Integer> target = new ComboBox<>();
    private final Label message = new Label();
    private final Label marks = new Label();
    private final Label time = new Label();
    private final Slider scrub = new Slider(0, 1, 0);
    private final MediaView view = new MediaView();
    private final VBox preview;
    private final Button attach = new Button(null, new FontIcon(Feather.VIDEO));
    private final Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
    /** Which video to attach: a file chooser; tests answer it themselves (a native chooser cannot be driven headless). */
    private Function<Window, Path> openVideo = this::chooseVideo;
    /** Held here: a player only a local variable refers to is collected and stops. */
    private MediaPlayer player;
    private String shownFile;
    private boolean scrubbing;
    private boolean busy;

    ClipPane(EditorModel model, Supplier<String> exerciseId) {
        super(8);
        this.model = model;
        this.messages = model.messages();
        this.exerciseId = exerciseId;
        setId("clip-pane");
        attach.setText(messages.get("clip.attach"));
        time.setText(clock(0));
        remove.setText(messages.get("clip.remove"));
        target.setId("clip-target");
        target.setAccessibleText(messages.get("clip.target-accessible"));
        target.setConverter(Form.converter(this::targetLabel));
        target.setButtonCell(Form.cell(this::targetLabel));
        target.setCellFactory(v -> Form.cell(this::targetLabel));
        target.valueProperty().addListener((o, was, now) -> refresh());
        HBox targetRow = new HBox(8, Form.unit(messages.get("clip.video-of")), target);
        targetRow.setAlignment(Pos.CENTER_LEFT);

        attach.setId("clip-attach");
        attach.setMinWidth(Region.USE_PREF_SIZE);
        attach.setOnAction(e -> {
            Path file = openVideo.apply(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                attach(file);
            }
        });
        remove.setId("clip-remove");
        remove.getStyleClass().addAll("flat", "danger");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> set(null));
        HBox actions = new HBox(8, attach, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        message.setId("clip-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("field-message");

        view.setId("clip-preview");
        view.setFitWidth(360);
        view.setFitHeight(220);
        view.setPreserveRatio(true);
        StackPane screen = new StackPane(view);
        screen.getStyleClass().add("clip-screen");
        screen.setMinHeight(220);
        screen.setStyle("-fx-background-color: black;");
        scrub.setId("clip-scrub");
        scrub.setAccessibleText(messages.get("clip.position"));
        scrub.valueChangingProperty().addListener((o, was, now) -> scrubbing = now);
        scrub.valueProperty().addListener((o, was, now) -> {
            if (player != null && (scrubbing || !player.getStatus().equals(MediaPlayer.Status.PLAYING))) {
                player.seek(Duration.seconds(now.doubleValue()));
            }
            time.setText(clock(now.doubleValue()));
        });
        Button play = new Button(null, new FontIcon(Feather.PLAY));
        play.setId("clip-play");
        play.setAccessibleText(messages.get("clip.play"));
        play.setOnAction(e -> {
            if (player != null) {
                if (player.getStatus() == MediaPlayer.Status.PLAYING) {
                    player.pause();
                } else {
                    player.play();
                }
            }
        });
        Button markIn = new Button(messages.get("clip.mark-in"));
        markIn.setMinWidth(Region.USE_PREF_SIZE);
        markIn.setId("clip-mark-in");
        markIn.setOnAction(e -> mark(true));
        Button markOut = new Button(messages.get("clip.mark-out"));
        markOut.setMinWidth(Region.USE_PREF_SIZE);
        markOut.setId("clip-mark-out");
        markOut.setOnAction(e -> mark(false));
        time.setId("clip-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox transport = new HBox(8, play, scrub, time);
        transport.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        FlowPane marking = new FlowPane(8, 6, markIn, markOut);
        marks.setId("clip-marks");
        marks.setWrapText(true);
        preview = new VBox(6, screen, transport, marking, marks);
        getChildren().addAll(Form.hint(messages.get("clip.hint")),
                targetRow, actions, message, preview);
    }

    /** Shows the chosen exercise's (or level's) clip; call after every change of the routine. */
    void refresh() {
        Exercise e = exercise();
        if (e == null) {
            return;
        }
        List<Integer> targets = new ArrayList<>();
        targets.add(-1);
        for (int i = 0; i < e.levels().size(); i++) {
            targets.add(i);
        }
        Integer chosen = target.getValue();
        if (!target.getItems().equals(targets)) {
            target.getItems().setAll(targets);
        }
        if (chosen == null || !targets.contains(chosen)) {
            target.setValue(-1);
            return;
        }
        target.getParent().setVisible(targets.size() > 1);
        target.getParent().setManaged(targets.size() > 1);
        Clip clip = clip();
        remove.setVisible(clip != null);
        remove.setManaged(clip != null);
        attach.setText(clip == null ? messages.get("clip.attach") : messages.get("clip.replace"));
        attach.setDisable(busy || clips() == null);
        preview.setVisible(clip != null);
        preview.setManaged(clip != null);
        if (clip == null) {
            show(null);
            return;
        }
        marks.setText(messages.get("clip.marks", clock(clip.repInSeconds()), clock(clip.repOutSeconds()),
                clip.repSeconds()));
        show(clip.file());
    }

    /** Closes the preview's player (when the form goes away). */
    void close() {
        show(null);
    }

    private void show(String file) {
        if (file != null && file.equals(shownFile)) {
            return;
        }
        if (player != null) {
            player.dispose();
            player = null;
        }
        view.setMediaPlayer(null);
        shownFile = file;
        if (file == null || clips() == null) {
            return;
        }
        Path path = clips().find(file).orElse(null);
        if (path == null) {
            message.setText(messages.get("clip.missing", file.substring(0, 12)));
            return;
        }
        try {
            MediaPlayer created = new MediaPlayer(new Media(path.toUri().toString()));
            created.setMute(true);
            created.setOnReady(() -> {
                scrub.setMax(created.getMedia().getDuration().toSeconds());
                Clip clip = clip();
                if (clip != null) {
                    scrub.setValue(clip.repInSeconds());
                    created.seek(Duration.seconds(clip.repInSeconds()));
                }
            });
            created.currentTimeProperty().addListener((o, was, now) -> {
                if (!scrubbing && created.getStatus() == MediaPlayer.Status.PLAYING) {
                    scrub.setValue(now.toSeconds());
                }
            });
            created.setOnError(() -> message.setText(messages.get("clip.cannot-play",
                    String.valueOf(created.getError().getMessage()))));
            player = created;
            view.setMediaPlayer(created);
        } catch (MediaException | IllegalArgumentException | UnsupportedOperationException e) {
            message.setText(messages.get("clip.cannot-play-attached", String.valueOf(e.getMessage())));
        }
    }

    private void mark(boolean in) {
        Clip clip = clip();
        if (clip == null) {
            return;
        }
        double at = Math.round(scrub.getValue() * 100) / 100.0;
        double newIn = in ? at : clip.repInSeconds();
        double newOut = in ? Math.max(clip.repOutSeconds(), at + MIN_REP) : at;
        if (newOut - newIn < MIN_REP - 1e-9) {
            message.setText(messages.get("clip.rep-too-short", MIN_REP));
            return;
        }
        newOut = Math.min(newOut, Math.max(scrub.getMax(), newIn + MIN_REP));
        message.setText("");
        set(clip.withRep(newIn, newOut));
    }

    /** Answers "which video?" in place of the file chooser (tests). */
    void chooseWith(Function<Window, Path> answer) {
        this.openVideo = answer;
    }

    private Path chooseVideo(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("clip.choose-title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("clip.video-files"), "*.mp4", "*.m4v", "*.MP4", "*.M4V"),
                new FileChooser.ExtensionFilter(messages.get("clip.all-files"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** Checks and copies the video in the background, then sets it with the whole video as one rep to start. */
    void attach(Path file) {
        ClipStore store = clips();
        Executor background = model.clipExecutor();
        if (store == null || background == null) {
            return;
        }
        busy = true;
        attach.setDisable(true);
        message.setText(messages.get("clip.copying", file.getFileName().toString()));
        String id = exerciseId.get();
        int level = target.getValue() == null ? -1 : target.getValue();
        background.execute(() -> {
            try {
                ClipStore.Stored stored = store.add(file);
                Platform.runLater(() -> {
                    busy = false;
                    message.setText("");
                    double length = Math.min(Clip.MAX_SECONDS, stored.info().durationSeconds());
                    Clip old = clip();
                    double in = old != null && old.repOutSeconds() <= length ? old.repInSeconds() : 0;
                    double out = old != null && old.repOutSeconds() <= length ? old.repOutSeconds() : Math.max(MIN_REP, length);
                    model.execute(edit(id, level, new Clip(stored.file(), in, out)));
                    refresh();
                });
            } catch (ClipException e) {
                Platform.runLater(() -> {
                    busy = false;
                    message.setText(messages.get("clip.not-attached", file.getFileName().toString(), e.getMessage()));
                    refresh();
                });
            }
        });
    }

    private void set(Clip clip) {
        String id = exerciseId.get();
        if (id != null) {
            model.execute(edit(id, target.getValue() == null ? -1 : target.getValue(), clip));
        }
    }

    private static Edit edit(String id, int level, Clip clip) {
        return level < 0 ? ExerciseEdits.setExerciseClip(id, clip) : ExerciseEdits.setLevelClip(id, level, clip);
    }

    private Clip clip() {
        Exercise e = exercise();
        Integer level = target.getValue();
        if (e == null) {
            return null;
        }
        if (level == null || level < 0 || level >= e.levels().size()) {
            return e.clip();
        }
        return e.levels().get(level).clip();
    }

    private ClipStore clips() {
        return model.clips();
    }

    private Exercise exercise() {
        Routine r = model.routineProperty().get();
        String id = exerciseId.get();
        return id == null || r.exercises() == null ? null : r.exercises().get(id);
    }

    private String targetLabel(Integer level) {
        Exercise e = exercise();
        if (level == null || level < 0 || e == null || level >= e.levels().size()) {
            return messages.get("clip.of-exercise");
        }
        Level l = e.levels().get(level);
        String name = l.name() == null || l.name().isBlank() ? l.id() : l.name();
        return l.clip() == null ? messages.get("clip.of-level", name) : messages.get("clip.of-level-own", name);
    }

    /** "0:01.00" ("0:01,00" in German): minutes, then seconds to the hundredth, as the language writes decimals. */
    private String clock(double seconds) {
        int whole = (int) Math.floor(seconds);
        return messages.get("clip.clock", whole / 60, seconds - 60 * (whole / 60));
    }
}
