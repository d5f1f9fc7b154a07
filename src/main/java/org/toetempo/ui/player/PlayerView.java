package org.toetempo.ui.player;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.audio.SoundMode;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.media.ClipPosition;
import org.toetempo.media.ClipStore;
import org.toetempo.media.ClipTiming;
import org.toetempo.routine.Side;
import org.toetempo.routine.Wording;
import org.toetempo.settings.Settings;
import org.toetempo.timing.Activity;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Session;
import org.toetempo.timing.Snapshot;
import org.toetempo.ui.controls.BeatIndicator;
import org.toetempo.ui.controls.FootFigure;
import org.toetempo.ui.controls.ShrinkingBar;
import org.toetempo.ui.song.SongModel;
import org.toetempo.ui.song.SongPanel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The player screen: which foot, the phase as one huge word, reps and sets, the beat, the moving foot figure,
 * what to do and what comes next, and the controls. Every size is in em of a root font that follows the window
 * size, so the screen reads the same from 800×600 to 4K. In presentation mode the chrome hides and the rest grows.
 */
public final class PlayerView extends StackPane {

    static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    static final PseudoClass BOTH = PseudoClass.getPseudoClass("both");
    static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final PlayerModel model;
    private final BorderPane layout = new BorderPane();
    private final Label phaseWord = new Label();
    private final Label footBanner = new Label();
    private final HBox footRow = new HBox();
    private final FootFigure figure = new FootFigure();
    private StackPane figureBox;
    private HBox middle;
    /** The exercise's own video, when the app gave the player a clip folder. */
    private ClipView clipView;
    private Settings.ClipLayout clipLayout = Settings.ClipLayout.BESIDE_FIGURE;
    private Consumer<Settings.ClipLayout> onClipLayout = layout -> { };
    private final BeatIndicator beat = new BeatIndicator();
    private final StepProgress progress = new StepProgress();
    private final TextField tempoField = new TextField();
    private final Button playButton = new Button();
    private final VBox help = helpOverlay();
    private final HBox controls;
    private ShrinkingBar shrinkingControls;
    private final HBox songControls = new HBox(4);
    private SongModel song;
    private SongPanel songPanel;
    private final VBox header;
    private final AnimationTimer frames;
    private Runnable onBack = () -> { };
    private Runnable onPresent = () -> { };
    private Runnable onFullScreen = () -> { };
    private Runnable onSafety = () -> { };
    private final List<FontIcon> icons = new ArrayList<>();
    private int iconSize = 18;

    public PlayerView(PlayerModel model) {
        this.model = model;
        getStyleClass().add("player");
        setId("player");

        header = header();
        controls = controls();
        layout.setTop(header);
        layout.setCenter(center());
        layout.setBottom(controls);
        getChildren().addAll(layout, help);
        help.setVisible(false);

        // One root font size drives every em in the stylesheet.
        styleProperty().bind(Bindings.createStringBinding(() -> {
            return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", baseFontSize());
        }, widthProperty(), heightProperty()));
        widthProperty().addListener(o -> resizeIcons((int) Math.round(baseFontSize() * 1.25)));
        heightProperty().addListener(o -> resizeIcons((int) Math.round(baseFontSize() * 1.25)));

        bind();
        progress.setSteps(model.steps(), model.totalNanos());
        progress.setId("step-progress");
        progress.setOnStepChosen(model::jumpToStep);
        progress.setPosition(model.snapshotProperty().get().nanos());
        // The phase word takes the room it has: long words ("RELEASE 5") shrink rather than clip.
        phaseWord.textProperty().addListener(o -> fitPhaseWord());
        widthProperty().addListener(o -> fitPhaseWord());
        heightProperty().addListener(o -> fitPhaseWord());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.refresh();
                followClip();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                frames.stop();
                if (clipView != null) {
                    clipView.close();
                }
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
        clipView = new ClipView(clips::find);
        clipView.prefWidthProperty().bind(widthProperty().multiply(0.34));
        clipView.setMaxHeight(Double.MAX_VALUE);
        clipView.setVisible(false);
        clipView.setManaged(false);
        middle.getChildren().add(clipView);
        clipLayout = layout;
        onClipLayout = onLayout;
        addHelp("V", "Exercise video beside the foot figure, or in its place");
    }

