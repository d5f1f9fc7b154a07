package org.toetempo.ui;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.toetempo.editor.DraftStore;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.history.History;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.PlayTracker;
import org.toetempo.history.SessionJournal;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.history.TimingTaps;
import org.toetempo.media.ClipStore;
import org.toetempo.progress.Coach;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.progress.SetAside;
import org.toetempo.progress.Suggestion;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.ui.calibration.CalibrationView;
import org.toetempo.ui.editor.AudioExportDialog;
import org.toetempo.ui.editor.EditorModel;
import org.toetempo.ui.editor.EditorView;
import org.toetempo.ui.editor.Sharing;
import org.toetempo.ui.history.HistoryView;
import org.toetempo.ui.history.MorningCheckView;
import org.toetempo.ui.history.RatingView;
import org.toetempo.ui.history.SuggestionsView;
import org.toetempo.ui.library.LibraryView;
import org.toetempo.ui.library.PlanLevels;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;
import org.toetempo.ui.player.TimingCheckControl;
import org.toetempo.ui.song.SongModel;
import org.toetempo.ui.welcome.WelcomeView;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's navigation: the library, the player, the first-run welcome and the presentation window.
 * It holds no business logic: sessions come from the engine, settings from their store. Files are read on the
 * app's background executor ({@link Background}), never on the FX thread; screens are built when first shown.
 */
final class Screens {

    private final Stage stage;
    private final Scene scene;
    private final Supplier<RoutineLibrary> routines;
    private final Path userRoutines;
    /** The sound engine, started in the background while the window opens; waited for on first use. */
    private final Supplier<SoundOutput> sound;
    private final SettingsStore settings;
    private final HistoryStore history;
    private final ProgressPlanStore plans;
    private final Supplier<UserRoutines> userEdits;
    private final Language language;
    private final SongModel songs;
    private final Workers workers;
    private LibraryView library;
    private PlayerView player;
    private Stage presentation;
    private final SessionJournal journal;
    private final PlanLevels levels;
    private final SetAside aside;
    private PlayTracker tracker;
    private TimingCheckControl timing;
    private boolean morningAsked;
    private Instant started;
    private EditorView editor;
    /** The last reason settings could not be saved (told once), {@code null} while saving works. */
    private String lastSaveProblem;

    /** What the screens work with, built by {@link App}. */
    record Services(AppPaths paths, Supplier<RoutineLibrary> routines, Path userRoutines, Supplier<UserRoutines> userEdits, SettingsStore settings,
                    HistoryStore history, ProgressPlanStore plans, SongModel songs, Language language) {
    }

    private final AudioExportDialog audioExport;
    private final ClipStore clips;

