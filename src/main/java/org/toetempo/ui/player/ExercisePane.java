package org.toetempo.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.media.ClipPosition;
import org.toetempo.media.ClipStore;
import org.toetempo.media.ClipTiming;
import org.toetempo.routine.Side;
import org.toetempo.routine.Wording;
import org.toetempo.settings.Settings;
import org.toetempo.text.Messages;
import org.toetempo.timing.Activity;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Session;
import org.toetempo.timing.Snapshot;
import org.toetempo.ui.controls.BeatIndicator;
import org.toetempo.ui.controls.FootFigure;

import java.util.Locale;

/**
 * What to do now, the middle of the player: which foot (a badge at that foot's side), the exercise and its level,
 * the phase as one huge word, reps and sets, the beat, the rest buttons, the moving foot figure (or the exercise's
 * video), and under them how to do it, the coaching cues, a question and what comes next.
 */
final class ExercisePane extends BorderPane {

    static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");
    static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    static final PseudoClass BOTH = PseudoClass.getPseudoClass("both");

    private final PlayerModel model;
    private final Messages text;
    private final Region sizing;
    private final Label phaseWord = new Label();
    private final Label footBanner = new Label();
    private final HBox footRow = new HBox();
    private final FootFigure figure = new FootFigure();
    private final BeatIndicator beat = new BeatIndicator();
    private final StackPane figureBox;
    private final HBox middle;
    private final StackPane body;
    private final LevelMenu level;
    /** The exercise's own video, when the app gave the player a clip folder. */
    private ClipView clipView;
    private Settings.ClipLayout clipLayout = Settings.ClipLayout.BESIDE_FIGURE;
    private double lastShare = -1;
    private boolean presenting;

    /** {@code sizing} is the player, whose size sets the figure's and the phase word's. */
    ExercisePane(PlayerModel model, Region sizing, PlayerIcons icons) {
        this.model = model;
        this.text = model.text();
        this.sizing = sizing;
        footBanner.setId("foot-banner");
        footBanner.getStyleClass().add("foot-banner");
        footBanner.setMinWidth(Region.USE_PREF_SIZE);
        footRow.getChildren().add(footBanner);
        footRow.getStyleClass().add("foot-row");

        Label title = new Label();
        title.setId("exercise-title");
        title.getStyleClass().add("exercise-title");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        level = new LevelMenu(model, text);

        phaseWord.setId("phase-word");
        phaseWord.getStyleClass().add("phase-word");
        phaseWord.textProperty().bind(model.phaseWordProperty());
        phaseWord.setMinHeight(Region.USE_PREF_SIZE);

        Label reps = counter("rep-counter", model.repTextProperty());
        Label sets = counter("set-counter", model.setTextProperty());
        VBox repBox = new VBox(caption("rep-caption", text.get("player.rep")), reps);
        VBox setBox = new VBox(caption("set-caption", text.get("player.set")), sets);
        repBox.getStyleClass().add("counter-box");
        setBox.getStyleClass().add("counter-box");
        beat.setId("beat-indicator");
        beat.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // The level beside the counters, not the title: beside a long title it squeezed the title to "…".
        HBox counters = new HBox(repBox, setBox, beat, level);
        counters.setAlignment(Pos.CENTER_LEFT);
        counters.getStyleClass().add("counters");
        // "Well done" has no reps or sets to count: REP and SET over nothing read as a fault.
        counters.visibleProperty().bind(model.activityProperty().isNotEqualTo(Activity.DONE));
        counters.managedProperty().bind(counters.visibleProperty());

        VBox left = new VBox(6, title, phaseArea(), counters, level.notice(), restActions(icons));
        left.getStyleClass().add("player-main");
        left.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(left, Priority.ALWAYS);

        figure.setId("foot-figure");
        figure.wordsProperty().set(text);
        figure.momentProperty().bind(Bindings.createObjectBinding(() -> momentOf(model.snapshotProperty().get()),
                model.snapshotProperty()));
        figure.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        figureBox = new StackPane(figure);
        figureBox.getStyleClass().add("figure-box");
        figureBox.prefWidthProperty().bind(sizing.widthProperty().multiply(0.38));
        figureBox.setMinWidth(0);

        middle = new HBox(16, left, figureBox);
        middle.getStyleClass().add("player-middle");

        BorderPane work = new BorderPane();
        work.setCenter(middle);
        work.setBottom(notes());
        BorderPane.setMargin(middle, new Insets(4, 0, 4, 0));
        // Drawers (the song panel) open over this part, below the side badge: the badge must stay in sight.
        body = new StackPane(work);
        body.setMinHeight(0);
        setTop(footRow);
        setCenter(body);
        getStyleClass().add("player-center");

        model.footProperty().addListener((obs, old, side) -> showFoot(side));
        showFoot(model.footProperty().get());
        beat.beatProperty().bind(model.beatProperty());
        beat.beatProgressProperty().bind(model.beatProgressProperty());
        beat.accentProperty().bind(model.accentProperty());
        model.activityProperty().addListener((obs, old, activity) ->
                phaseWord.pseudoClassStateChanged(PseudoClass.getPseudoClass("count"), activity == Activity.COUNT_IN));
        // The phase word takes the room it has: long words ("RELEASE 5") shrink rather than clip.
        phaseWord.textProperty().addListener(o -> fitPhaseWord());
        sizing.widthProperty().addListener(o -> fitPhaseWord());
        sizing.heightProperty().addListener(o -> fitPhaseWord());
    }

