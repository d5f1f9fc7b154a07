package org.toetempo.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.toetempo.editor.DraftStore;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.SessionJournal;
import org.toetempo.media.ClipStore;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.progress.SetAside;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.editor.AudioExportDialog;
import org.toetempo.ui.editor.EditorModel;
import org.toetempo.ui.editor.EditorView;
import org.toetempo.ui.editor.Sharing;
import org.toetempo.ui.library.LibraryView;
import org.toetempo.ui.library.PlanLevels;
import org.toetempo.ui.song.SongModel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's navigation: the library, the editor, and the way to the player, the history and the dialogs
 * (each in a class of its own). It holds no business logic: sessions come from the engine, settings from their
 * store. Files are read on the app's background executor, never on the FX thread; screens are built when first
 * shown.
 */
final class Screens {

    private final MainWindow window;
    private final Supplier<RoutineLibrary> routines;
    private final Path userRoutines;
    private final Supplier<UserRoutines> userEdits;
    private final Language language;
    private final Workers workers;
    private final SessionJournal journal;
    private final PlanLevels levels;
    private final ClipStore clips;
    private final AudioExportDialog audioExport;
    private final PlayerScreens sessions;
    private final Sharing sharing;
    private final SettingsDialogs dialogs;
    private final HistoryScreen history;
    private final StartupChecks checks;
    private LibraryView library;
    private EditorView editor;

    /** What the screens work with, built by {@link App}. */
    record Services(AppPaths paths, Supplier<RoutineLibrary> routines, Path userRoutines, Supplier<UserRoutines> userEdits,
                    SettingsStore settings, HistoryStore history, ProgressPlanStore plans, Supplier<SongModel> songs,
                    Language language) {
    }

    Screens(Stage stage, Scene scene, Services services, Supplier<SoundOutput> sound, Workers workers) {
        this.window = new MainWindow(stage, scene, services.settings(), Messages.of(services.language()));
        this.routines = services.routines();
        this.userRoutines = services.userRoutines();
        this.userEdits = services.userEdits();
        this.language = services.language();
        this.workers = workers;
        this.journal = new SessionJournal(services.history());
        this.levels = new PlanLevels(services.plans(), Instant::now, workers.io(), workers.fx());
        this.clips = ClipStore.in(services.paths());
        Supplier<SongModel> songs = services.songs();
        this.sharing = new Sharing(window.text());
        this.audioExport = new AudioExportDialog(window.text(), workers.exporter(), services.settings()::get,
                () -> new AudioExportDialog.SongChoice(songs.get().song(), songs.get().timing(),
                        songs.get().everywhereProperty().get()));
        this.sessions = new PlayerScreens(window, new PlayerScreens.Services(sound, songs, services.history(), journal,
                services.plans(), SetAside.in(services.paths()), clips), workers, this::showLibrary);
        this.dialogs = new SettingsDialogs(window, sound, this::withRoutine, sessions::play);
        this.checks = new StartupChecks(window, services.history(), services.plans(), journal, workers,
                () -> library != null && scene.getRoot() == library, this::showLibrary);
        this.history = new HistoryScreen(window, services.history(), routines, workers, this::showLibrary,
                checks::showMorningCheck);
        stage.setFullScreenExitKeyCombination(new KeyCodeCombination(KeyCode.ESCAPE));
        stage.setFullScreenExitHint("");
    }

    /** The session in progress, kept safe (the app's shutdown path saves it). */
    SessionJournal journal() {
        return journal;
    }

    LibraryView library() {
        return library;
    }

    void showLibrary() {
        if (sessions.leave()) {
            return;
        }
        Stage stage = window.stage();
        SettingsStore settings = window.settings();
        // The progress file is read on io; on the first show before the routines, so that the cards and details
        // come with the user's levels at once instead of being laid out a second time when the levels arrive.
        levels.reload(() -> library.setLevels(levels));
        if (library == null) {
            library = new LibraryView(window.text(), routines, workers.io(), workers.fx(), userRoutines, sessions::play);
        }
        library.setThemeToggle(this::toggleTheme, settings.get().theme() == Settings.Theme.DARK);
        library.setOnSoundTiming(dialogs::showCalibration);
        library.setOnAbout(() -> AboutDialog.show(stage, settings.get().theme(), window.text()));
        library.setLanguageChoice(language.nativeName(), () -> dialogs.chooseLanguage(language));
        library.setOnHistory(history::show);
        library.setOnEdit(entry -> edit(entry.origin() == RoutineLibrary.Origin.USER
                ? userEdits.get().open(entry) : userEdits.get().duplicate(entry.routine())));
        library.setOnNew(() -> edit(userEdits.get().blank()));
        library.setOnImport(() -> {
            List<String> ids = sharing.chooseAndImport(stage, userEdits.get());
            if (!ids.isEmpty()) {
                library.reload();
                library.select(ids.get(ids.size() - 1));
            }
        });
        library.setLevels(levels);
        library.setOnHandout(r -> sharing.printHandout(stage, r, levels.options(r),
                HandoutOptions.defaults().withClips(clips::find), workers.handouts()));
        library.setOnCalendar(r -> sharing.addToCalendar(stage, r, levels.options(r)));
        library.setOnExportAudio(r -> audioExport.show(stage, r));
        window.show(library);
        stage.setTitle(window.text().get("screens.app-name"));
        library.focusList();
    }

