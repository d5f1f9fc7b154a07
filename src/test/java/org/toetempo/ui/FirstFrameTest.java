package org.toetempo.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: what waits for the first frame runs once, after the pulse that lays the window out and the renderer's
 * time, not before.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private final List<String> order = new ArrayList<>();
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("first");
        Scene scene = new Scene(new StackPane(label), 300, 200);
        scene.addPostLayoutPulseListener(() -> order.add("pulse " + label.getText()));
        FirstFrame.then(scene, () -> order.add("after the first frame"));
        stage.setScene(scene);
        stage.show();
        order.add("shown");
    }

    @Test
    void runsOnceAfterTheFirstLayoutPulseAndTheRenderersTime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> label.setText("second"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> order.contains("after the first frame"));
        robot.interact(() -> label.setText("third"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(order).startsWith("shown", "pulse first").containsOnlyOnce("after the first frame");
        // The pause runs on pulses: a frame drawn while it waits comes before the work.
        assertThat(order.indexOf("after the first frame")).isGreaterThan(order.indexOf("pulse second"));
        assertThat(order).contains("pulse third");
    }
}