    /** Switches the video between beside the figure and in its place. */
    public void toggleClipLayout() {
        clipLayout = clipLayout == Settings.ClipLayout.BESIDE_FIGURE
                ? Settings.ClipLayout.INSTEAD_OF_FIGURE : Settings.ClipLayout.BESIDE_FIGURE;
        onClipLayout.accept(clipLayout);
        followClip();
    }

    /** Where the video should be now, from the session's position (the audio clock), handed to the video. */
    private void followClip() {
        if (clipView == null) {
            return;
        }
        Snapshot now = model.snapshotProperty().get();
        ClipPosition wanted = now == null || now.activity() == Activity.DONE ? null
                : ClipTiming.at(model.schedule(), now.nanos());
        clipView.follow(wanted);
        boolean video = clipView.showing();
        // Presenting, the room is for what the patients across the room need to see: the video, large.
        boolean instead = video && (clipLayout == Settings.ClipLayout.INSTEAD_OF_FIGURE
                || getPseudoClassStates().contains(PRESENTATION));
        if (clipView.isVisible() != video) {
            clipView.setVisible(video);
            clipView.setManaged(video);
        }
        if (figureBox.isVisible() == instead) {
            figureBox.setVisible(!instead);
            figureBox.setManaged(!instead);
        }
        // Beside the figure, the two share the figure's room and a little of the text's, so the phase word keeps
        // its size; in place of the figure, the video takes the figure's room and more.
        double share = !video ? 0 : instead ? 0.46 : 0.27;
        if (share != lastShare) {
            lastShare = share;
            clipView.prefWidthProperty().bind(widthProperty().multiply(share));
            figureBox.prefWidthProperty().bind(widthProperty().multiply(video && !instead ? 0.27 : 0.38));
        }
    }

    private double lastShare = -1;

    ClipView clipView() {
        return clipView;
    }

    /** Hides the chrome and enlarges the rest, for a clinic TV or projector. */
    public void setPresentation(boolean on) {
        pseudoClassStateChanged(PRESENTATION, on);
        figure.paletteProperty().set(on ? Palette.PRESENTATION : null);
        fitPhaseWord();
        header.setVisible(!on);
        header.setManaged(!on);
        controls.setVisible(!on);
        controls.setManaged(!on);
    }

