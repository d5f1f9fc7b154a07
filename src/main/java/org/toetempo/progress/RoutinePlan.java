package org.toetempo.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The user's settings for one routine: the programme's stage and dates, tempos per block, and per exercise.
 *
 * @param stage           the programme stage to play, or {@code null} for the first (or a routine without stages)
 * @param programmeStart  the day week 1 began, or {@code null} (then: the day of the first session)
 * @param stageStart      the day the current stage began, or {@code null} (then: from the programme start and the
 *                        stage's weeks)
 * @param repeatedWeeks   weeks the current stage was extended because its gate was not passed (P10)
 * @param returnStage     after a temporary step down a stage (P11): the stage to go back to on {@code returnStageOn}
 * @param blockBpm        tempo per block index (P8)
 * @param blockBpmChanged when each block's tempo last changed (P2: not with a level change in the same session)
 * @param exercises       per exercise id
 */
public record RoutinePlan(
        String stage,
        LocalDate programmeStart,
        LocalDate stageStart,
        int repeatedWeeks,
        String returnStage,
        LocalDate returnStageOn,
        Map<Integer, Double> blockBpm,
        Map<Integer, Instant> blockBpmChanged,
        Map<String, ExercisePlan> exercises) {

    public static final RoutinePlan NONE = new RoutinePlan(null, null, null, 0, null, null, Map.of(), Map.of(), Map.of());

    public RoutinePlan {
        blockBpm = Map.copyOf(blockBpm);
        blockBpmChanged = Map.copyOf(blockBpmChanged);
        exercises = Map.copyOf(exercises);
    }

    public ExercisePlan exercise(String id) {
        return exercises.getOrDefault(id, ExercisePlan.NONE);
    }

    RoutinePlan withExercise(String id, ExercisePlan plan) {
        Map<String, ExercisePlan> changed = new HashMap<>(exercises);
        if (plan.isEmpty()) {
            changed.remove(id);
        } else {
            changed.put(id, plan);
        }
        return new RoutinePlan(stage, programmeStart, stageStart, repeatedWeeks, returnStage, returnStageOn, blockBpm,
                blockBpmChanged, changed);
    }

    RoutinePlan withBlockBpm(int block, double bpm, Instant at) {
        Map<Integer, Double> tempos = new HashMap<>(blockBpm);
        tempos.put(block, bpm);
        Map<Integer, Instant> changed = new HashMap<>(blockBpmChanged);
        changed.put(block, at);
        return new RoutinePlan(stage, programmeStart, stageStart, repeatedWeeks, returnStage, returnStageOn, tempos,
                changed, exercises);
    }

    RoutinePlan withStage(String value, LocalDate start, int repeated, String returnTo, LocalDate returnOn, Instant at) {
        Map<String, ExercisePlan> reset = new HashMap<>();
        exercises.forEach((id, plan) -> {
            ExercisePlan kept = plan.resetForStage(at);
            if (kept.paused() || kept.skipped()) {
                reset.put(id, kept);
            }
        });
        return new RoutinePlan(value, programmeStart, start, repeated, returnTo, returnOn, Map.of(), Map.of(), reset);
    }

    /** This plan keeping the pauses and skips of {@code other}'s exercises (for a temporary change of stage). */
    RoutinePlan withStageExercisesFrom(RoutinePlan other, Instant at) {
        Map<String, ExercisePlan> kept = new HashMap<>();
        other.exercises.forEach((id, plan) -> {
            ExercisePlan reset = plan.resetForStage(at);
            if (reset.paused() || reset.skipped()) {
                kept.put(id, reset);
            }
        });
        return new RoutinePlan(stage, programmeStart, stageStart, repeatedWeeks, returnStage, returnStageOn, blockBpm,
                blockBpmChanged, kept);
    }

    RoutinePlan withRepeatedWeeks(int value) {
        return new RoutinePlan(stage, programmeStart, stageStart, value, returnStage, returnStageOn, blockBpm,
                blockBpmChanged, exercises);
    }

    RoutinePlan withProgrammeStart(LocalDate start, String firstStage) {
        return new RoutinePlan(firstStage, start, start, 0, null, null, blockBpm, blockBpmChanged, exercises);
    }
}
