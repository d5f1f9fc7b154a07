package org.toetempo.ui;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
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
import org.toetempo.settings.Settings;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.ui.history.RatingView;
import org.toetempo.ui.history.SuggestionsView;
import org.toetempo.ui.player.PlayerModel;
import org.toetempo.ui.player.PlayerView;
import org.toetempo.ui.player.TimingCheckControl;
import org.toetempo.ui.song.SongModel;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * A session from the coach's suggestions to the rating: the player in the main window (and on a second screen
 * when presenting), the session journaled step by step and saved to the history at its end.
 */
final class PlayerScreens {

    private final MainWindow window;
    private final Supplier<SoundOutput> sound;
    private final Supplier<SongModel> songs;
    private final HistoryStore history;
    private final SessionJournal journal;
    private final ProgressPlanStore plans;
    private final SetAside aside;
    private final ClipStore clips;
    private final Workers workers;
    private final Runnable toLibrary;
    private PlayerView player;
    private Stage presentation;
    private PlayTracker tracker;
    private TimingCheckControl timing;
    private Instant started;

    /** What a session works with, built by {@link App}. */
    record Services(Supplier<SoundOutput> sound, Supplier<SongModel> songs, HistoryStore history, SessionJournal journal,
                    ProgressPlanStore plans, SetAside aside, ClipStore clips) {
    }

    PlayerScreens(MainWindow window, Services services, Workers workers, Runnable toLibrary) {
        this.window = window;
        this.sound = services.sound();
        this.songs = services.songs();
        this.history = services.history();
        this.journal = services.journal();
        this.plans = services.plans();
        this.aside = services.aside();
        this.clips = services.clips();
        this.workers = workers;
        this.toLibrary = toLibrary;
        window.stage().fullScreenProperty().addListener((obs, was, full) -> {
            if (player != null && presentation == null) {
                player.setPresentation(full);
            }
        });
    }

    boolean playing() {
        return player != null;
    }

    /** Before a session: the coach's suggestions, if it has any (worked out in the background); then the player. */
    void play(Routine routine) {
        workers.background().run(() -> coached(routine), coached -> play(routine, coached.plan(), coached.suggestions()),
                failed -> { });
    }

    /** Starts the routine at once, as written (for unattended measurement runs). */
    void playNow(Routine routine) {
        startPlayer(routine, PlayOptions.defaults());
        player.model().togglePlay();
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
        SuggestionsView view = new SuggestionsView(window.text(), routine.name(), suggestions,
                suggestion -> {
                    try {
                        plan[0] = plan[0].accept(suggestion, Instant.now(), ZoneId.systemDefault());
                        Phrase unsaved = plans.save(plan[0]);
                        return unsaved == null ? null : unsaved.in(window.text());
                    } catch (RuntimeException stale) {
                        return stale.getMessage();
                    }
                },
                suggestion -> aside.snooze(suggestion, Instant.now()),
                () -> startPlayer(routine, plan[0].playOptions(routine, PlayOptions.defaults())));
        view.setOnDismiss(aside::dismiss);
        window.show(view);
    }

    /**
     * Plays a routine being edited: nothing goes into the history, and back returns to {@code back} (the editor)
     * through {@code backAgain}.
     */
    void tryOut(Routine routine, Parent back, Runnable backAgain) {
        startPlayer(routine, PlayOptions.defaults());
        tracker = null;
        journal.abandon();
        timing.setVisible(false);
        timing.setManaged(false);
        timing = null;
        player.setOnBack(() -> {
            stop();
            window.show(back);
            backAgain.run();
        });
    }

    /**
     * Leaves the player, if it shows: the session is saved, and if it played reps the rating screen shows
     * (true: the caller's screen is shown after the rating instead).
     */
    boolean leave() {
        if (player == null) {
            return false;
        }
        PlayerModel model = player.model();
        stop();
        return recordSession(model);
    }

    /** The window is closing: a session in progress must not be lost; it is saved, unrated. */
    void saveIfPlaying() {
        if (player != null) {
            player.model().stop();
            saveSession(player.model());
        }
    }

    private void stop() {
        player.model().stop();
        songs.get().attach(null);
        closePresentation();
        player = null;
    }

    /** After a session with reps played: save it at once, then ask for the quick rating. */
    private boolean recordSession(PlayerModel model) {
        SessionRecord record = saveSession(model);
        if (record == null) {
            return false;
        }
        Routine routine = model.routine();
        RatingView rating = new RatingView(window.text(), record,
                id -> routine.exercises().containsKey(id) ? routine.exercise(id).name() : id,
                ratings -> {
                    try {
                        history.rate(record.id(), ratings);
                    } catch (IOException | RuntimeException e) {
                        window.error(window.text().get("screens.rating.save-failed", e.getMessage()));
                    }
                    toLibrary.run();
                },
                toLibrary);
        window.show(rating);
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
        ButtonType retry = new ButtonType(window.text().get("screens.session.try-again"));
        Alert alert = window.alert(Alert.AlertType.WARNING, window.text().get("screens.session.unsaved-header"),
                window.text().get("screens.session.unsaved", e.getMessage()), retry, ButtonType.CLOSE);
        alert.showAndWait().filter(retry::equals).ifPresent(b -> {
            try {
                journal.saveUnsaved();
            } catch (IOException | RuntimeException again) {
                tellUnsavedSession(again);
            }
        });
    }

