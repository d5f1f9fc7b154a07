package org.toetempo.history;

import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.timing.Activity;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One session of one routine, as kept in the history: when and where (the time zone it was done in), what was
 * planned and what was done of it per step and foot, the tempos, and the user's ratings. Immutable.
 *
 * @param id             unique, random
 * @param zone           the user's time zone during the session: its local date is the date in this zone
 * @param stage          the programme stage played, or {@code null} for a routine without stages
 * @param activeSeconds  time spent playing (pauses left out)
 * @param plannedSeconds the length of the schedule played
 * @param ratings        the user's ratings, or {@code null} until rated
 * @param timing         the timing self-check per block and exercise (empty when not done)
 */
public record SessionRecord(
        String id,
        Instant started,
        Instant ended,
        ZoneId zone,
        String routineId,
        String routineName,
        String stage,
        Outcome outcome,
        double activeSeconds,
        double plannedSeconds,
        List<BlockTempo> tempos,
        List<StepRecord> steps,
        Ratings ratings,
        List<TimingCheck> timing) {

    /** A stopped session counts towards streaks and programme weeks when at least this share of its reps was done [default]. */
    public static final double COUNTS_FROM = 0.5;
    /**
     * The one completion rule (record, History, CSV, rating form): a session is completed when it was played into
     * its end and at least this share of its planned reps was done; anything else is part-way. Skipping to the end
     * completes nothing, and a session whose steps were mostly skipped is not "completed at 60 %".
     */
    public static final double COMPLETE_FROM = 0.9;

    public SessionRecord {
        if (id == null || id.isBlank() || started == null || ended == null || zone == null || routineId == null
                || outcome == null) {
            throw new IllegalArgumentException("a session record needs an id, start, end, zone, routine and outcome");
        }
        if (ended.isBefore(started)) {
            throw new IllegalArgumentException("session " + id + " ends before it starts");
        }
        if (!(activeSeconds >= 0) || !(plannedSeconds >= 0)) {
            throw new IllegalArgumentException("session " + id + " has a negative or unknown duration");
        }
        routineName = routineName == null ? routineId : routineName;
        activeSeconds = round3(activeSeconds);
        plannedSeconds = round3(plannedSeconds);
        tempos = tempos == null ? List.of() : tempos instanceof LazyList ? tempos : List.copyOf(tempos);
        steps = StepList.of(steps);
        timing = timing == null ? List.of() : timing instanceof LazyList ? timing : List.copyOf(timing);
    }

    /**
     * The record of a session from its schedule and the reps it played, not yet rated. {@code schedule} is the
     * session's schedule at the end (after any tempo change); the outcome is {@link Outcome#COMPLETED} when
     * the session was played to its end with at least {@link #COMPLETE_FROM} of its reps (skipping to the last step
     * and playing it out does not complete a session).
     */
    public static SessionRecord of(Schedule schedule, PlayedReps played, Instant started, Instant ended, ZoneId zone) {
        Routine routine = schedule.routine();
        List<StepRecord> steps = new ArrayList<>(schedule.steps().size());
        for (ScheduledStep step : schedule.steps()) {
            steps.add(stepRecord(schedule, step, played));
        }
        List<BlockTempo> tempos = PlayedTempo.of(schedule);
        // The chart's "tempo reached": the fastest block played, at the tempo its steps played on the beat.
        StepList stepList = StepList.of(steps).withTempoReached(PlayedTempo.reached(tempos, steps));
        SessionRecord stopped = new SessionRecord(UUID.randomUUID().toString(), started, ended, zone, routine.id(),
                routine.name(), stageOf(schedule), Outcome.STOPPED, round3(played.activeSeconds()),
                round3(schedule.totalNanos() / 1e9), tempos, stepList, null, List.of());
        return played.reachedEnd() && stopped.completion() >= COMPLETE_FROM ? stopped.withOutcome(Outcome.COMPLETED) : stopped;
    }

    private SessionRecord withOutcome(Outcome value) {
        return new SessionRecord(id, started, ended, zone, routineId, routineName, stage, value, activeSeconds,
                plannedSeconds, tempos, steps, ratings, timing);
    }

    /** A session played straight through from the start to {@code reachedNanos} of its schedule. */
    public static SessionRecord upTo(Schedule schedule, long reachedNanos, Instant started, Instant ended, ZoneId zone) {
        return of(schedule, PlayedReps.upTo(schedule, reachedNanos), started, ended, zone);
    }

    private static String stageOf(Schedule schedule) {
        List<Stage> stages = schedule.routine().stages();
        if (stages.isEmpty()) {
            return null;
        }
        return schedule.options().stage() != null ? schedule.options().stage() : stages.get(0).id();
    }

    private static StepRecord stepRecord(Schedule schedule, ScheduledStep step, PlayedReps played) {
        Map<Side, int[]> perFoot = new LinkedHashMap<>();
        for (Side foot : step.feet()) {
            perFoot.computeIfAbsent(foot, f -> new int[1])[0]++;
        }
        List<FootCount> feet = new ArrayList<>(perFoot.size());
        for (Map.Entry<Side, int[]> entry : perFoot.entrySet()) {
            Side foot = entry.getKey();
            int sets = entry.getValue()[0];
            int repsDone = 0;
            int setsDone = 0;
            for (int set = 1; set <= sets; set++) {
                int inSet = 0;
                for (int rep = 1; rep <= step.reps(); rep++) {
                    if (played.reps().contains(new PlayedReps.Rep(step.block(), step.stepInBlock(), step.cycle(), foot, set, rep))) {
                        inSet++;
                    }
                }
                repsDone += inSet;
                if (inSet == step.reps()) {
                    setsDone++;
                }
            }
            feet.add(new FootCount(foot, setsDone, sets, repsDone, sets * step.reps()));
        }
        long hold = 0;
        List<Segment> segments = schedule.segments();
        for (int i = step.firstSegment(); i < step.firstSegment() + step.segmentCount() && i < segments.size(); i++) {
            if (segments.get(i).activity() == Activity.HOLD) {
                hold = Math.max(hold, segments.get(i).durationNanos());
            }
        }
        return new StepRecord(step.index(), step.block(), step.stepInBlock(), step.cycle(), step.exercise().id(),
                step.level(), step.step().side(), round3(step.bpm()), round3(hold / 1e9), step.reps(), feet);
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    // ------------------------------------------------------------------ derived

    /** The local date of the start, in the zone the session was done in. */
    public LocalDate localDate() {
        return LocalDate.ofInstant(started, zone);
    }

    public ZonedDateTime localStart() {
        return started.atZone(zone);
    }

    public Duration wallDuration() {
        return Duration.between(started, ended);
    }

    public int repsDone() {
        return ((StepList) steps).repsDone();
    }

    public int repsPlanned() {
        return ((StepList) steps).repsPlanned();
    }

    /** Share of the planned reps done, 0 to 1 (1 for a schedule with no reps). */
    public double completion() {
        int planned = repsPlanned();
        return planned == 0 ? 1 : repsDone() / (double) planned;
    }

    /**
     * Completed by {@link #COMPLETE_FROM}'s rule: played into its end with at least 90 % of its reps. Applied to
     * records read back too, so an older record saved "completed" at 60 % shows as part-way like a new one.
     */
    public boolean completed() {
        return outcome == Outcome.COMPLETED && completion() >= COMPLETE_FROM;
    }

    /** Counts towards streaks and programme weeks: completed, or stopped after at least half the reps. */
    public boolean counts() {
        return completed() || completion() >= COUNTS_FROM;
    }

    public boolean rated() {
        return ratings != null;
    }

    public Optional<ExerciseRating> rating(String exercise) {
        return ratings == null ? Optional.empty() : ratings.exercise(exercise);
    }

    /** The tempo of the block, or empty when the session did not play it. */
    public Optional<BlockTempo> tempo(int block) {
        for (BlockTempo tempo : tempos) {
            if (tempo.block() == block) {
                return Optional.of(tempo);
            }
        }
        return Optional.empty();
    }

    /** The fastest tempo at which a step was started (0 when none was). */
    public double tempoReached() {
        return ((StepList) steps).tempoReached();
    }

    /** The steps of one exercise, in order. */
    public List<StepRecord> steps(String exercise) {
        List<StepRecord> out = new ArrayList<>();
        for (StepRecord step : steps) {
            if (step.exercise().equals(exercise)) {
                out.add(step);
            }
        }
        return out;
    }

    public SessionRecord withRatings(Ratings value) {
        return new SessionRecord(id, started, ended, zone, routineId, routineName, stage, outcome, activeSeconds,
                plannedSeconds, tempos, steps, value, timing);
    }

    public SessionRecord withTiming(List<TimingCheck> value) {
        return new SessionRecord(id, started, ended, zone, routineId, routineName, stage, outcome, activeSeconds,
                plannedSeconds, tempos, steps, ratings, value);
    }

    /** The next-morning check added to the ratings (to an unrated session, with nothing else rated). */
    public SessionRecord withMorning(Integer pain, Integer stiffness) {
        Ratings base = ratings != null ? ratings : Ratings.of(null, null);
        return withRatings(base.withMorning(pain, stiffness));
    }
}
