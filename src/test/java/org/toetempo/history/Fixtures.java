package org.toetempo.history;

import org.toetempo.progress.ProgressPlan;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Built-in routines and sessions made from their real schedules, for the history tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static final RoutineLibrary LIBRARY = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Map<String, Schedule> SCHEDULES = new HashMap<>();

    public static Routine routine(String id) {
        return LIBRARY.find(id).orElseThrow();
    }

    public static synchronized Schedule schedule(Routine routine, PlayOptions options) {
        return SCHEDULES.computeIfAbsent(routine.id() + options, k -> Schedule.compile(routine, options));
    }

    public static ZonedDateTime at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone);
    }

    public static ZonedDateTime at(String localDateTime) {
        return at(localDateTime, LONDON);
    }

    /** A whole session of the routine as the plan plays it, started at {@code start}. */
    public static SessionRecord played(Routine routine, ProgressPlan plan, ZonedDateTime start) {
        Schedule schedule = schedule(routine, plan.playOptions(routine, PlayOptions.defaults()));
        return done(schedule, schedule.totalNanos(), start);
    }

    public static SessionRecord played(String routineId, ZonedDateTime start) {
        return played(routine(routineId), ProgressPlan.EMPTY, start);
    }

    /** The part of a session up to {@code reached} of the schedule. */
    public static SessionRecord done(Schedule schedule, long reached, ZonedDateTime start) {
        Instant begin = start.toInstant();
        Instant end = begin.plus(Duration.ofNanos(Math.min(reached, schedule.totalNanos())));
        return SessionRecord.upTo(schedule, reached, begin, end, start.getZone());
    }

    /** Pain and stiffness, and every exercise of the session rated with the same effort. */
    public static SessionRecord rated(SessionRecord session, Effort effort, int pain, int stiffness) {
        Ratings ratings = Ratings.of(pain, stiffness);
        for (StepRecord step : session.steps()) {
            if (ratings.exercise(step.exercise()).isEmpty()) {
                ratings = ratings.withEffort(step.exercise(), effort);
            }
        }
        return session.withRatings(ratings);
    }

    /** The same with one exercise's rating changed. */
    public static SessionRecord tweak(SessionRecord session, String exercise, UnaryOperator<ExerciseRating> change) {
        Ratings ratings = session.ratings();
        return session.withRatings(ratings.with(change.apply(ratings.exercise(exercise).orElse(ExerciseRating.of(exercise, null)))));
    }

    public static SessionRecord morning(SessionRecord session, Integer pain, Integer stiffness) {
        return session.withMorning(pain, stiffness);
    }

    public static History history(SessionRecord... sessions) {
        return History.of(List.of(sessions));
    }

    /** A small hand-made record of one routine, for streaks and charts (no real schedule needed). */
    public static SessionRecord simple(String routineId, ZonedDateTime start, Outcome outcome, int repsDone, int repsPlanned) {
        StepRecord step = new StepRecord(0, 0, 0, 0, "toe-yoga", "standing", Side.BOTH, 60, 0,
                repsPlanned, List.of(new FootCount(Side.BOTH, repsDone == repsPlanned ? 1 : 0, 1,
                repsDone, repsPlanned)));
        Instant begin = start.toInstant();
        return new SessionRecord(UUID.randomUUID().toString(), begin, begin.plusSeconds(300), start.getZone(),
                routineId, routineId, null, outcome, 300, 300, List.of(new BlockTempo(0, "Main", 60, false)),
                List.of(step), null, List.of());
    }

    public static SessionRecord simple(String routineId, ZonedDateTime start) {
        return simple(routineId, start, Outcome.COMPLETED, 10, 10);
    }
}
