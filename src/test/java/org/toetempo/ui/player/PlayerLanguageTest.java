package org.toetempo.ui.player;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;
import org.toetempo.ui.controls.FootFigure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: a German player speaks and shows the schedule's own texts and the figure's captions in German. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlayerLanguageTest {

    private static final Routine GERMAN_ROUTINE = RoutineLibrary.load(
            new RoutineReader(ExerciseLibrary.builtIn("de")), null).find("musical-toes").orElseThrow();
    private static final Routine ENGLISH_ROUTINE = RoutineLibrary.load(
            new RoutineReader(ExerciseLibrary.builtIn()), null).find("musical-toes").orElseThrow();

    private PlayerView german;

    @Start
    void start(Stage stage) {
        // The session is compiled as a caller that forgot the language would: in English.
        Session session = new Session(GERMAN_ROUTINE, PlayOptions.defaults(), new VirtualClock());
        german = new PlayerView(new PlayerModel(GERMAN_ROUTINE, session, Messages.of(Language.GERMAN)));
        stage.setScene(new Scene(german, 1280, 720));
        stage.show();
    }

    private static List<String> texts(Schedule schedule, CueType type) {
        return schedule.cues().stream().filter(c -> c.type() == type).map(Cue::text).toList();
    }

    @Test
    void aGermanPlayerPlaysGermanCueTexts() {
        Schedule schedule = german.model().schedule();

        assertThat(schedule.options().language()).isEqualTo(Language.GERMAN);
        assertThat(texts(schedule, CueType.SET_START)).contains("Satz 1 von 1");
        assertThat(texts(schedule, CueType.REST_START)).isNotEmpty().allMatch(t -> t.startsWith("Pause "));
        assertThat(texts(schedule, CueType.ROUTINE_END)).singleElement().asString().startsWith("Gut gemacht");
        assertThat(schedule.cues()).noneMatch(c -> c.text().matches(".*\\b(Set|Rest|Well done)\\b.*"));
    }

    @Test
    void anEnglishPlayerKeepsEnglishCueTexts() {
        Session session = new Session(ENGLISH_ROUTINE, PlayOptions.defaults(), new VirtualClock());
        Schedule schedule = new PlayerModel(ENGLISH_ROUTINE, session, Messages.of(Language.ENGLISH)).schedule();

        assertThat(texts(schedule, CueType.SET_START)).contains("Set 1 of 1");
        assertThat(texts(schedule, CueType.ROUTINE_END)).singleElement().asString().startsWith("Well done");
    }

    @Test
    void theFigureCaptionsFollowThePlayersLanguage(FxRobot robot) {
        FootFigure figure = robot.lookup("#foot-figure").queryAs(FootFigure.class);

        assertThat(figure.wordsProperty().get().language()).isEqualTo(Language.GERMAN);
        assertThat(figure.getAccessibleText()).isEqualTo("Fußfigur");
    }
}