    /** Puts a drawer over the exercise, at the right, below the side badge. */
    void overlay(Region drawer) {
        StackPane.setAlignment(drawer, Pos.TOP_RIGHT);
        // As tall as it needs and no taller than the room: a short window scrolls it.
        drawer.setMaxHeight(Region.USE_PREF_SIZE);
        drawer.setMinHeight(0);
        StackPane.setMargin(drawer, new Insets(0, 0, 8, 0));
        body.getChildren().add(drawer);
    }

    LevelMenu levelMenu() {
        return level;
    }

    void present(boolean on) {
        presenting = on;
        level.present(on);
        figure.paletteProperty().set(on ? Palette.PRESENTATION : null);
        fitPhaseWord();
    }

    private VBox notes() {
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
        next.setWrapText(true);
        VBox bottom = new VBox(6, prompt, instruction, cues, next);
        bottom.getStyleClass().add("player-notes");
        return bottom;
    }

    /**
     * The phase word with PAUSED over it while paused: a dimmed word alone reads as "nothing happening" from across
     * the room, a solid badge does not. Fixed black on amber, so it stands out the same on light and dark.
     */
    private StackPane phaseArea() {
        Label paused = new Label(text.get("player.paused"));
        paused.setId("paused-badge");
        paused.getStyleClass().add("paused-badge");
        paused.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        paused.visibleProperty().bind(model.stateProperty().isEqualTo(Session.State.PAUSED));
        paused.setMouseTransparent(true);
        StackPane area = new StackPane(phaseWord, paused);
        area.setAlignment(Pos.CENTER_LEFT);
        return area;
    }

    /** During a rest: skip it or make it longer, with the mouse as with N and E (presenting too: it has no bar). */
    private HBox restActions(PlayerIcons icons) {
        Button skip = icons.button(Feather.FAST_FORWARD, text.get("player.skip-rest"), text.get("player.skip-rest.tip"));
        skip.setId("skip-rest");
        skip.setOnAction(e -> model.skipRest());
        Button longer = icons.button(Feather.PLUS_CIRCLE, text.get("player.extend-rest", PlayerModel.REST_EXTENSION_SECONDS),
                text.get("player.extend-rest.tip", PlayerModel.REST_EXTENSION_SECONDS));
        longer.setId("extend-rest");
        longer.setOnAction(e -> model.extendRest());
        for (Button button : new Button[] {skip, longer}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add("rest-action");
        }
        HBox box = new HBox(8, skip, longer);
        box.setId("rest-actions");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.activityProperty().isEqualTo(Activity.REST));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Shows each exercise's own video (when it has one) beside the foot figure or in its place, in step with the
     * beat.
     */
    void showClips(ClipStore clips, Settings.ClipLayout layout) {
        clipView = new ClipView(clips::find, text);
        clipView.prefWidthProperty().bind(sizing.widthProperty().multiply(0.34));
        clipView.setMaxHeight(Double.MAX_VALUE);
        clipView.setVisible(false);
        clipView.setManaged(false);
        middle.getChildren().add(clipView);
        clipLayout = layout;
    }

    ClipView clipView() {
        return clipView;
    }

    Settings.ClipLayout toggleClipLayout() {
        clipLayout = clipLayout == Settings.ClipLayout.BESIDE_FIGURE
                ? Settings.ClipLayout.INSTEAD_OF_FIGURE : Settings.ClipLayout.BESIDE_FIGURE;
        followClip();
        return clipLayout;
    }

    /** Where the video should be now, from the session's position (the audio clock), handed to the video. */
    void followClip() {
        if (clipView == null) {
            return;
        }
        Snapshot now = model.snapshotProperty().get();
        ClipPosition wanted = now == null || now.activity() == Activity.DONE ? null
                : ClipTiming.at(model.schedule(), now.nanos());
        clipView.follow(wanted);
        boolean video = clipView.showing();
        // Presenting, the room is for what the patients across the room need to see: the video, large.
        boolean instead = video && (clipLayout == Settings.ClipLayout.INSTEAD_OF_FIGURE || presenting);
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
            clipView.prefWidthProperty().bind(sizing.widthProperty().multiply(share));
            figureBox.prefWidthProperty().bind(sizing.widthProperty().multiply(video && !instead ? 0.27 : 0.38));
        }
    }

    void closeClips() {
        if (clipView != null) {
            clipView.close();
        }
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

    private void fitPhaseWord() {
        double width = sizing.getWidth() * 0.56;
        String word = phaseWord.getText() == null ? "" : phaseWord.getText();
        if (width <= 0 || word.isEmpty()) {
            return;
        }
        double base = PlayerView.baseFontSize(sizing);
        double wanted = (presenting ? 11 : 8.5) * base;
        // Bold capitals of DejaVu Sans are about 0.78 em wide on average.
        double fits = width / (word.length() * 0.78);
        phaseWord.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.min(wanted, fits)));
    }

    private void showFoot(Side side) {
        footBanner.setText(PlayerWords.footLabel(side, text));
        footRow.pseudoClassStateChanged(LEFT, side == Side.LEFT);
        footRow.pseudoClassStateChanged(RIGHT, side == Side.RIGHT);
        footRow.pseudoClassStateChanged(BOTH, side == Side.BOTH);
        // Position tells the foot too: left foot at the left edge, right foot at the right edge.
        footRow.setAlignment(side == Side.LEFT ? Pos.CENTER_LEFT : side == Side.RIGHT ? Pos.CENTER_RIGHT : Pos.CENTER);
        footBanner.setVisible(side != null);
    }

    private static Label counter(String id, ObservableValue<String> shown) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("counter");
        label.textProperty().bind(shown);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label caption(String id, String words) {
        Label label = new Label(words);
        label.setId(id);
        label.getStyleClass().addAll("caption", "counter-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
