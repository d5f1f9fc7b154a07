package org.toetempo.progress;

import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.timing.PlayOptions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the user has accepted: per routine its stage, tempos and per-exercise levels and dose, plus
 * settings that hold everywhere. Immutable; {@link #accept} returns the changed plan, which the app saves with
 * {@link ProgressPlanStore} and turns into {@link PlayOptions} with {@link #playOptions}.
 *
 * @param impactLocked         hops and heel raises are hidden everywhere (R4) until the user is cleared
 * @param minimalistTransition the user is moving to minimalist shoes: progression at half speed (P12)
 */
public record ProgressPlan(Map<String, RoutinePlan> routines, boolean impactLocked, boolean minimalistTransition) {

    public static final ProgressPlan EMPTY = new ProgressPlan(Map.of(), false, false);

    public ProgressPlan {
        routines = Map.copyOf(routines);
    }

    public RoutinePlan routine(String routineId) {
        return routines.getOrDefault(routineId, RoutinePlan.NONE);
    }

    public ProgressPlan with(String routineId, RoutinePlan plan) {
        Map<String, RoutinePlan> changed = new HashMap<>(routines);
        if (plan.equals(RoutinePlan.NONE)) {
            changed.remove(routineId);
        } else {
            changed.put(routineId, plan);
        }
        return new ProgressPlan(changed, impactLocked, minimalistTransition);
    }

    /** The user (after seeing a clinician) clears the lock on hops and heel raises, or sets it. */
    public ProgressPlan withImpactLocked(boolean value) {
        return new ProgressPlan(routines, value, minimalistTransition);
    }

    public ProgressPlan withMinimalistTransition(boolean value) {
        return new ProgressPlan(routines, impactLocked, value);
    }

    /** Starts a programme (a routine with stages) on {@code start}: week 1, its first stage. */
    public ProgressPlan startProgramme(Routine routine, LocalDate start) {
        String first = routine.stages().isEmpty() ? null : routine.stages().get(0).id();
        return with(routine.id(), routine(routine.id()).withProgrammeStart(start, first));
    }

    /**
     * The user picks an exercise's level themselves (before or during a session), remembered for this routine. A
     * level change resets the dose the coach had added at the old level, as an accepted level-up does.
     */
    public ProgressPlan withChosenLevel(String routineId, String exercise, String level, Instant now) {
        RoutinePlan plan = routine(routineId);
        ExercisePlan current = plan.exercise(exercise);
        if (level != null && level.equals(current.level())) {
            return this;
        }
        return with(routineId, plan.withExercise(exercise, current.withLevel(level, null, null, now)));
    }

    /** Brings back an exercise left out (R4), e.g. once a clinician has said it is fine. */
    public ProgressPlan unskip(String routineId, String exercise, Instant now) {
        RoutinePlan plan = routine(routineId);
        return with(routineId, plan.withExercise(exercise, plan.exercise(exercise).withSkipped(false, now)));
    }

    /**
     * Applies an accepted suggestion. {@code zone} is the user's current zone (for dates such as a new stage's
     * first day).
     *
     * @throws IllegalStateException when the plan has changed since the suggestion was made (ask for suggestions
     *                               again)
     */
    public ProgressPlan accept(Suggestion suggestion, Instant now, ZoneId zone) {
        ProgressPlan plan = this;
        LocalDate today = now.atZone(zone).toLocalDate();
        String routineId = suggestion.routineId();
        for (Change change : suggestion.changes()) {
            RoutinePlan rp = plan.routine(routineId);
            if (change instanceof Change.SetLevel c) {
                ExercisePlan ep = rp.exercise(c.exercise());
                stale(ep.level() != null && !ep.level().equals(c.from()), suggestion);
                // A new level starts from its first dose; a week one level lower (P11) remembers where to go back to.
                ExercisePlan changed = c.revertOn() != null
                        ? ep.withLevel(c.to(), c.from(), c.revertOn(), now)
                        : ep.withLevel(c.to(), null, null, now);
                plan = plan.with(routineId, rp.withExercise(c.exercise(), changed));
            } else if (change instanceof Change.SetReps c) {
                ExercisePlan ep = rp.exercise(c.exercise());
                plan = plan.with(routineId, rp.withExercise(c.exercise(), ep.withExtraReps(c.extraReps(), now)));
            } else if (change instanceof Change.SetHold c) {
                ExercisePlan ep = rp.exercise(c.exercise());
                stale(ep.holdSeconds() != null && Math.abs(ep.holdSeconds() - c.from()) > 1e-6, suggestion);
                plan = plan.with(routineId, rp.withExercise(c.exercise(), ep.withHold(c.to(), now)));
            } else if (change instanceof Change.ExtraSet c) {
                ExercisePlan ep = rp.exercise(c.exercise());
                plan = plan.with(routineId, rp.withExercise(c.exercise(), ep.withExtraSet(c.side(), now)));
            } else if (change instanceof Change.SetBlockBpm c) {
                Double current = rp.blockBpm().get(c.block());
                stale(current != null && Math.abs(current - c.from()) > 1e-6, suggestion);
                plan = plan.with(routineId, rp.withBlockBpm(c.block(), c.to(), now));
            } else if (change instanceof Change.SetStage c) {
                stale(rp.stage() != null && !rp.stage().equals(c.from()), suggestion);
                RoutinePlan changed;
                if (c.revertOn() != null) {
                    // A week one stage lower: the stage's dates stay, to be taken up again.
                    changed = new RoutinePlan(c.to(), rp.programmeStart(), rp.stageStart(), rp.repeatedWeeks(), c.from(),
                            c.revertOn(), Map.of(), Map.of(), Map.of()).withStageExercisesFrom(rp, now);
                } else if (c.to().equals(rp.returnStage())) {
                    LocalDate start = rp.stageStart() == null ? null : rp.stageStart().plusWeeks(1);
                    changed = rp.withStage(c.to(), start, rp.repeatedWeeks(), null, null, now);
                } else {
                    changed = rp.withStage(c.to(), today, 0, null, null, now);
                }
                plan = plan.with(routineId, changed);
            } else if (change instanceof Change.RepeatWeek) {
                plan = plan.with(routineId, rp.withRepeatedWeeks(rp.repeatedWeeks() + 1));
            } else if (change instanceof Change.Pause c) {
                plan = plan.with(routineId, rp.withExercise(c.exercise(), rp.exercise(c.exercise()).withPaused(true, now)));
            } else if (change instanceof Change.Resume c) {
                plan = plan.with(routineId, rp.withExercise(c.exercise(), rp.exercise(c.exercise()).withPaused(false, now)));
            } else if (change instanceof Change.Skip c) {
                plan = plan.with(routineId, rp.withExercise(c.exercise(), rp.exercise(c.exercise()).withSkipped(true, now)));
            } else if (change instanceof Change.LockImpact) {
                plan = plan.withImpactLocked(true);
            }
        }
        return plan;
    }

    private static void stale(boolean stale, Suggestion suggestion) {
        if (stale) {
            throw new IllegalStateException("the suggestion '" + suggestion.title()
                    + "' was made for settings that have changed since; ask for suggestions again");
        }
    }

    // ------------------------------------------------------------------ playing

    /**
     * The options to play a routine with the user's plan, on top of {@code base}: the stage, the level of each
     * exercise (with hops and heel raises held back while {@link #impactLocked}), its dose (reps, hold and extra
     * set, within the caps of {@link Rules}), the steps to leave out ({@link #stepsToLeaveOut}) and the tempo of
     * each block. Apply it after any whole-routine tempo ({@link PlayOptions#withBpm} clears block tempos).
     */
    public PlayOptions playOptions(Routine routine, PlayOptions base) {
        RoutinePlan rp = routine(routine.id());
        PlayOptions options = base;
        String stage = stage(routine);
        if (stage != null) {
            options = options.withStage(stage);
        }
        RoutineFacts facts = new RoutineFacts(routine, stage);
        for (RoutineFacts.ExerciseInfo info : facts.exercises.values()) {
            Exercise exercise = info.exercise();
            String chosen = rp.exercise(exercise.id()).level();
            String level = chosen != null && exercise.levelIndex(chosen) >= 0 ? chosen : null;
            if (impactLocked) {
                String effective = level != null ? level : info.writtenLevel();
                String safe = highestSafe(exercise, effective);
                if (safe != null && !safe.equals(effective)) {
                    level = safe;
                }
            }
            if (level != null) {
                options = options.withLevel(exercise.id(), level);
            }
            ExercisePlan ep = rp.exercise(exercise.id());
            if (ep.extraReps() != 0 || ep.holdSeconds() != null || ep.extraSet() != null) {
                options = options.withDose(exercise.id(), dose(info, ep, level != null ? level : info.writtenLevel()));
            }
        }
        for (StepRef step : stepsToLeaveOut(routine)) {
            options = options.withLeftOut(PlayOptions.stepKey(step.block(), step.step()));
        }
        for (Map.Entry<Integer, Double> tempo : rp.blockBpm().entrySet()) {
            RoutineFacts.BlockInfo block = facts.block(tempo.getKey());
            if (block != null) {
                double bpm = Math.max(block.tempo().minBpm(), Math.min(block.tempo().maxBpm(), tempo.getValue()));
                options = options.withBlockBpm(block.index(), bpm);
            }
        }
        return options;
    }

    /** The plan's dose of an exercise, capped as the progression rules cap it (P1, P5). */
    private static PlayOptions.Dose dose(RoutineFacts.ExerciseInfo info, ExercisePlan ep, String level) {
        int repsCap = info.writtenReps() > 0 ? Rules.repsCap(info.writtenReps()) : 0;
        double holdCap = Rules.holdCap(info.exercise().id(), info.holdAt(level));
        // A hand-edited progress file may hold anything; a hold that cannot be played is left as written.
        Double hold = ep.holdSeconds() != null && ep.holdSeconds() > 0 && ep.holdSeconds() < 3600 ? ep.holdSeconds() : null;
        Side extraSet = ep.extraSet() == Side.BOTH ? null : ep.extraSet();
        return new PlayOptions.Dose(ep.extraReps(), repsCap, hold, holdCap, extraSet);
    }

    /** A step of a routine: its block's index and its index in the block. */
    public record StepRef(int block, int step) {
    }

    /**
     * The steps to leave out of the routine at its stage: those of exercises the user was told to skip (R4), and
     * while hops and heel raises are hidden, the steps that hop or raise the heels (a step that writes its own hop
     * phases hops whatever level it is given). {@link #playOptions} leaves them out.
     */
    public Set<StepRef> stepsToLeaveOut(Routine routine) {
        RoutinePlan rp = routine(routine.id());
        String stage = stage(routine);
        Set<StepRef> out = new LinkedHashSet<>();
        for (int b = 0; b < routine.blocks().size(); b++) {
            Block block = routine.blocks().get(b);
            if (stage != null && !stage.equals(block.stage())) {
                continue;
            }
            for (int i = 0; i < block.steps().size(); i++) {
                Step step = block.steps().get(i);
                Exercise exercise = routine.exercise(step.exercise());
                boolean impact = impactLocked && (Rules.hops(step, exercise) || Rules.HEEL_RAISES.contains(exercise.id()));
                if (rp.exercise(exercise.id()).skipped() || impact) {
                    out.add(new StepRef(b, i));
                }
            }
        }
        return out;
    }

    /** The stage to play: the plan's, if the routine still has it; else the first; {@code null} without stages. */
    public String stage(Routine routine) {
        List<Stage> stages = routine.stages();
        if (stages.isEmpty()) {
            return null;
        }
        String chosen = routine(routine.id()).stage();
        return chosen != null && stages.stream().anyMatch(s -> s.id().equals(chosen)) ? chosen : stages.get(0).id();
    }

    /** The highest level at or below {@code level} that R4's lock allows, or {@code null} if none is known. */
    static String highestSafe(Exercise exercise, String level) {
        int index = exercise.levelIndex(level);
        for (int i = index; i >= 0; i--) {
            String id = exercise.levels().get(i).id();
            if (!Rules.isImpact(exercise, id)) {
                return id;
            }
        }
        return exercise.levels().isEmpty() ? null : exercise.levels().get(0).id();
    }
}
