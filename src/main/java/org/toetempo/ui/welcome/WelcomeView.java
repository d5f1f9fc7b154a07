package org.toetempo.ui.welcome;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.Transition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedRoutine;

import java.util.List;

import static java.time.Duration.ofNanos;

/**
 * The first-run welcome: what Toe Tempo does, the safety screen (when to stop and see a clinician), a sound
 * check and a suggested first routine. Also reachable later from the library.
 */
public final class WelcomeView extends BorderPane {

    /** How long the sound check plays (the start of Musical Toes: count-in, its name, a few reps). */
    public static final double SOUND_CHECK_SECONDS = 13;

    private final Label checkStatus = new Label();
    private final PauseTransition checkPlaying;
    private final FadeTransition checkPulse;

    /**
     * @param first the routine suggested first (its name, length and summary are read from it, as it plays), or
     *              {@code null} when it cannot be read: then only browsing is offered
     */
    public WelcomeView(Messages text, Routine first, Runnable soundCheck, Runnable startSuggested, Runnable browse) {
        this(text, first, soundCheck, startSuggested, browse, Duration.seconds(SOUND_CHECK_SECONDS));
    }

    /** {@code checkLength}: how long the sound check plays, so the view can say when it has. */
    WelcomeView(Messages text, Routine first, Runnable soundCheck, Runnable startSuggested, Runnable browse,
                Duration checkLength) {
        getStyleClass().add("welcome");
        setId("welcome");
        Label title = new Label(text.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label intro = wrapped(text.get("welcome.intro"));
        Label safetyTitle = new Label(text.get("welcome.before-you-start"));
        safetyTitle.getStyleClass().add("section-title");
        VBox safety = new VBox(6);
        for (String line : safety(text)) {
            safety.getChildren().add(wrapped("•  " + line));
        }

        Button check = new Button(text.get("welcome.sound-check"), new FontIcon(Feather.VOLUME_2));
        check.setId("sound-check");
        check.setMinWidth(Region.USE_PREF_SIZE);
        // A click that seems to do nothing (sound off, wrong output) must still show it did something: "Playing…"
        // pulses while the check plays, then "Played" with a check mark says it is over, so silence means the sound is the problem.
        checkStatus.setId("sound-check-status");
        checkStatus.getStyleClass().add("sound-check-status");
        checkStatus.setWrapText(true);
        checkStatus.setMinHeight(Region.USE_PREF_SIZE);
        checkStatus.visibleProperty().bind(checkStatus.textProperty().isNotEqualTo(" "));
        // Its line is kept while empty: the welcome opens in a dialog sized once, which must not clip it later.
        checkStatus.setText(" ");
        FontIcon playingIcon = new FontIcon(Feather.VOLUME_2);
        playingIcon.setId("sound-check-playing");
        checkPulse = new FadeTransition(Duration.millis(600), playingIcon);
        checkPulse.setFromValue(1);
        checkPulse.setToValue(0.3);
        checkPulse.setAutoReverse(true);
        checkPulse.setCycleCount(Transition.INDEFINITE);
        checkPlaying = new PauseTransition(checkLength);
        checkPlaying.setOnFinished(e -> {
            checkPulse.stop();
            FontIcon done = new FontIcon(Feather.CHECK_CIRCLE);
            done.setId("sound-check-played");
            checkStatus.setGraphic(done);
            checkStatus.setText(text.get("welcome.sound-check.played"));
        });
        check.setOnAction(e -> {
            soundCheck.run();
            checkStatus.setGraphic(playingIcon);
            checkStatus.setText(text.get("welcome.sound-check.playing"));
            checkPlaying.playFromStart();
            checkPulse.playFromStart();
        });
        Button later = new Button(text.get("welcome.browse"));
        later.setId("browse-routines");
        later.setCancelButton(true);
        later.setMinWidth(Region.USE_PREF_SIZE);
        later.setOnAction(e -> browse.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, check, spacer, later);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(14, title, intro, safetyTitle, safety);
        if (first != null) {
            // Its name, length and summary as the routine plays them now, never a sentence that goes stale.
            PlayedRoutine played = PlayedRoutine.of(first, PlayOptions.defaults());
            Label suggestion = wrapped(text.get("welcome.suggestion", first.name(),
                    text.duration(ofNanos(played.schedule().totalNanos())), played.summary(text)));
            suggestion.setId("suggested-routine");
            Button start = new Button(text.get("welcome.start", first.name()), new FontIcon(Feather.PLAY));
            start.setId("start-suggested");
            start.getStyleClass().add("accent");
            start.setDefaultButton(true);
            start.setMinWidth(Region.USE_PREF_SIZE);
            start.setOnAction(e -> startSuggested.run());
            buttons.getChildren().add(start);
            content.getChildren().add(suggestion);
        }
        content.setMaxWidth(720);
        // The words scroll on a small screen; the buttons stay in sight below them.
        double room = Screen.getPrimary().getVisualBounds().getHeight() - 220;
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                // Opened as a dialog sized to its content: no taller than the screen leaves room for.
                // At the width the words wrap to: asked with none, each wrapping label would count one long line.
                double words = content.prefHeight(getPrefViewportWidth()) + snappedTopInset() + snappedBottomInset();
                return Math.min(words, Math.max(200, room));
            }
        };
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefViewportWidth(720);
        VBox bottom = new VBox(10, buttons, checkStatus);
        bottom.setPadding(new Insets(14, 0, 0, 0));
        setCenter(scroll);
        setBottom(bottom);
        setMaxWidth(720 + 72);
    }

    /** When not to start, or to stop and see a clinician; and how to be safe with balance work. */
    public static List<String> safety(Messages text) {
        return List.of(text.get("welcome.safety.pain"), text.get("welcome.safety.fracture"),
                text.get("welcome.safety.numb"), text.get("welcome.safety.wound"), text.get("welcome.safety.surgery"),
                text.get("welcome.safety.balance"), text.get("welcome.safety.cramp"));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("welcome-text");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
