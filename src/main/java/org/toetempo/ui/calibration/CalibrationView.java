package org.toetempo.ui.calibration;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.toetempo.text.Messages;
import org.toetempo.timing.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;

/**
 * Latency calibration: the app plays steady clicks, the user taps Space (or the Tap button) on each one they hear,
 * and the screen suggests the output latency offset, saved for the sound device.
 */
public final class CalibrationView extends VBox {

    /** Clicks at 90 BPM: slow enough to tap calmly, fast enough to stay in rhythm. */
    public static final double BPM = 90;
    public static final int CLICKS = 24;

    private final Clock clock;
    private final LongFunction<List<Long>> startClicks;
    private final List<Long> taps = new ArrayList<>();
    private List<Long> clicks = List.of();
    private final Messages text;
    private final Label result = new Label();
    private final Button save = new Button();
    private int suggested = -1;

    /**
     * @param clock       the clock the clicks are played on (the audio engine's, with no latency offset)
     * @param startClicks starts the clicks at a clock time and returns their times
     * @param onSave      receives the suggested offset in milliseconds
     * @param currentMillis the offset saved now
     */
    public CalibrationView(Messages text, Clock clock, LongFunction<List<Long>> startClicks, IntConsumer onSave, int currentMillis, Runnable onClose) {
        super(14);
        this.text = text;
        this.clock = clock;
        this.startClicks = startClicks;
        getStyleClass().add("welcome");
        setId("calibration");
        Label title = new Label(text.get("calibration.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(text.get("calibration.intro", currentMillis));
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-text");
        result.setText(text.get("calibration.press-start"));
        result.setId("calibration-result");
        result.setWrapText(true);
        result.getStyleClass().add("welcome-text");
        Button start = new Button(text.get("calibration.start"));
        start.setId("calibration-start");
        start.setOnAction(e -> begin());
        Button tap = new Button(text.get("calibration.tap"));
        tap.setId("calibration-tap");
        tap.setOnAction(e -> tap());
        save.setText(text.get("calibration.save"));
        save.setId("calibration-save");
        save.setDisable(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            onSave.accept(suggested);
            onClose.run();
        });
        Button close = new Button(text.get("calibration.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        HBox buttons = new HBox(10, start, tap, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, result, buttons);
        setMaxWidth(560);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.T) {
                tap();
                e.consume();
            }
        });
    }

    void begin() {
        taps.clear();
        clicks = startClicks.apply(clock.nanos() + 500_000_000L);
        suggested = -1;
        save.setDisable(true);
        result.setText(text.get("calibration.tapping"));
        requestFocus();
    }

    /** Records a tap now (Space, T or the Tap button). */
    public void tap() {
        if (clicks.isEmpty()) {
            return;
        }
        taps.add(clock.nanos());
        suggested = LatencyEstimate.millis(clicks, taps, Math.round(60e9 / BPM));
        if (suggested < 0) {
            result.setText(text.get("calibration.keep-going", taps.size()));
        } else {
            result.setText(text.get("calibration.suggested", suggested, taps.size()));
            save.setDisable(false);
        }
    }

    public int suggestedMillis() {
        return suggested;
    }
}
