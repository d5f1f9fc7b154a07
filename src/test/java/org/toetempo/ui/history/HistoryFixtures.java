package org.toetempo.ui.history;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.scene.Scene;
import org.toetempo.history.Effort;
import org.toetempo.history.Ratings;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.ui.Theme;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Built-in routines and sessions played from their real schedules, for the history screens' tests. */
public final class HistoryFixtures {

    public static final RoutineLibrary LIBRARY = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<String, Schedule> SCHEDULES = new HashMap<>();

    private HistoryFixtures() {
    }

    public static Routine routine(String id) {
        return LIBRARY.find(id).orElseThrow();
    }

    public static synchronized Schedule schedule(String routineId) {
        return SCHEDULES.computeIfAbsent(routineId, id -> Schedule.compile(routine(id), PlayOptions.defaults()));
    }

    public static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON);
    }

    /** The share {@code part} (0–1) of a session of the routine, played straight through from {@code start}. */
    public static SessionRecord played(String routineId, ZonedDateTime start, double part) {
        Schedule schedule = schedule(routineId);
        long reached = Math.round(schedule.totalNanos() * part);
        Instant begin = start.toInstant();
        return SessionRecord.upTo(schedule, reached, begin, begin.plus(Duration.ofNanos(reached)), start.getZone());
    }

    public static SessionRecord played(String routineId, ZonedDateTime start) {
        return played(routineId, start, 1.0);
    }

    public static SessionRecord rated(SessionRecord session, Effort effort, int pain, int stiffness) {
        Ratings ratings = Ratings.of(pain, stiffness);
        for (StepRecord step : session.steps()) {
            if (step.started() && ratings.exercise(step.exercise()).isEmpty()) {
                ratings = ratings.withEffort(step.exercise(), effort);
            }
        }
        return session.withRatings(ratings);
    }

    public static String exerciseName(String routineId, String exerciseId) {
        return routine(routineId).exercise(exerciseId).name();
    }

    /** The app's theme and stylesheet, and the history screens' own. */
    public static void style(Scene scene) {
        style(scene, Settings.Theme.LIGHT);
    }

    /** As the app looks in {@code theme}: Primer on the scene only (no global user-agent change for other tests). */
    public static void style(Scene scene, Settings.Theme theme) {
        scene.getStylesheets().add(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Theme.apply(scene, theme);
        scene.getStylesheets().add(Objects.requireNonNull(
                HistoryView.class.getResource("history.css")).toExternalForm());
    }
}
