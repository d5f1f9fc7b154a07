package org.toetempo.ui.calibration;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Theme;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CalibrationViewTest {

    private final VirtualClock clock = new VirtualClock(5_000_000_000L);
    private final List<Long> clicks = new ArrayList<>();
    private final AtomicInteger saved = new AtomicInteger(-1);
    private CalibrationView view;

    @Start
    void start(Stage stage) {
        view = new CalibrationView(Messages.of(Language.ENGLISH), clock, start -> {
            for (int k = 0; k < CalibrationView.CLICKS; k++) {
                clicks.add(start + Math.round(k * 60e9 / CalibrationView.BPM));
            }
            return clicks;
        }, saved::set, 0, () -> { });
        Scene scene = new Scene(view);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tappingAlongSuggestsTheLatencyAndSavesIt(FxRobot robot) {
        robot.clickOn("#calibration-start");
        for (int k = 1; k <= 10; k++) {
            long at = clicks.get(k) + 62_000_000L;
            robot.interact(() -> {
                clock.set(at);
                view.tap();
            });
        }

        assertThat(view.suggestedMillis()).isEqualTo(62);
        assertThat(robot.lookup("#calibration-result").queryAs(Label.class).getText()).startsWith("Suggested offset: 62 ms");
        robot.clickOn("#calibration-save");
        assertThat(saved).hasValue(62);
    }
}
