package org.toetempo.ui.player;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.toetempo.media.ClipStore;
import org.toetempo.settings.Settings;
import org.toetempo.text.Messages;
import org.toetempo.timing.Session;
import org.toetempo.ui.song.SongModel;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The player screen: {@link PlayerHeader} (routine, time left, steps), {@link ExercisePane} (which foot, the phase
 * as one huge word, reps and sets, the beat, the moving foot figure, what to do and what comes next) and
 * {@link TransportBar} (the controls). Every size is in em of a root font that follows the window size, so the screen
 * reads the same from 800×600 to 4K. In presentation mode the controls hide and the rest grows.
 */
public final class PlayerView extends StackPane {

    static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final PlayerModel model;
    private final Messages text;
    private final PlayerIcons icons = new PlayerIcons();
    private final PlayerHeader header;
    private final ExercisePane exercise;
    private final TransportBar controls;
    private final KeyboardHelp help;
    private SongControls song;
    private Consumer<Settings.ClipLayout> onClipLayout = layout -> { };
    private Runnable onBack = () -> { };
    private Runnable onPresent = () -> { };
    private Runnable onFullScreen = () -> { };
    private Runnable onSafety = () -> { };

    public PlayerView(PlayerModel model) {
        this.model = model;
        this.text = model.text();
        getStyleClass().add("player");
        setId("player");

        StepProgress progress = new StepProgress(text);
        progress.setId("step-progress");
        progress.setSteps(model.steps(), model.totalNanos());
        progress.setOnStepChosen(model::jumpToStep);
        progress.setPosition(model.snapshotProperty().get().nanos());
        model.snapshotProperty().addListener((obs, old, s) -> progress.setPosition(s.nanos()));
        model.stepIndexProperty().addListener((obs, old, index) -> progress.setSteps(model.steps(), model.totalNanos()));
        model.scheduleProperty().addListener((obs, old, index) -> progress.setSteps(model.steps(), model.totalNanos()));

        header = new PlayerHeader(model, progress, icons, text, () -> onBack.run(), () -> onSafety.run());
        exercise = new ExercisePane(model, this, icons);
        help = new KeyboardHelp(text);
        controls = new TransportBar(model, icons, () -> onPresent.run(), this::toggleHelp);
        BorderPane layout = new BorderPane();
        layout.setTop(header);
        layout.setCenter(exercise);
        layout.setBottom(controls);
        getChildren().addAll(layout, help);

        // One root font size drives every em in the stylesheet.
        styleProperty().bind(Bindings.createStringBinding(() ->
                String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", baseFontSize(this)), widthProperty(), heightProperty()));
        widthProperty().addListener(o -> icons.resize((int) Math.round(baseFontSize(this) * 1.25)));
        heightProperty().addListener(o -> icons.resize((int) Math.round(baseFontSize(this) * 1.25)));
        // Dimmed while waiting (ready or paused), not at the end: "WELL DONE" in grey read as something gone wrong.
        model.stateProperty().addListener((obs, old, state) -> showWaiting(state));
        showWaiting(model.stateProperty().get());

        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // A click beside the controls takes the keys back from a text field (the song's or the bar's tempo): else
        // T, S and Space typed "ttt" into the field after the user had typed a tempo.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof Node target) || !insideAControl(target)) {
                requestFocus();
            }
        });
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.refresh();
                exercise.followClip();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                frames.stop();
                exercise.closeClips();
            } else {
                frames.start();
            }
        });
    }

    public PlayerModel model() {
        return model;
    }

    public void setOnBack(Runnable action) {
        onBack = action;
    }

    /** What P does: show the player on a second screen. */
    public void setOnPresent(Runnable action) {
        onPresent = action;
    }

    /** What F does: toggle full screen. */
    public void setOnFullScreen(Runnable action) {
        onFullScreen = action;
    }

    /** What the Safety button does: show the routine's safety notes. */
    public void setOnSafety(Runnable action) {
        onSafety = action;
    }

    /**
     * Shows each exercise's own video (when it has one) beside the foot figure or in its place, in step with the
     * beat. {@code onLayout} is told when the user switches (V) so the choice is remembered.
     */
    public void showClips(ClipStore clips, Settings.ClipLayout layout, Consumer<Settings.ClipLayout> onLayout) {
        exercise.showClips(clips, layout);
        onClipLayout = onLayout;
        addHelp("V", text.get("player.help.video"));
    }

    /** Switches the video between beside the figure and in its place. */
    public void toggleClipLayout() {
        onClipLayout.accept(exercise.toggleClipLayout());
    }

    ClipView clipView() {
        return exercise.clipView();
    }

    /**
     * For a clinic TV or projector: the controls hide and the rest grows; the time left, the steps and the rest
     * buttons stay (the physio may be at the TV, not the laptop).
     */
    public void setPresentation(boolean on) {
        pseudoClassStateChanged(PRESENTATION, on);
        exercise.present(on);
        header.present(on);
        controls.setVisible(!on);
        controls.setManaged(!on);
    }

    /**
     * Adds a control to the header, before the time left (for features that live outside the player, e.g. the
     * timing check): the bottom bar has no room to spare in a small window.
     */
    public void addControl(Node control) {
        header.addControl(control);
    }

    /** Adds a line to the keyboard help. */
    public void addHelp(String key, String what) {
        help.add(key, what);
    }

    /** A view of the same session without controls, for a second screen. */
    public static PlayerView presentationOf(PlayerModel model) {
        PlayerView view = new PlayerView(model);
        view.setPresentation(true);
        return view;
    }

    /**
     * Adds the song controls: Metronome or Song, the song drawer (S), tapping the beat (T) and dropping a song file
     * on the player.
     */
    public void attachSong(SongModel songModel) {
        song = new SongControls(songModel, this, controls, exercise, icons, text);
    }

    /** Shows or hides the song drawer. */
    public void showSongPanel(boolean on) {
        if (song != null) {
            song.show(on);
        }
    }

    public boolean isSongPanelShowing() {
        return song != null && song.isShowing();
    }

    /** The root font size every em of the player follows: 16 px at 1280×760, never under 9 px. */
    static double baseFontSize(Region player) {
        double scale = Math.min(player.getWidth() / 1280, player.getHeight() / 760);
        return Math.max(9, 16 * (Double.isFinite(scale) && scale > 0 ? scale : 1));
    }

    private void showWaiting(Session.State state) {
        pseudoClassStateChanged(PAUSED, state == Session.State.READY || state == Session.State.PAUSED);
    }

    // ------------------------------------------------------------------ keys

    private boolean insideAControl(Node node) {
        for (Node n = node; n != null && n != this; n = n.getParent()) {
            if (n instanceof Control && !(n instanceof Label)) {
                return true;
            }
        }
        return false;
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextField && event.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (handleKey(event.getCode(), event.getText())) {
            event.consume();
        }
    }

    /**
     * Space play/pause, ←/→ and Page Up/Down steps, R restart, N skip rest, E rest 15 s longer, +/− tempo, L level,
     * F full screen, P present, ? help.
     */
    public boolean handleKey(KeyCode code, String typed) {
        switch (code) {
            case SPACE -> model.togglePlay();
            case LEFT, PAGE_UP -> model.previousStep();
            case RIGHT, PAGE_DOWN -> model.nextStep();
            case R -> model.restartStep();
            case N -> model.skipRest();
            case E -> model.extendRest();
            case L -> exercise.levelMenu().open();
            case PLUS, ADD, EQUALS -> model.tempoUp();
            case MINUS, SUBTRACT -> model.tempoDown();
            case F -> onFullScreen.run();
            case M -> model.toggleMute();
            case P -> onPresent.run();
            case V -> {
                if (exercise.clipView() == null) {
                    return false;
                }
                toggleClipLayout();
            }
            case T -> {
                if (song == null) {
                    return false;
                }
                song.tap();
            }
            case S -> {
                if (song == null) {
                    return false;
                }
                showSongPanel(!isSongPanelShowing());
            }
            case ESCAPE -> {
                if (help.isVisible()) {
                    toggleHelp();
                } else if (isSongPanelShowing()) {
                    showSongPanel(false);
                } else {
                    return false;
                }
            }
            default -> {
                if ("?".equals(typed) || code == KeyCode.SLASH || code == KeyCode.H) {
                    toggleHelp();
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    public void toggleHelp() {
        help.toggle();
    }

    public boolean isHelpShowing() {
        return help.isVisible();
    }
}
