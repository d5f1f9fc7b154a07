package org.toetempo.ui.player;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.figure.FigureDrawing;
import org.toetempo.figure.Ink;
import org.toetempo.figure.Palette;
import org.toetempo.figure.Picture;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.Theme;
import org.toetempo.ui.controls.FootFigure;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG AA for the figure's labels and the side badge, and large, high-contrast (7:1) words for REP, SET, Next and
 * the block's name, from the colours and sizes the player really shows: the player at
 * 1280×720 in both themes, and presentation mode at 1920×1080 on black. Each foot of Musical Toes (right, left, both)
 * is checked.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FigureContrastTest {

    private static final Routine MUSICAL_TOES = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("musical-toes").orElseThrow();
    /** Moments of Musical Toes on the right foot, the left, and both. */
    private static final double[] SECONDS = {9, 53, 185};

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private record Shown(String where, Palette palette, Color background, Picture figure, List<Label> badges,
                         List<Label> words) {
    }

    /** The words read from two metres besides the phase word: REP, SET, what comes next, the block's name. */
    private static final List<String> READ_FROM_AFAR = List.of("#rep-caption", "#set-caption", "#next", "#player-block");
    /** About 5 mm tall on a 15" 1280×720 screen: readable from two metres. */
    private static final double AFAR_PX = 20;

    private Shown show(FxRobot robot, Settings.Theme theme, int width, int height, boolean presentation, double seconds) {
        Shown[] out = new Shown[1];
        robot.interact(() -> {
            Theme.use(theme);
            VirtualClock clock = new VirtualClock();
            Session session = new Session(MUSICAL_TOES, PlayOptions.defaults(), clock);
            session.play();
            clock.set(Math.round(seconds * 1e9));
            PlayerView view = new PlayerView(new PlayerModel(MUSICAL_TOES, session));
            view.setPresentation(presentation);
            Scene scene = new Scene(view, width, height);
            Theme.apply(scene, theme);
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            view.model().refresh();
            view.applyCss();
            view.layout();
            FootFigure figure = (FootFigure) view.lookup("#foot-figure");
            Color background = (Color) ((Region) view).getBackground().getFills().get(0).getFill();
            Label badge = (Label) view.lookup("#foot-banner");
            List<Label> words = READ_FROM_AFAR.stream().map(id -> (Label) view.lookup(id)).toList();
            out[0] = new Shown(theme + (presentation ? " presentation " : " ") + width + "x" + height + " at " + seconds + " s",
                    figure.paletteInUse(), background,
                    FigureDrawing.draw(figure.getPose(), figure.getWidth(), figure.getHeight(),
                            FootFigure.captionSize(figure.getWidth(), figure.getHeight())), List.of(badge), words);
        });
        return out[0];
    }

    @Test
    void figureLabelsAndTheSideBadgeMeetWcagAa(FxRobot robot) {
        List<String> checked = new ArrayList<>();
        for (double seconds : SECONDS) {
            check(show(robot, Settings.Theme.LIGHT, 1280, 720, false, seconds), checked);
            check(show(robot, Settings.Theme.DARK, 1280, 720, false, seconds), checked);
            check(show(robot, Settings.Theme.DARK, 1920, 1080, true, seconds), checked);
            check(show(robot, Settings.Theme.LIGHT, 1920, 1080, true, seconds), checked);
        }
        assertThat(checked).hasSizeGreaterThan(12 * 3);
    }

    private static void check(Shown s, List<String> checked) {
        int bg = rgb(s.background());
        assertThat(s.palette().rgb(Ink.BACKGROUND)).as(s.where() + ": the figure's colours are for this background")
                .isEqualTo(bg);
        for (Picture.Item item : s.figure().items()) {
            if (item instanceof Picture.Text t) {
                double ratio = Palette.contrast(s.palette().rgb(t.ink()), bg);
                assertThat(ratio).as(s.where() + ": figure label '" + t.text() + "'").isGreaterThanOrEqualTo(4.5);
                if (t.text().length() == 1) {
                    assertThat(t.size()).as(s.where() + ": the figure's " + t.text() + " from two metres")
                            .isGreaterThanOrEqualTo(AFAR_PX);
                }
                checked.add(t.text());
            }
        }
        for (Label badge : s.badges()) {
            Color fill = (Color) badge.getBackground().getFills().get(0).getFill();
            Color text = (Color) badge.getTextFill();
            double ratio = Palette.contrast(rgb(fill), rgb(text));
            assertThat(ratio).as(s.where() + ": side badge '" + badge.getText() + "' " + fill + " on " + text)
                    .isGreaterThanOrEqualTo(4.5);
            checked.add(badge.getText());
        }
        for (Label word : s.words()) {
            if (word.getText() == null || word.getText().isEmpty() || !word.isVisible()) {
                continue;
            }
            Color text = (Color) word.getTextFill();
            double ratio = Palette.contrast(rgb(s.background()), rgb(text));
            // 7:1 (WCAG AAA): from two metres, grey on white is what could not be read.
            assertThat(ratio).as(s.where() + ": '" + word.getText() + "' " + text + " on " + s.background())
                    .isGreaterThanOrEqualTo(7);
            assertThat(word.getFont().getSize()).as(s.where() + ": '" + word.getText() + "' from two metres")
                    .isGreaterThanOrEqualTo(AFAR_PX);
            checked.add(word.getText());
        }
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