    private void startPlayer(Routine routine, PlayOptions options) {
        // The cue texts ("Set 1 of 2", "Rest 20 s") are compiled into the schedule: in the app's language.
        Session session = new Session(routine, options.inLanguage(window.text().language()), sound.get().clock());
        sound.get().follow(session);
        PlayerModel model = new PlayerModel(routine, session, window.text());
        // A level chosen in the player is kept where the routine's details keep it (read afresh: the coach may write).
        model.rememberLevelsIn((r, exercise, level) -> plans.save(plans.load().withChosenLevel(r.id(), exercise, level,
                Instant.now())));
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
        followSettings(model);
        player = new PlayerView(model);
        player.showClips(clips, window.settings().get().clipLayout(), this::saveClipLayout);
        SongModel song = songs.get();
        player.attachSong(song);
        model.setSongTempo(wanted -> {
            double songBpm = song.bpmProperty().get();
            song.rateProperty().set(songBpm > 0 ? wanted / songBpm : 1);
            return song.effectiveBpm().get();
        });
        song.attach(model);
        // At the end, a moment of "well done", then the rating (the session is saved then, not on some later click).
        model.stateProperty().addListener((obs, was, state) -> {
            if (state == Session.State.FINISHED && tracker != null) {
                PauseTransition moment = new PauseTransition(Duration.seconds(3));
                moment.setOnFinished(e -> {
                    if (player != null && player.model() == model && model.stateProperty().get() == Session.State.FINISHED) {
                        toLibrary.run();
                    }
                });
                moment.play();
            }
        });
        // The opt-in timing self-check: a switch in the bar that turns Space and Page Down into taps.
        timing = TimingCheckControl.addTo(player, new TimingTaps(session, sound.get().clock()));
        player.setOnBack(toLibrary);
        Stage stage = window.stage();
        player.setOnFullScreen(() -> stage.setFullScreen(!stage.isFullScreen()));
        player.setOnPresent(() -> present(model));
        player.setOnSafety(() -> showSafety(routine));
        window.show(player);
        stage.setTitle(window.text().get("screens.player.title", routine.name()));
        player.requestFocus();
    }

    /** The sound settings: shown by the player, and every change saved (and told when it cannot be). */
    private void followSettings(PlayerModel model) {
        Settings settings = window.settings().get();
        model.setSoundStatus(() -> sound.get().problem());
        model.mutedProperty().set(settings.muted());
        model.clickVolumeProperty().set(settings.clickVolume());
        model.voiceVolumeProperty().set(settings.voiceVolume());
        model.musicVolumeProperty().set(settings.musicVolume());
        InvalidationListener volumes = o -> window.tellIfUnsaved(sound.get().save(window.settings().get().withVolumes(
                model.clickVolumeProperty().get(), model.voiceVolumeProperty().get(), model.musicVolumeProperty().get())));
        model.clickVolumeProperty().addListener(volumes);
        model.voiceVolumeProperty().addListener(volumes);
        model.musicVolumeProperty().addListener(volumes);
        model.soundProperty().set(settings.sound());
        model.mutedProperty().addListener((obs, was, muted) ->
                window.tellIfUnsaved(sound.get().save(window.settings().get().withMuted(muted))));
        model.soundProperty().addListener((obs, was, value) -> {
            if (value != null) {
                window.tellIfUnsaved(sound.get().save(window.settings().get().withSound(value)));
            }
        });
    }

    private void saveClipLayout(Settings.ClipLayout layout) {
        window.settings().save(window.settings().get().withClipLayout(layout));
    }

    private void showSafety(Routine routine) {
        Alert alert = window.alert(Alert.AlertType.INFORMATION, window.text().get("screens.safety.header", routine.name()), "",
                ButtonType.CLOSE);
        alert.setTitle(window.text().get("screens.safety.title"));
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
     * On a second screen, a full-screen presentation view of the same session while this window keeps the
     * controls; with one screen, this window goes full screen in presentation style.
     */
    private void present(PlayerModel model) {
        if (presentation != null) {
            closePresentation();
            return;
        }
        Stage stage = window.stage();
        Screen here = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary());
        Screen other = Screen.getScreens().stream().filter(s -> !s.equals(here)).findFirst().orElse(null);
        if (other == null) {
            stage.setFullScreen(!stage.isFullScreen());
            return;
        }
        PlayerView view = PlayerView.presentationOf(model);
        view.showClips(clips, window.settings().get().clipLayout(), this::saveClipLayout);
        Scene presented = new Scene(view);
        Theme.apply(presented, window.theme());
        presentation = new Stage();
        presentation.setTitle(window.text().get("screens.presentation.title"));
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