    /**
     * Adds a control to the header, before the time left (for features that live outside the player, e.g. the
     * timing check): the bottom bar has no room to spare in a small window.
     */
    public void addControl(Node control) {
        HBox top = (HBox) header.getChildren().get(0);
        int spacer = 0;
        while (spacer < top.getChildren().size() && HBox.getHgrow(top.getChildren().get(spacer)) != Priority.ALWAYS) {
            spacer++;
        }
        top.getChildren().add(Math.min(spacer + 1, top.getChildren().size()), control);
        // Never cut short: it keeps its width, and its buttons are the first to give up their words.
        if (control instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        List<ButtonBase> buttons = new ArrayList<>();
        if (control instanceof ButtonBase button) {
            buttons.add(button);
        } else if (control instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof ButtonBase button) {
                    buttons.add(button);
                }
            }
        }
        for (ButtonBase button : buttons) {
            if (button.getGraphic() != null) {
                ((ShrinkingBar) top).shrinkFirst(button);
            }
        }
    }

    /** Adds a line to the keyboard help. */
    public void addHelp(String key, String what) {
        help.getChildren().add(helpRow(key, what));
    }

    /**
     * Where the figure is in the exercise: the current step's (during a count-in, the coming step's) exercise, level,
     * phases, phase and progress on the working foot; outside reps the phase is -1, the start position.
     */
    static Moment momentOf(Snapshot s) {
        if (s == null) {
            return null;
        }
        ScheduledStep step = s.step() != null ? s.step() : s.nextStep();
        if (step == null) {
            return null;
        }
        Side side = s.foot() != null ? s.foot() : step.step().side();
        int phase = s.step() != null ? s.phaseIndex() : -1;
        return new Moment(step.exercise(), step.level(), Wording.phasesOf(step.step(), step.exercise()), phase,
                s.progress(), side);
    }

    /** A view of the same session without controls, for a second screen. */
    public static PlayerView presentationOf(PlayerModel model) {
        PlayerView view = new PlayerView(model);
        view.setPresentation(true);
        return view;
    }

    // ------------------------------------------------------------------ layout

    private VBox header() {
        Button back = iconButton(Feather.ARROW_LEFT, "Library", "Back to the routine library (stops the session)");
        back.setId("player-back");
        back.setOnAction(e -> onBack.run());
        Label name = new Label(model.routine().name());
        name.getStyleClass().add("player-routine");
        Label block = new Label();
        block.getStyleClass().add("player-block");
        block.textProperty().bind(model.blockNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label timeLeft = new Label();
        timeLeft.setId("time-left");
        timeLeft.getStyleClass().add("player-time");
        timeLeft.textProperty().bind(model.timeLeftProperty());
        Button safety = iconButton(Feather.ALERT_TRIANGLE, "Safety", "This routine's safety notes");
        safety.setId("player-safety");
        safety.setOnAction(e -> onSafety.run());
        ShrinkingBar top = new ShrinkingBar(12, back, name, block, spacer,
                timeLeft, safety);
        // In a narrow window Safety and Library become icons; then the block's name steps aside (its steps still
        // show in the progress bar). The routine's name and the time left always show in full.
        name.setMinWidth(Region.USE_PREF_SIZE);
        timeLeft.setMinWidth(Region.USE_PREF_SIZE);
        top.shrinkInOrder(safety, back);
        top.hideLastOf(block);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("sound-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.soundNoticeProperty());
        notice.visibleProperty().bind(model.soundNoticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, top, progress, notice);
        box.getStyleClass().add("player-header");
        return box;
    }

    private BorderPane center() {
        footBanner.setId("foot-banner");
        footBanner.getStyleClass().add("foot-banner");
        footRow.getChildren().add(footBanner);
        footRow.getStyleClass().add("foot-row");

        Label title = new Label();
        title.setId("exercise-title");
        title.getStyleClass().add("exercise-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);

        phaseWord.setId("phase-word");
        phaseWord.getStyleClass().add("phase-word");
        phaseWord.textProperty().bind(model.phaseWordProperty());
        phaseWord.setMinHeight(Region.USE_PREF_SIZE);

        Label reps = counter("rep-counter", model.repTextProperty());
        Label sets = counter("set-counter", model.setTextProperty());
        VBox repBox = new VBox(captionLabel("REP"), reps);
        VBox setBox = new VBox(captionLabel("SET"), sets);
        repBox.getStyleClass().add("counter-box");
        setBox.getStyleClass().add("counter-box");
        beat.setId("beat-indicator");
        HBox counters = new HBox(repBox, setBox, beat);
        counters.setAlignment(Pos.CENTER_LEFT);
        counters.getStyleClass().add("counters");

        VBox left = new VBox(6, title, phaseArea(), counters, restActions());
        left.getStyleClass().add("player-main");
        left.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(left, Priority.ALWAYS);

        figure.setId("foot-figure");
        figure.momentProperty().bind(Bindings.createObjectBinding(() -> momentOf(model.snapshotProperty().get()),
                model.snapshotProperty()));
        figure.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        figureBox = new StackPane(figure);
        figureBox.getStyleClass().add("figure-box");
        figureBox.prefWidthProperty().bind(widthProperty().multiply(0.38));
        figureBox.setMinWidth(0);

        middle = new HBox(16, left, figureBox);
        middle.getStyleClass().add("player-middle");

        Label instruction = new Label();
        instruction.setId("instruction");
        instruction.getStyleClass().add("instruction");
        instruction.textProperty().bind(model.instructionProperty());
        instruction.setWrapText(true);
        Label cues = new Label();
        cues.setId("cues");
        cues.getStyleClass().add("coaching-cues");
        cues.textProperty().bind(model.cuesProperty());
        cues.setWrapText(true);
        Label prompt = new Label();
        prompt.setId("prompt");
        prompt.getStyleClass().add("prompt");
        prompt.textProperty().bind(model.promptProperty());
        prompt.visibleProperty().bind(model.promptProperty().isNotNull());
        prompt.managedProperty().bind(prompt.visibleProperty());
        prompt.setWrapText(true);
        Label next = new Label();
        next.setId("next");
        next.getStyleClass().add("next-up");
        next.textProperty().bind(model.nextTextProperty());
        VBox bottom = new VBox(6, prompt, instruction, cues, next);
        bottom.getStyleClass().add("player-notes");

        BorderPane center = new BorderPane();
        center.setTop(footRow);
        center.setCenter(middle);
        center.setBottom(bottom);
        center.getStyleClass().add("player-center");
        BorderPane.setMargin(middle, new Insets(4, 0, 4, 0));
        return center;
    }

    /**
     * The phase word with PAUSED over it while paused: a dimmed word alone reads as "nothing happening" from across
     * the room, a solid badge does not. Fixed black on amber, so it stands out the same on light and dark.
     */
    private StackPane phaseArea() {
        Label paused = new Label("PAUSED");
        paused.setId("paused-badge");
        paused.getStyleClass().add("paused-badge");
        paused.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        paused.visibleProperty().bind(model.stateProperty().isEqualTo(Session.State.PAUSED));
        paused.setMouseTransparent(true);
        StackPane area = new StackPane(phaseWord, paused);
        area.setAlignment(Pos.CENTER_LEFT);
        return area;
    }

    /** During a rest: skip it or make it longer, with the mouse as with N and E. */
    private HBox restActions() {
        Button skip = iconButton(Feather.FAST_FORWARD, "Skip rest", "Skip this rest (N)");
        skip.setId("skip-rest");
        skip.setOnAction(e -> model.skipRest());
        Button longer = iconButton(Feather.PLUS_CIRCLE, "+" + PlayerModel.REST_EXTENSION_SECONDS + " s",
                "Rest " + PlayerModel.REST_EXTENSION_SECONDS + " s longer (E)");
        longer.setId("extend-rest");
        longer.setOnAction(e -> model.extendRest());
        HBox box = new HBox(8, skip, longer);
        box.setId("rest-actions");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.activityProperty().isEqualTo(Activity.REST));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox controls() {
        Button previous = iconButton(Feather.SKIP_BACK, null, "Previous step (←)");
        previous.setId("previous-step");
        previous.setOnAction(e -> model.previousStep());
        playButton.setId("play-pause");
        playButton.getStyleClass().addAll("play-button", "accent");
        playButton.setOnAction(e -> model.togglePlay());
        Button next = iconButton(Feather.SKIP_FORWARD, null, "Next step (→)");
        next.setId("next-step");
        next.setOnAction(e -> model.nextStep());
        Button restart = iconButton(Feather.ROTATE_CCW, null, "Restart this step (R)");
        restart.setId("restart-step");
        restart.setOnAction(e -> model.restartStep());

        Button slower = iconButton(Feather.MINUS, null, "Slower (−)");
        slower.setId("tempo-down");
        slower.setOnAction(e -> model.tempoDown());
        Button faster = iconButton(Feather.PLUS, null, "Faster (+)");
        faster.setId("tempo-up");
        faster.setOnAction(e -> model.tempoUp());
        tempoField.setId("tempo-field");
        tempoField.setAccessibleText("Tempo in beats per minute");
        tempoField.setPrefColumnCount(4);
        tempoField.setOnAction(e -> applyTempoField());
        tempoField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyTempoField();
            }
        });
        Label bpmLabel = new Label("BPM");
        bpmLabel.getStyleClass().add("caption");
        bpmLabel.setMinWidth(Region.USE_PREF_SIZE);
        tempoField.setMinWidth(Region.USE_PREF_SIZE);
        HBox tempo = new HBox(slower, tempoField, faster, bpmLabel);
        tempo.setAlignment(Pos.CENTER);
        tempo.getStyleClass().add("tempo-box");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button present = iconButton(Feather.MONITOR, "Present", "Presentation mode on a second screen (P); full screen (F)");
        present.setId("present");
        present.setOnAction(e -> onPresent.run());
        Button keys = iconButton(Feather.HELP_CIRCLE, null, "Keyboard shortcuts (?)");
        keys.setId("show-help");
        keys.setOnAction(e -> toggleHelp());

        Button mute = new Button();
        mute.setId("mute");
        mute.setOnAction(e -> model.toggleMute());
        Runnable showMute = () -> {
            boolean on = model.mutedProperty().get();
            icons.remove(mute.getGraphic());
            mute.setGraphic(icon(on ? Feather.VOLUME_X : Feather.VOLUME_2));
            mute.setTooltip(new Tooltip(on ? "Sound off (M)" : "Sound on (M)"));
            mute.setAccessibleText(on ? "Unmute (M)" : "Mute (M)");
        };
        model.mutedProperty().addListener(o -> showMute.run());
        showMute.run();
        // What is heard and how loud, in one menu: the bar stays short enough for 800 px without clipping.
        MenuButton sound = new MenuButton("Sound", icon(Feather.HEADPHONES));
        sound.setId("sound-menu");
        sound.setAccessibleText("Sound: what you hear and how loud");
        sound.setTooltip(new Tooltip("Sound: clicks, voice and volumes"));
        ToggleGroup modes = new ToggleGroup();
        for (SoundMode value : SoundMode.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (value) {
                case BOTH -> "Clicks and voice";
                case CLICKS -> "Clicks only";
                case VOICE -> "Voice only";
            });
            item.setId("sound-" + value.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(modes);
            item.setSelected(model.soundProperty().get() == value);
            item.setOnAction(e -> model.soundProperty().set(value));
            model.soundProperty().addListener((o, was, now) -> item.setSelected(now == value));
            sound.getItems().add(item);
        }
        Slider clicks = volumeSlider("click-volume", "Click volume", model.clickVolumeProperty());
        Slider voice = volumeSlider("voice-volume", "Voice volume", model.voiceVolumeProperty());
        Slider musicLevel = volumeSlider("music-volume", "Song volume", model.musicVolumeProperty());
        sound.getItems().addAll(new SeparatorMenuItem(),
                new CustomMenuItem(labelled("Clicks", clicks), false),
                new CustomMenuItem(labelled("Voice", voice), false),
                new CustomMenuItem(labelled("Song", musicLevel), false));

        songControls.setAlignment(Pos.CENTER_LEFT);
        songControls.setMinWidth(Region.USE_PREF_SIZE);
        ShrinkingBar bar = new ShrinkingBar(0, previous, playButton, next,
                restart, new Region(), tempo, songControls, spacer, mute, sound, present, keys);
        // In a narrow window the words go, least needed first; icons, tooltips and accessible names stay. Play keeps
        // its word (and its width, so the bar doesn't jump between Play and Pause).
        bar.shrinkInOrder(present, sound);
        shrinkingControls = bar;
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("player-controls");
        return bar;
    }

    /**
     * Adds the song controls: Metronome or Song, the song drawer (S), tapping the beat (T) and dropping a song file
     * on the player.
     */
    public void attachSong(SongModel songModel) {
        song = songModel;
        ToggleGroup source = new ToggleGroup();
        ToggleButton metronome = new ToggleButton("Metronome");
        metronome.setId("use-metronome");
        metronome.setToggleGroup(source);
        metronome.setAccessibleText("Follow the metronome");
        ToggleButton music = new ToggleButton("Song", icon(Feather.MUSIC));
        music.setId("use-song");
        music.setToggleGroup(source);
        music.setAccessibleText("Follow the song (S opens the song panel)");
        music.setTooltip(new Tooltip("Follow a song's beat (S: song panel, T: tap the beat)"));
        metronome.getStyleClass().add("left-pill");
        music.getStyleClass().add("right-pill");
        Runnable show = () -> source.selectToggle(songModel.useSongProperty().get() ? music : metronome);
        songModel.useSongProperty().addListener(o -> show.run());
        show.run();
        metronome.setOnAction(e -> {
            songModel.useSongProperty().set(false);
            show.run();
        });
        music.setOnAction(e -> {
            if (songModel.song() == null) {
                showSongPanel(true);
            } else {
                songModel.useSongProperty().set(true);
            }
            show.run();
        });
        Button more = iconButton(Feather.SLIDERS, null, "Song: open, tempo, beat and speed (S)");
        more.setId("song-more");
        more.setOnAction(e -> showSongPanel(!songPanel.isVisible()));
        for (ButtonBase button : List.of(metronome, music, more)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        songControls.getChildren().setAll(metronome, music, more);
        // After Present and Sound, the Song toggle shows only its note.
        shrinkingControls.shrinkInOrder(music);

        songPanel = new SongPanel(songModel);
        songPanel.setOnClose(() -> showSongPanel(false));
        songPanel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        songPanel.setPrefWidth(400);
        StackPane.setAlignment(songPanel, Pos.CENTER_RIGHT);
        songPanel.setVisible(false);
        getChildren().add(1, songPanel);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> SongPanel.isSong(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            Optional<File> file = e.getDragboard().getFiles().stream()
                    .filter(f -> SongPanel.isSong(f.toPath())).findFirst();
            file.ifPresent(f -> {
                songModel.load(f.toPath());
                showSongPanel(true);
            });
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** Shows or hides the song drawer. */
    public void showSongPanel(boolean on) {
        if (songPanel != null) {
            songPanel.setVisible(on);
            if (!on) {
                requestFocus();
            }
        }
    }

    public boolean isSongPanelShowing() {
        return songPanel != null && songPanel.isVisible();
    }

    private void bind() {
        model.footProperty().addListener((obs, old, side) -> showFoot(side));
        showFoot(model.footProperty().get());
        model.playingProperty().addListener((obs, old, playing) -> showPlaying(playing));
        showPlaying(model.playingProperty().get());
        beat.beatProperty().bind(model.beatProperty());
        beat.beatProgressProperty().bind(model.beatProgressProperty());
        beat.accentProperty().bind(model.accentProperty());
        model.snapshotProperty().addListener((obs, old, s) -> progress.setPosition(s.nanos()));
        model.bpmProperty().addListener((obs, old, value) -> {
            if (!tempoField.isFocused()) {
                tempoField.setText(Wording.number(value.doubleValue()));
            }
        });
        tempoField.setText(Wording.number(model.bpmProperty().get()));
        model.stepIndexProperty().addListener((obs, old, index) -> progress.setSteps(model.steps(), model.totalNanos()));
        model.scheduleProperty().addListener((obs, old, index) -> progress.setSteps(model.steps(), model.totalNanos()));
        model.activityProperty().addListener((obs, old, activity) ->
                phaseWord.pseudoClassStateChanged(PseudoClass.getPseudoClass("count"), activity == Activity.COUNT_IN));
    }

    private double baseFontSize() {
        double scale = Math.min(getWidth() / 1280, getHeight() / 760);
        return Math.max(9, 16 * (Double.isFinite(scale) && scale > 0 ? scale : 1));
    }

    private void resizeIcons(int size) {
        iconSize = Math.max(12, size);
        for (FontIcon icon : icons) {
            sizeIcon(icon);
        }
    }

    /** Inline, because the theme's stylesheet wins over a size set in code; FontIcon's own inline style is kept. */
    private void sizeIcon(FontIcon icon) {
        icon.setStyle(icon.getProperties().get("base-style") + "-fx-icon-size: " + iconSize + "px;");
    }

    private FontIcon icon(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getProperties().put("base-style", icon.getStyle() == null ? "" : icon.getStyle());
        sizeIcon(icon);
        icons.add(icon);
        return icon;
    }

    private void fitPhaseWord() {
        double width = getWidth() * 0.56;
        String text = phaseWord.getText() == null ? "" : phaseWord.getText();
        if (width <= 0 || text.isEmpty()) {
            return;
        }
        double base = baseFontSize();
        boolean presenting = getPseudoClassStates().contains(PRESENTATION);
        double wanted = (presenting ? 11 : 8.5) * base;
        // Bold capitals of DejaVu Sans are about 0.78 em wide on average.
        double fits = width / (text.length() * 0.78);
        phaseWord.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.min(wanted, fits)));
    }

    private void showFoot(Side side) {
        footBanner.textProperty().unbind();
        footBanner.setText(PlayerModel.footLabel(side));
        footRow.pseudoClassStateChanged(LEFT, side == Side.LEFT);
        footRow.pseudoClassStateChanged(RIGHT, side == Side.RIGHT);
        footRow.pseudoClassStateChanged(BOTH, side == Side.BOTH);
        // Position tells the foot too: left foot at the left edge, right foot at the right edge.
        footRow.setAlignment(side == Side.LEFT ? Pos.CENTER_LEFT : side == Side.RIGHT ? Pos.CENTER_RIGHT : Pos.CENTER);
        footBanner.setVisible(side != null);
    }

    private void showPlaying(boolean playing) {
        icons.remove(playButton.getGraphic());
        playButton.setGraphic(icon(playing ? Feather.PAUSE : Feather.PLAY));
        playButton.setText(playing ? "Pause" : "Play");
        playButton.setAccessibleText(playing ? "Pause (Space)" : "Play (Space)");
        playButton.setTooltip(new Tooltip(playing ? "Pause (Space)" : "Play (Space)"));
        pseudoClassStateChanged(PAUSED, !playing);
    }

    private void applyTempoField() {
        try {
            double value = Double.parseDouble(tempoField.getText().trim());
            tempoField.setText(Wording.number(model.setTempo(value)));
        } catch (NumberFormatException e) {
            tempoField.setText(Wording.number(model.bpmProperty().get()));
        }
    }

    // ------------------------------------------------------------------ keys

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextField && event.getCode() != KeyCode.ESCAPE) {
            return;
        }
        if (handleKey(event.getCode(), event.getText())) {
            event.consume();
        }
    }

    /** Space play/pause, ←/→ and Page Up/Down steps, R restart, N skip rest, E rest 15 s longer, +/− tempo, F full screen, P present, ? help. */
    public boolean handleKey(KeyCode code, String text) {
        switch (code) {
            case SPACE -> model.togglePlay();
            case LEFT, PAGE_UP -> model.previousStep();
            case RIGHT, PAGE_DOWN -> model.nextStep();
            case R -> model.restartStep();
            case N -> model.skipRest();
            case E -> model.extendRest();
            case PLUS, ADD, EQUALS -> model.tempoUp();
            case MINUS, SUBTRACT -> model.tempoDown();
            case F -> onFullScreen.run();
            case M -> model.toggleMute();
            case P -> onPresent.run();
            case V -> {
                if (clipView == null) {
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
                if ("?".equals(text) || code == KeyCode.SLASH || code == KeyCode.H) {
                    toggleHelp();
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    public void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    public boolean isHelpShowing() {
        return help.isVisible();
    }

    private static VBox helpOverlay() {
        VBox box = new VBox(8);
        box.getStyleClass().add("help-overlay");
        box.setId("help-overlay");
        Label title = new Label("Keyboard");
        title.getStyleClass().add("help-title");
        box.getChildren().add(title);
        String[][] keys = {
                {"Space", "Play / pause"}, {"← / →", "Previous / next step"}, {"Page Up / Down", "Previous / next step (clicker, foot pedal)"},
                {"R", "Restart this step"}, {"N", "Skip this rest"}, {"E", "Rest 15 s longer"}, {"+ / −", "Faster / slower"}, {"M", "Sound off / on"}, {"F", "Full screen"},
                {"P", "Present on a second screen"}, {"S", "Song: open one, fix its beat, change its speed"},
                {"T", "Tap along with the song's beat"},
                {"Esc", "Leave full screen, close this help"}, {"?", "Show or hide this help"}};
        for (String[] key : keys) {
            box.getChildren().add(helpRow(key[0], key[1]));
        }
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setOnMouseClicked(e -> box.setVisible(false));
        return box;
    }

    private static HBox helpRow(String key, String what) {
        Label k = new Label(key);
        k.getStyleClass().add("help-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(16, k, new Label(what));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label counter(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("counter");
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Slider volumeSlider(String id, String name,
                                                          DoubleProperty volume) {
        Slider slider = new Slider(0, 1, volume.get());
        slider.setId(id);
        slider.setAccessibleText(name);
        slider.setPrefWidth(180);
        slider.valueProperty().bindBidirectional(volume);
        return slider;
    }

    private static HBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.setMinWidth(60);
        HBox row = new HBox(8, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label captionLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private Button iconButton(Feather glyph, String text, String tooltip) {
        Button button = new Button(text, icon(glyph));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setFocusTraversable(true);
        return button;
    }
}
