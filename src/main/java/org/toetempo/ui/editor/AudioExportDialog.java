package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.toetempo.audio.AudioExport;
import org.toetempo.audio.MixOptions;
import org.toetempo.audio.Music;
import org.toetempo.audio.Pcm;
import org.toetempo.audio.SoundMode;
import org.toetempo.routine.Routine;
import org.toetempo.settings.Settings;
import org.toetempo.song.LoadedSong;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.SongTiming;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Export audio…: the routine as the patient will hear it (spoken cues, clicks, holds and rests, optionally to the
 * loaded song), written to an MP3 for a phone (or a WAV) on a background executor, with progress and Cancel.
 */
public final class AudioExportDialog {

    /** The song loaded in the song panel, with its timing as played (both {@code null} when there is none). */
    public record SongChoice(LoadedSong song, SongTiming timing, boolean everywhere) {
    }

    /** The width the texts wrap at: the dialog grows downwards for a longer language, never cuts a word short. */
    private static final double WIDTH = 460;

    private final Messages messages;
    private final Executor background;
    private final Supplier<Settings> settings;
    private final Supplier<SongChoice> song;
    /** Where to save: a file chooser; tests answer it themselves (a native chooser cannot be driven headless). */
    private BiFunction<Window, Routine, Path> saveAs = this::chooseFile;

    /**
     * @param messages   the words, in the language the app runs in
     * @param background where the rendering runs (one of the composition root's executors)
     * @param settings   the sound settings: what is heard and how loud
     * @param song       the song the player would play to, if any
     */
    public AudioExportDialog(Messages messages, Executor background, Supplier<Settings> settings,
                             Supplier<SongChoice> song) {
        this.messages = messages;
        this.background = background;
        this.settings = settings;
        this.song = song;
    }

    /** The mix as the player's settings make it; a muted player still exports sound (muting is for the room). */
    static MixOptions mixOf(Settings s) {
        SoundMode mode = switch (s.sound()) {
            case CLICKS -> SoundMode.CLICKS;
            case VOICE -> SoundMode.VOICE;
            case BOTH -> SoundMode.BOTH;
        };
        return MixOptions.defaults().withMode(mode).withClickVolume(s.clickVolume()).withVoiceVolume(s.voiceVolume())
                .withMusicVolume(s.musicVolume());
    }

