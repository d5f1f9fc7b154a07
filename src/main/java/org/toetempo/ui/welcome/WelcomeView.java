package org.toetempo.ui.welcome;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.Transition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The first-run welcome: what Toe Tempo does, the safety screen (when to stop and see a clinician), a sound
 * check and a suggested first routine. Also reachable later from the library.
 */
public final class WelcomeView extends VBox {

    /** When not to start, or to stop and see a clinician; and how to be safe with balance work. */
    public static final List<String> SAFETY = List.of(
            "Stop an exercise at once if you feel sharp, stabbing or growing pain.",
            "See a clinician first if a spot on a foot bone is tender, or if foot pain is worse at night: "
                    + "it can be a stress fracture. No hopping or heel raises until you are cleared.",
            "See a clinician first if your feet are numb, tingle or burn, or you feel less in them "
                    + "(for example with diabetes). Do all balance work holding on, and check your skin after each session.",
            "Wait if you have an open wound, an ulcer, an infection, or a hot, red, swollen joint.",
            "After an ankle sprain, foot or ankle surgery or an injection, follow your clinician's advice on when to start.",
            "For balance work, stand next to a chair, counter or wall you can hold. With a balance problem or "
                    + "past falls, never close your eyes without someone or something to catch you.",
            "Cramp in the arch or toes is common in the first sessions: stop, stretch gently, then carry on with fewer reps.");

    /** How long the sound check plays (the start of Musical Toes: count-in, its name, a few reps). */
    public static final double SOUND_CHECK_SECONDS = 13;

    private final Label checkStatus = new Label();
    private final PauseTransition checkPlaying;
    private final FadeTransition checkPulse;

    public WelcomeView(Runnable soundCheck, Runnable startSuggested, Runnable browse) {
        this(soundCheck, startSuggested, browse, Duration.seconds(SOUND_CHECK_SECONDS));
    }

    /** {@code checkLength}: how long the sound check plays, so the view can say when it has. */
    WelcomeView(Runnable soundCheck, Runnable startSuggested, Runnable browse, Duration checkLength) {
        super(14);
        getStyleClass().add("welcome");
        setId("welcome");
        Label title = new Label("Welcome to Toe Tempo");
        title.getStyleClass().add("welcome-title");
        Label intro = wrapped("Short foot and toe routines, timed to a metronome or your music. Watch your feet, "
                + "not the screen: Toe Tempo counts, clicks and speaks every lift, hold, rest and change of foot.");
        Label safetyTitle = new Label("Before you start");
        safetyTitle.getStyleClass().add("section-title");
        VBox safety = new VBox(6);
        for (String line : SAFETY) {
            safety.getChildren().add(wrapped("•  " + line));
        }
        Label suggestion = wrapped("A good first routine: Musical Toes, nine gentle minutes of big-toe and small-toe "
                + "lifts, one foot then both, slow, fast, then to a song.");

        Button check = new Button("Sound check", new FontIcon(Feather.VOLUME_2));
        check.setId("sound-check");
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
            checkStatus.setText("Played. Heard nothing? Check the volume and sound output.");
        });
        check.setOnAction(e -> {
            soundCheck.run();
            checkStatus.setGraphic(playingIcon);
            checkStatus.setText("Playing… listen for clicks and a voice");
            checkPlaying.playFromStart();
            checkPulse.playFromStart();
        });
        Button start = new Button("Start Musical Toes", new FontIcon(Feather.PLAY));
        start.setId("start-suggested");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> startSuggested.run());
        Button later = new Button("Browse routines");
        later.setId("browse-routines");
        later.setCancelButton(true);
        later.setOnAction(e -> browse.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, check, spacer, later, start);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, safetyTitle, safety, suggestion, buttons, checkStatus);
        setMaxWidth(720);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("welcome-text");
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
