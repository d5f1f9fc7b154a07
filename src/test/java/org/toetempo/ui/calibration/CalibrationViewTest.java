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
import org.toetempo.ui.Clipping;
import org.toetempo.ui.Screenshots;
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

    /** Issue 18: the Sound timing dialog in English and German at 1280x720 and 800x600, nothing cut short. */
    @Test
    void nothingIsCutShortInEitherLanguage(FxRobot robot) {
        for (Language language : Language.values()) {
            for (int[] size : new int[][] {{1280, 720}, {800, 600}}) {
                String name = "calibration-" + language.code() + "-" + size[0] + "x" + size[1];
                robot.interact(() -> {
                    Stage window = new Stage();
                    Scene scene = new Scene(new CalibrationView(Messages.of(language), clock, start -> List.of(),
                            millis -> { }, 35, () -> { }), size[0], size[1]);
                    Theme.apply(scene);
                    window.setScene(scene);
                    window.show();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    Screenshots.save(scene, name);
                    assertThat(Clipping.truncated(scene.getRoot())).as("words cut short, " + name).isEmpty();
                    assertThat(Clipping.outsideTheWindow(scene.getRoot())).as("outside the window, " + name).isEmpty();
                    window.close();
                });
            }
        }
    }
}