    /** Asks for the tempo and the song, then where to save, then writes it with a progress window. */
    public void show(Window owner, Routine routine) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("export-audio.title"));
        Label intro = new Label(messages.get("export-audio.intro", routine.name()));
        intro.setWrapText(true);
        intro.setMaxWidth(WIDTH);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Spinner<Double> bpm = new Spinner<>(routine.tempo().minBpm(), routine.tempo().maxBpm(), routine.tempo().bpm(), 1);
        bpm.setEditable(true);
        bpm.setId("export-audio-bpm");
        SongChoice loaded = song.get();
        CheckBox toSong = new CheckBox(loaded == null || loaded.song() == null ? messages.get("export-audio.no-song")
                : messages.get("export-audio.to-song", loaded.song().path().getFileName().toString()));
        toSong.setWrapText(true);
        toSong.setMaxWidth(WIDTH);
        toSong.setMinHeight(Region.USE_PREF_SIZE);
        toSong.setId("export-audio-song");
        toSong.setDisable(loaded == null || loaded.timing() == null);
        toSong.setSelected(!toSong.isDisable());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("export-audio-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        Label status = new Label();
        status.setId("export-audio-status");
        status.setWrapText(true);
        status.setMaxWidth(WIDTH);
        status.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button(messages.get("export-audio.save"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setId("export-audio-save");
        save.setDefaultButton(true);
        Button cancel = new Button(messages.get("export-audio.cancel"));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("export-audio-cancel");
        cancel.setCancelButton(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        boolean[] running = {false};
        cancel.setOnAction(e -> {
            if (running[0]) {
                cancelled.set(true);
            } else {
                dialog.close();
            }
        });
        dialog.setOnCloseRequest(e -> cancelled.set(true));
        save.setOnAction(e -> {
            Path target = saveAs.apply(dialog, routine);
            if (target == null) {
                return;
            }
            PlayOptions options = PlayOptions.defaults().withBpm(bpm.getValue());
            Music music = null;
            if (toSong.isSelected() && loaded != null && loaded.timing() != null) {
                options = options.withSong(loaded.timing(), loaded.everywhere());
                music = Music.of(loaded.song());
            }
            AudioExport export = new AudioExport(routine, options, mixOf(settings.get()), music, null);
            running[0] = true;
            save.setDisable(true);
            bpm.setDisable(true);
            toSong.setDisable(true);
            progress.setVisible(true);
            status.setText(messages.get("export-audio.writing", target.getFileName().toString()));
            write(export, target, cancelled, fraction -> progress.setProgress(fraction)).whenComplete((frames, error) -> {
                running[0] = false;
                if (error == null) {
                    Duration length = Duration.ofMillis(Math.round(frames * 1000.0 / Pcm.SAMPLE_RATE));
                    status.setText(messages.get("export-audio.saved", target.toString(), messages.duration(length),
                            sizeOf(target)));
                    cancel.setText(messages.get("export-audio.close"));
                    dialog.sizeToScene();
                } else if (error instanceof CancellationException || error.getCause() instanceof CancellationException) {
                    dialog.close();
                } else {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    status.setText(messages.get("export-audio.failed", String.valueOf(cause.getMessage())));
                    save.setDisable(false);
                    cancel.setText(messages.get("export-audio.close"));
                    dialog.sizeToScene();
                }
            });
        });
        Label tempoLabel = new Label(messages.get("export-audio.tempo"));
        tempoLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox tempo = new HBox(8, tempoLabel, bpm);
        tempo.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, intro, tempo, toSong, progress, status, buttons);
        root.setPadding(new Insets(18));
        root.setId("export-audio-dialog");
        dialog.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            dialog.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
    }

    /**
     * Writes on the background executor; progress and the result arrive on the FX thread. Cancel leaves no file.
     */
    CompletableFuture<Long> write(AudioExport export, Path target, AtomicBoolean cancelled,
                                  DoubleConsumer progress) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        // Progress reports are coalesced: at most one waits on the FX thread at a time.
        AtomicBoolean reportPending = new AtomicBoolean();
        background.execute(() -> {
            try {
                long frames = export.write(target, AudioExport.Format.of(target), null, (done, total) -> {
                    if (reportPending.compareAndSet(false, true)) {
                        double fraction = done / (double) Math.max(1, total);
                        Platform.runLater(() -> {
                            reportPending.set(false);
                            progress.accept(fraction);
                        });
                    }
                }, cancelled::get);
                Platform.runLater(() -> result.complete(frames));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /** Answers "where to save?" in place of the file chooser (tests). */
    void chooseWith(BiFunction<Window, Routine, Path> answer) {
        this.saveAs = answer;
    }

    private Path chooseFile(Window owner, Routine routine) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export-audio.title"));
        chooser.setInitialFileName(routine.id() + ".mp3");
        FileChooser.ExtensionFilter wavFilter = new FileChooser.ExtensionFilter(messages.get("export-audio.wav-files"), "*.wav");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("export-audio.mp3-files"), "*.mp3"), wavFilter);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".mp3") && !name.endsWith(".wav")) {
            boolean wav = chooser.getSelectedExtensionFilter() == wavFilter;
            return file.toPath().resolveSibling(file.getName() + (wav ? ".wav" : ".mp3"));
        }
        return file.toPath();
    }

    private String sizeOf(Path file) {
        try {
            return messages.get("export-audio.megabytes", Files.size(file) / 1e6);
        } catch (IOException e) {
            return messages.get("export-audio.size-unknown");
        }
    }
}
