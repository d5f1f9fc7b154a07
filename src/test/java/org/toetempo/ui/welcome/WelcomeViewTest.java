package org.toetempo.ui.welcome;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.ui.Screenshots;
import org.toetempo.ui.Theme;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private final AtomicInteger soundChecks = new AtomicInteger();
    private final AtomicInteger starts = new AtomicInteger();
    private final AtomicInteger browses = new AtomicInteger();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new WelcomeView(soundChecks::incrementAndGet, starts::incrementAndGet, browses::incrementAndGet));
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheSafetyScreenAndOffersAFirstRoutine(FxRobot robot) {
        var texts = robot.lookup((Predicate<Node>) n -> n instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Before you start");
        assertThat(texts).anyMatch(t -> t.contains("stress fracture"));
        assertThat(texts).anyMatch(t -> t.contains("chair, counter or wall you can hold"));
        assertThat(texts).anyMatch(t -> t.contains("Musical Toes"));
        robot.interact(() -> Screenshots.save(scene, "welcome"));

        robot.clickOn("#sound-check");
        robot.clickOn("#start-suggested");
        robot.clickOn("#browse-routines");

        assertThat(soundChecks).hasValue(1);
        assertThat(starts).hasValue(1);
        assertThat(browses).hasValue(1);
    }
}