    Screens(Stage stage, Scene scene, Services services, Supplier<SoundOutput> sound, Workers workers) {
        this.songs = services.songs();
        this.history = services.history();
        this.journal = new SessionJournal(services.history());
        this.plans = services.plans();
        this.userEdits = services.userEdits();
        this.language = services.language();
        this.clips = ClipStore.in(services.paths());
        this.audioExport = new AudioExportDialog(workers.exporter(), services.settings()::get,
                () -> new AudioExportDialog.SongChoice(songs.song(), songs.timing(), songs.everywhereProperty().get()));
        this.levels = new PlanLevels(plans, Instant::now);
        this.aside = SetAside.in(services.paths());
        this.stage = stage;
        this.scene = scene;
        this.routines = services.routines();
        this.userRoutines = services.userRoutines();
        this.sound = sound;
        this.settings = services.settings();
        this.workers = workers;
        stage.setFullScreenExitKeyCombination(new KeyCodeCombination(KeyCode.ESCAPE));
        stage.setFullScreenExitHint("");
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (player != null && presentation == null) {
                player.setPresentation(full);
            }
        });
    }

    /** The session in progress, kept safe (the app's shutdown path saves it). */
    SessionJournal journal() {
        return journal;
    }

    LibraryView library() {
        return library;
    }

    void showLibrary() {
        if (player != null) {
            PlayerModel model = player.model();
            model.stop();
            songs.attach(null);
            closePresentation();
            player = null;
            if (recordSession(model)) {
                return;
            }
        }
        if (library == null) {
            library = new LibraryView(routines, workers.io(), workers.fx(), userRoutines, this::play);
        }
        library.setThemeToggle(this::toggleTheme, settings.get().theme() == Settings.Theme.DARK);
        library.setOnSoundTiming(this::showCalibration);
        library.setOnAbout(() -> AboutDialog.show(stage, settings.get().theme()));
        library.setLanguageChoice(language.nativeName(), () -> chooseLanguage(language));
        library.setOnHistory(this::showHistory);
        library.setOnEdit(entry -> edit(entry.origin() == RoutineLibrary.Origin.USER
                ? userEdits.get().open(entry) : userEdits.get().duplicate(entry.routine())));
        library.setOnNew(() -> edit(userEdits.get().blank()));
        library.setOnImport(() -> {
            List<String> ids = Sharing.chooseAndImport(stage, userEdits.get());
            if (!ids.isEmpty()) {
                library.reload();
                library.select(ids.get(ids.size() - 1));
            }
        });
        levels.reload();
        library.setLevels(levels);
        library.setOnHandout(r -> Sharing.printHandout(stage, r, levels.options(r),
                HandoutOptions.defaults().withClips(clips::find), workers.handouts()));
        library.setOnCalendar(r -> Sharing.addToCalendar(stage, r, levels.options(r)));
        library.setOnExportAudio(r -> audioExport.show(stage, r));
        scene.setRoot(library);
        Theme.apply(scene, settings.get().theme());
        stage.setTitle("Toe Tempo");
        library.focusList();
    }

    void edit(EditableRoutine routine) {
        EditorModel model = new EditorModel(routine, userEdits.get(), Messages.of(language), workers.editorChecks(), workers.fx(),
                workers.handouts());
        model.useClips(clips, workers.exporter());
        editor = new EditorView(model);
        editor.setOnClose(() -> {
            String id = model.routineProperty().get().id();
            editor = null;
            stage.titleProperty().unbind();
            showLibrary();
            library.reload();
            library.select(id);
            removeUnusedClips();
        });
        editor.setOnTry(this::tryOut);
        editor.setOnExportAudio(r -> audioExport.show(stage, r));
        show(editor);
        stage.titleProperty().bind(model.windowTitleProperty());
        editor.focusName();
    }

    /** Plays the routine being edited; back returns to the editor, and nothing goes into the history. */
    private void tryOut(Routine routine) {
        EditorView back = editor;
        stage.titleProperty().unbind();
        startPlayer(routine, PlayOptions.defaults());
        tracker = null;
        journal.abandon();
        timing.setVisible(false);
        timing.setManaged(false);
        timing = null;
        player.setOnBack(() -> {
            player.model().stop();
            songs.attach(null);
            closePresentation();
            player = null;
            show(back);
            stage.titleProperty().bind(back.model().windowTitleProperty());
        });
    }

    private void saveClipLayout(Settings.ClipLayout layout) {
        settings.save(settings.get().withClipLayout(layout));
    }

    /**
     * Deletes stored videos that no routine and no unsaved draft uses any more. Skipped while a routine file is
     * broken: its clips cannot be known, and a video once deleted is gone.
     */
    private void removeUnusedClips() {
        if (editor != null) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (RoutineLibrary.Entry entry : routines.get().entries()) {
            if (!entry.ok()) {
                return;
            }
            used.addAll(ClipStore.clipsOf(entry.routine()));
        }
        for (DraftStore.Draft draft : userEdits.get().drafts().pending()) {
            used.addAll(ClipStore.clipsOf(draft.routine()));
        }
        try {
            clips.removeUnused(used);
        } catch (IOException ignored) {
            // Tried again the next time an editor closes.
        }
    }

    boolean mayClose() {
        if (editor != null && !editor.confirmClose()) {
            return false;
        }
        if (player != null) {
            // Closing the window on the player must not lose the session: it is saved, unrated.
            player.model().stop();
            saveSession(player.model());
        }
        return true;
    }

    void importFiles(List<Path> files) {
        List<String> ids = Sharing.importFiles(stage, userEdits.get(), files);
        if (library != null && !ids.isEmpty()) {
            library.reload();
            library.select(ids.get(ids.size() - 1));
        }
    }

    /** Before a session: the coach's suggestions, if it has any (worked out in the background); then the player. */
    void play(Routine routine) {
        workers.background().run(() -> coached(routine), coached -> play(routine, coached.plan(), coached.suggestions()),
                failed -> { });
    }

    private record Coached(ProgressPlan plan, List<Suggestion> suggestions) {
    }

    private Coached coached(Routine routine) {
        ProgressPlan plan = plans.load();
        try {
            History past = history.load();
            Instant last = past.sessions().isEmpty() ? null : past.sessions().get(past.sessions().size() - 1).started();
            return new Coached(plan, aside.filter(Coach.suggest(routine, past, plan, ZonedDateTime.now()), last));
        } catch (IOException | RuntimeException e) {
            // No usable history: play as written.
            return new Coached(plan, List.of());
        }
    }

    private void play(Routine routine, ProgressPlan planned, List<Suggestion> suggestions) {
        ProgressPlan[] plan = {planned};
        if (suggestions.isEmpty()) {
            startPlayer(routine, plan[0].playOptions(routine, PlayOptions.defaults()));
            return;
        }
        SuggestionsView view = new SuggestionsView(routine.name(), suggestions,
                suggestion -> {
                    try {
                        plan[0] = plan[0].accept(suggestion, Instant.now(), ZoneId.systemDefault());
                        return plans.save(plan[0]);
                    } catch (RuntimeException stale) {
                        return stale.getMessage();
                    }
                },
                suggestion -> aside.snooze(suggestion, Instant.now()),
                () -> startPlayer(routine, plan[0].playOptions(routine, PlayOptions.defaults())));
        view.setOnDismiss(aside::dismiss);
        show(view);
    }

    private record HistoryAndRoutines(History history, RoutineLibrary routines) {
    }

    /** The history screen, built each time it is opened from the files read in the background. */
    void showHistory() {
        workers.background().run(() -> new HistoryAndRoutines(history.load(), routines.get()), this::showHistory,
                e -> new Alert(Alert.AlertType.ERROR, "Could not read your history: " + e.getMessage()).show());
    }

    private void showHistory(HistoryAndRoutines read) {
        History loaded = read.history();
        RoutineLibrary all = read.routines();
        HistoryView view = new HistoryView(loaded,
                id -> all.find(id).orElse(null), ZonedDateTime.now(), path -> {
                    try {
                        new AppPaths(history.directory().getParent()).refuseOwnFile(path);
                        HistoryView.writeCsv(loaded, path);
                        int n = loaded.sessions().size();
                        Alert done = new Alert(Alert.AlertType.INFORMATION, n + (n == 1 ? " session" : " sessions")
                                + " exported, one row each, to\n" + path
                                + "\n\nThe columns are described in docs/history-csv.md.", ButtonType.OK);
                        done.setHeaderText("History exported");
                        done.setTitle("Exported");
                        done.initOwner(stage);
                        done.getDialogPane().setId("csv-exported-dialog");
                        done.show();
                    } catch (IOException e) {
                        new Alert(Alert.AlertType.ERROR, "Could not write " + path + ": " + e.getMessage()).show();
                    }
                });
        view.setOnMorningCheck(() -> showMorningCheck(this::showHistory));
        Button back = new Button("Library");
        back.setId("history-back");
        back.setOnAction(e -> showLibrary());
        BorderPane page = new BorderPane(view);
        HBox bar = new HBox(back);
        bar.getStyleClass().add("app-header");
        page.setTop(bar);
        show(page);
    }

    /** After a session with reps played: save it at once, then ask for the quick rating. */
    private boolean recordSession(PlayerModel model) {
        SessionRecord record = saveSession(model);
        if (record == null) {
            return false;
        }
        Routine routine = model.routine();
        RatingView rating = new RatingView(record,
                id -> routine.exercises().containsKey(id) ? routine.exercise(id).name() : id,
                ratings -> {
                    try {
                        history.rate(record.id(), ratings);
                    } catch (IOException | RuntimeException e) {
                        new Alert(Alert.AlertType.ERROR, "Could not save your rating: " + e.getMessage()).show();
                    }
                    showLibrary();
                },
                this::showLibrary);
        show(rating);
        return true;
    }

    /** Saves the session being played, once; {@code null} when it goes into no history or played no rep. */
    private SessionRecord saveSession(PlayerModel model) {
        if (tracker == null) {
            return null;
        }
        List<TimingCheck> checks = timing == null ? List.of() : timing.checks();
        timing = null;
        SessionRecord record = SessionRecord.of(model.schedule(),
                tracker.result(), started, Instant.now(), ZoneId.systemDefault()).withTiming(checks);
        tracker = null;
        if (record.steps().stream().noneMatch(step -> step.repsDone() > 0)) {
            journal.abandon();
            return null;
        }
        try {
            journal.finish(record);
        } catch (IOException | RuntimeException e) {
            tellUnsavedSession(e);
            return null;
        }
        return record;
    }

    /** The disk had no room (or the history could not be written): the record is kept, and tried again. */
    private void tellUnsavedSession(Exception e) {
        ButtonType retry = new ButtonType("Try again");
        Alert alert = new Alert(Alert.AlertType.WARNING, "This session could not be saved to your history yet ("
                + e.getMessage() + "). It is kept, and saved as soon as it can be: with Try again, after your next "
                + "session, or when the app closes.", retry, ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setHeaderText("Session not saved yet");
        alert.showAndWait().filter(retry::equals).ifPresent(b -> {
            try {
                journal.saveUnsaved();
            } catch (IOException | RuntimeException again) {
                tellUnsavedSession(again);
            }
        });
    }

    private void show(Parent root) {
        scene.setRoot(root);
        Theme.apply(scene, settings.get().theme());
    }

    private void startPlayer(Routine routine, PlayOptions options) {
        Session session = new Session(routine, options, sound.get().clock());
        sound.get().follow(session);
        PlayerModel model = new PlayerModel(routine, session);
        tracker = new PlayTracker(session.schedule());
        started = Instant.now();
        PlayTracker playing = tracker;
        Instant from = started;
        // Journaled at each step's end, so a crash or a kill loses at most the step being played.
        journal.begin(() -> {
            SessionRecord soFar = SessionRecord.of(playing.schedule(), playing.result(), from, Instant.now(),
                    ZoneId.systemDefault());
            return soFar.steps().stream().anyMatch(step -> step.repsDone() > 0) ? soFar : null;
        });
        model.stepIndexProperty().addListener((obs, was, now) -> {
            if (tracker == playing) {
                journal.stepEnded();
            }
        });
        model.track(tracker);
        model.setSoundStatus(() -> sound.get().problem());
        model.mutedProperty().set(settings.get().muted());
        model.clickVolumeProperty().set(settings.get().clickVolume());
        model.voiceVolumeProperty().set(settings.get().voiceVolume());
        model.musicVolumeProperty().set(settings.get().musicVolume());
        InvalidationListener volumes = o -> tellIfUnsaved(sound.get().save(settings.get().withVolumes(
                model.clickVolumeProperty().get(), model.voiceVolumeProperty().get(), model.musicVolumeProperty().get())));
        model.clickVolumeProperty().addListener(volumes);
        model.voiceVolumeProperty().addListener(volumes);
        model.musicVolumeProperty().addListener(volumes);
        model.soundProperty().set(settings.get().sound());
        model.mutedProperty().addListener((obs, was, muted) -> tellIfUnsaved(sound.get().save(settings.get().withMuted(muted))));
        model.soundProperty().addListener((obs, was, value) -> {
            if (value != null) {
                tellIfUnsaved(sound.get().save(settings.get().withSound(value)));
            }
        });
        player = new PlayerView(model);
        player.showClips(clips, settings.get().clipLayout(), this::saveClipLayout);
        player.attachSong(songs);
        model.setSongTempo(wanted -> {
            double songBpm = songs.bpmProperty().get();
            songs.rateProperty().set(songBpm > 0 ? wanted / songBpm : 1);
            return songs.effectiveBpm().get();
        });
        songs.attach(model);
        // At the end, a moment of "well done", then the rating (the session is saved then, not on some later click).
        model.stateProperty().addListener((obs, was, state) -> {
            if (state == Session.State.FINISHED && tracker != null) {
                PauseTransition moment = new PauseTransition(Duration.seconds(3));
                moment.setOnFinished(e -> {
                    if (player != null && player.model() == model && model.stateProperty().get() == Session.State.FINISHED) {
                        showLibrary();
                    }
                });
                moment.play();
            }
        });
        // The opt-in timing self-check: a switch in the bar that turns Space and Page Down into taps.
        timing = TimingCheckControl.addTo(player, new TimingTaps(session, sound.get().clock()));
        player.setOnBack(this::showLibrary);
        player.setOnFullScreen(() -> stage.setFullScreen(!stage.isFullScreen()));
        player.setOnPresent(() -> present(model));
        player.setOnSafety(() -> showSafety(routine));
        scene.setRoot(player);
        Theme.apply(scene, settings.get().theme());
        stage.setTitle(routine.name() + " · Toe Tempo");
        player.requestFocus();
    }

    /**
     * On start: the next-morning check, once a run, when a recent session is waiting for it (not over the welcome).
     * The history is read in the background; the check replaces the library only if the user has not moved on.
     */
    void morningCheckIfDue() {
        if (morningAsked || !settings.get().welcomed()) {
            return;
        }
        workers.background().run(this::awaitingMorningCheck, sessions -> {
            if (!sessions.isEmpty() && !morningAsked && scene.getRoot() == library) {
                showMorningCheck(sessions, this::showLibrary);
            }
        }, failed -> { });
    }

    private List<SessionRecord> awaitingMorningCheck() {
        try {
            return history.load().awaitingMorningCheck(ZonedDateTime.now());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Asks how the foot is the morning after; saves the answer for every session waiting for it, then {@code then}. */
    private void showMorningCheck(Runnable then) {
        workers.background().run(this::awaitingMorningCheck, sessions -> showMorningCheck(sessions, then), failed -> then.run());
    }

    private void showMorningCheck(List<SessionRecord> sessions, Runnable then) {
        if (sessions.isEmpty()) {
            then.run();
            return;
        }
        morningAsked = true;
        show(new MorningCheckView(sessions, ZonedDateTime.now(), (pain, stiffness) -> {
            try {
                history.morningCheck(sessions.stream().map(SessionRecord::id).toList(), pain, stiffness);
            } catch (IOException | RuntimeException e) {
                new Alert(Alert.AlertType.ERROR, "Could not save your morning check: " + e.getMessage()).show();
            }
            then.run();
        }, then));
    }


    /** Opens a routine by id and starts it at once, as written (for unattended measurement runs). */
    void playNow(String routineId) {
        withRoutine(routineId, routine -> {
            startPlayer(routine, PlayOptions.defaults());
            player.model().togglePlay();
        });
    }

    /** The welcome with the safety screen, on first run (and whenever asked). */
    void welcomeIfFirstRun() {
        if (!settings.get().welcomed()) {
            showWelcome();
        }
    }

    void showWelcome() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Welcome to Toe Tempo");
        WelcomeView view = new WelcomeView(this::soundCheck, () -> {
            dialog.close();
            withRoutine("musical-toes", this::play);
        }, dialog::close);
        Scene welcome = new Scene(view);
        Theme.apply(welcome, settings.get().theme());
        dialog.setScene(welcome);
        dialog.setOnHidden(e -> tellIfUnsaved(settings.save(settings.get().withWelcomed(true))));
        dialog.show();
    }

    /** Latency calibration: tap along to clicks; the suggested offset is saved for the output device. */
    void showCalibration() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Sound timing");
        CalibrationView view = new CalibrationView(sound.get().clock(),
                start -> sound.get().clicks(start, CalibrationView.CLICKS, CalibrationView.BPM),
                millis -> tellIfUnsaved(settings.save(settings.get().withLatency(SoundOutput.DEFAULT_DEVICE, millis))),
                settings.get().latencyFor(SoundOutput.DEFAULT_DEVICE), dialog::close);
        Scene scene = new Scene(new VBox(outputPicker(), view));
        Theme.apply(scene, settings.get().theme());
        dialog.setScene(scene);
        // Whatever happened, the engine goes back to the saved offset.
        dialog.setOnHidden(e -> sound.get().apply(settings.get()));
        dialog.show();
    }

    /** Which sound output plays: the engine switches at once, the session's clock going on. */
    private HBox outputPicker() {
        ChoiceBox<String> outputs = new ChoiceBox<>();
        outputs.setId("sound-output");
        outputs.getItems().add(SoundOutput.DEFAULT_DEVICE);
        outputs.getItems().addAll(sound.get().devices());
        outputs.setValue(sound.get().device() == null ? SoundOutput.DEFAULT_DEVICE : sound.get().device());
        outputs.valueProperty().addListener((obs, was, chosen) ->
                sound.get().useDevice(chosen == null || chosen.equals(SoundOutput.DEFAULT_DEVICE) ? null : chosen));
        HBox row = new HBox(8, new Label("Sound output"), outputs);
        row.setPadding(new Insets(12, 16, 0, 16));
        return row;
    }

    /** The start of Musical Toes: clicks, the exercise's name, "up", "down". */
    void soundCheck() {
        withRoutine("musical-toes", r -> sound.get().preview(r, WelcomeView.SOUND_CHECK_SECONDS));
    }

    /** Reads the routines in the background, then hands the one with this id (if any) to {@code then}. */
    private void withRoutine(String id, Consumer<Routine> then) {
        workers.background().run(() -> routines.get().find(id), found -> found.ifPresent(then), failed -> { });
    }

    private void showSafety(Routine routine) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(stage);
        alert.setTitle("Safety");
        alert.setHeaderText(routine.name() + ": stay safe");
        VBox lines = new VBox(6);
        for (String note : routine.safety()) {
            Label label = new Label("•  " + note);
            label.setWrapText(true);
            label.setMaxWidth(560);
            lines.getChildren().add(label);
        }
        alert.getDialogPane().setContent(lines);
        alert.show();
    }

    /**
     * Tells the user when a change of settings could not be saved, once for each reason (a volume slider saves at
     * every move; one alert is enough).
     */
    private void tellIfUnsaved(String problem) {
        if (problem != null && !problem.equals(lastSaveProblem)) {
            Alert alert = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
            alert.initOwner(stage);
            alert.setHeaderText("Settings not saved");
            alert.show();
        }
        lastSaveProblem = problem;
    }

    /** What went wrong reading the user's files at start-up, told once the window shows; empty when all was well. */
    List<String> startupNotices() {
        List<String> notices = new ArrayList<>();
        if (settings.notice() != null) {
            notices.add(settings.notice());
        }
        try {
            // The first load repairs a damaged log: its report is told here, or the History screen would just
            // show fewer sessions.
            String repaired = history.load().report().message();
            if (repaired != null) {
                notices.add(repaired);
            }
        } catch (IOException | RuntimeException e) {
            notices.add("Your session history could not be read: " + e.getMessage());
        }
        try {
            journal.recover().ifPresent(r -> notices.add("Your session of " + r.routineName() + " on "
                    + DateTimeFormatter.ofPattern("d MMMM 'at' HH:mm", Locale.ENGLISH).format(r.localStart())
                    + " was cut short when the app closed unexpectedly. It was saved to your history up to the step "
                    + "it reached."));
        } catch (IOException | RuntimeException e) {
            notices.add("A session cut short when the app closed could not be saved to your history: "
                    + e.getMessage());
        }
        return notices;
    }

    /** Shows {@link #startupNotices()}, if any, in one alert. */
    void showStartupNotices() {
        List<String> notices = startupNotices();
        if (!notices.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", notices), ButtonType.OK);
            alert.initOwner(stage);
            alert.setHeaderText("Some of your files needed attention");
            alert.getDialogPane().setMinWidth(560);
            alert.show();
        }
    }

    /**
     * The language of the routines and the spoken cues, kept in the settings and used from the next start: the
     * library, the voice and every open screen would otherwise be half in one language and half in the other.
     */
    private void chooseLanguage(Language current) {
        List<String> names = Arrays.stream(Language.values()).map(Language::nativeName).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current.nativeName(), names);
        dialog.initOwner(stage);
        dialog.setTitle("Language");
        dialog.setHeaderText("The language of the routines and the spoken cues");
        dialog.setContentText("Language:");
        dialog.showAndWait().ifPresent(name -> {
            Language chosen = Arrays.stream(Language.values()).filter(l -> l.nativeName().equals(name)).findFirst()
                    .orElse(current);
            tellIfUnsaved(settings.save(settings.get().withLanguage(chosen.code())));
            if (chosen != current) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, "Toe Tempo will use " + chosen.nativeName()
                        + " the next time it starts.", ButtonType.OK);
                alert.initOwner(stage);
                alert.setHeaderText("Language changed");
                alert.show();
            }
        });
    }

    private void toggleTheme() {
        Settings.Theme next = settings.get().theme() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK;
        tellIfUnsaved(settings.save(settings.get().withTheme(next)));
        Theme.use(next);
        Theme.apply(scene, next);
        library.setThemeToggle(this::toggleTheme, next == Settings.Theme.DARK);
    }

    /**
     * On a second screen, a full-screen presentation view of the same session while this window keeps the
     * controls; with one screen, this window goes full screen in presentation style.
     */
    private void present(PlayerModel model) {
        if (presentation != null) {
            closePresentation();
            return;
        }
        List<Screen> screens = Screen.getScreens();
        Screen here = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary());
        Screen other = screens.stream().filter(s -> !s.equals(here)).findFirst().orElse(null);
        if (other == null) {
            stage.setFullScreen(!stage.isFullScreen());
            return;
        }
        PlayerView view = PlayerView.presentationOf(model);
        view.showClips(clips, settings.get().clipLayout(), this::saveClipLayout);
        Scene presented = new Scene(view);
        Theme.apply(presented, settings.get().theme());
        presentation = new Stage();
        presentation.setTitle("Toe Tempo · presentation");
        presentation.setScene(presented);
        Rectangle2D bounds = other.getBounds();
        presentation.setX(bounds.getMinX());
        presentation.setY(bounds.getMinY());
        presentation.setWidth(bounds.getWidth());
        presentation.setHeight(bounds.getHeight());
        presentation.setFullScreenExitHint("");
        presentation.show();
        presentation.setFullScreen(true);
        if (timing != null) {
            presented.addEventFilter(KeyEvent.ANY, timing::filter);
        }
        presented.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closePresentation();
            } else if (player != null) {
                player.handleKey(e.getCode(), e.getText());
            }
        });
        presentation.setOnHidden(e -> presentation = null);
    }

    private void closePresentation() {
        if (presentation != null) {
            Stage closing = presentation;
            presentation = null;
            closing.close();
        }
    }
}