    void edit(EditableRoutine routine) {
        Stage stage = window.stage();
        EditorModel model = new EditorModel(routine, userEdits.get(), workers.editorChecks(), workers.fx(), workers.handouts(),
                window.text());
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
        window.show(editor);
        stage.titleProperty().bind(model.windowTitleProperty());
        editor.focusName();
    }

    /** Plays the routine being edited; back returns to the editor, and nothing goes into the history. */
    private void tryOut(Routine routine) {
        EditorView back = editor;
        Stage stage = window.stage();
        stage.titleProperty().unbind();
        sessions.tryOut(routine, back, () -> stage.titleProperty().bind(back.model().windowTitleProperty()));
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
        sessions.saveIfPlaying();
        return true;
    }

    void importFiles(List<Path> files) {
        List<String> ids = sharing.importFiles(window.stage(), userEdits.get(), files);
        if (library != null && !ids.isEmpty()) {
            library.reload();
            library.select(ids.get(ids.size() - 1));
        }
    }

    /** Before a session: the coach's suggestions, if it has any; then the player. */
    void play(Routine routine) {
        sessions.play(routine);
    }

    /** The history screen, built each time it is opened from the files read in the background. */
    void showHistory() {
        history.show();
    }

    /** Opens a routine by id and starts it at once, as written (for unattended measurement runs). */
    void playNow(String routineId) {
        withRoutine(routineId, sessions::playNow);
    }

    /**
     * For the installers' training start: the player (with the welcome over the library before it), the library
     * again, the editor and the history, each shown for a moment so that their classes go into the class cache;
     * then {@code done}.
     */
    void train(Runnable done) {
        Runnable[] steps = {
            () -> playNow("musical-toes"),
            this::showLibrary,
            () -> withRoutine("musical-toes", r -> edit(userEdits.get().duplicate(r))),
            this::showHistory,
            done};
        PauseTransition[] waits = new PauseTransition[steps.length];
        for (int i = steps.length - 1; i >= 0; i--) {
            Runnable step = steps[i];
            PauseTransition next = i + 1 < steps.length ? waits[i + 1] : null;
            waits[i] = new PauseTransition(Duration.seconds(2));
            waits[i].setOnFinished(e -> {
                step.run();
                if (next != null) {
                    next.play();
                }
            });
        }
        waits[0].play();
    }

    /** The welcome with the safety screen, on first run (and whenever asked); then {@code next}, over it or alone. */
    void welcomeIfFirstRun(Runnable next) {
        if (!window.settings().get().welcomed()) {
            dialogs.showWelcome(next);
        } else {
            next.run();
        }
    }

    void showWelcome() {
        dialogs.showWelcome(() -> { });
    }

    void showCalibration() {
        dialogs.showCalibration();
    }

    void soundCheck() {
        dialogs.soundCheck();
    }

    /** On start: the next-morning check, once a run, when a recent session is waiting for it. */
    void morningCheckIfDue() {
        checks.morningCheckIfDue();
    }

    /** What went wrong reading the user's files at start-up; empty when all was well. */
    List<String> startupNotices() {
        return checks.notices();
    }

    void showStartupNotices() {
        checks.showNotices();
    }

    /**
     * Offers back the editing a crash cut short (the editor's autosave drafts), one at a time, over the library: read
     * off the FX thread, asked only if the user is still on the library with no editor open.
     */
    void offerDrafts() {
        workers.background().run(() -> userEdits.get().drafts().pending(), pending -> {
            if (editor == null && library != null && window.stage().getScene().getRoot() == library) {
                sharing.offerDraft(window.stage(), userEdits.get(), pending).ifPresent(this::edit);
            }
        }, failed -> { });
    }

    /** Reads the routines in the background, then hands the one with this id (if any) to {@code then}. */
    private void withRoutine(String id, Consumer<Routine> then) {
        withRoutine(id, then, () -> { });
    }

    /** As {@link #withRoutine(String, Consumer)}, running {@code missing} when there is no such routine (or no read). */
    private void withRoutine(String id, Consumer<Routine> then, Runnable missing) {
        workers.background().run(() -> routines.get().find(id), found -> found.ifPresentOrElse(then, missing),
                failed -> missing.run());
    }

    private void toggleTheme() {
        SettingsStore settings = window.settings();
        Settings.Theme next = settings.get().theme() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK;
        window.tellIfUnsaved(settings.save(settings.get().withTheme(next)));
        Theme.use(next);
        Theme.apply(window.scene(), next);
        library.setThemeToggle(this::toggleTheme, next == Settings.Theme.DARK);
    }
}
