package org.toetempo.ui.welcome;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the sound check shows that it is playing, then that it has played. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SoundCheckStatusTest {

    private final AtomicInteger soundChecks = new AtomicInteger();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new WelcomeView(Messages.of(Language.ENGLISH), null, soundChecks::incrementAndGet, () -> { }, () -> { }, Duration.millis(400)));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aClickShowsPlayingThenPlayed(FxRobot robot) throws Exception {
        Label status = robot.lookup("#sound-check-status").queryAs(Label.class);
        assertThat(status.isVisible()).as("nothing said before the check").isFalse();

        robot.clickOn("#sound-check");
        assertThat(soundChecks).hasValue(1);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).startsWith("Playing");
        assertThat(status.getGraphic().getId()).isEqualTo("sound-check-playing");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Played."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getGraphic().getId()).as("the pulsing speaker gives way to a check mark")
                .isEqualTo("sound-check-played");
        robot.interact(() -> Screenshots.save(scene, "welcome-sound-check-played"));

        robot.clickOn("#sound-check");
        assertThat(soundChecks).hasValue(2);
        assertThat(status.getText()).startsWith("Playing");
    }
}
