package org.toetempo.timing;

import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Step;

import java.util.ArrayList;
import java.util.List;

/** Which blocks and steps of a routine play with the user's options, and at which level. */
final class PlayChoice {

    private final Routine routine;
    private final PlayOptions options;

    PlayChoice(Routine routine, PlayOptions options) {
        this.routine = routine;
        this.options = options;
    }

    /** The blocks of the stage played, by index. */
    List<Integer> blocksToPlay() {
        String stage = options.stage() != null ? options.stage()
                : routine.stages().isEmpty() ? null : routine.stages().get(0).id();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < routine.blocks().size(); i++) {
            Block block = routine.blocks().get(i);
            if (stage == null || stage.equals(block.stage())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The step plays: not skipped as optional, and its level is reached if it is gated by one. */
    boolean plays(Step step) {
        if (step.optional() && options.skipOptional()) {
            return false;
        }
        if (step.onlyAtLevel() == null) {
            return true;
        }
        Exercise exercise = routine.exercise(step.exercise());
        String level = userLevel(exercise);
        return level != null && exercise.levelIndex(level) >= exercise.levelIndex(step.onlyAtLevel());
    }

    /** The user left the step out, or its whole exercise. */
    boolean leftOut(int blockIndex, int stepInBlock, Step step) {
        return options.leaveOut().contains(step.exercise())
                || options.leaveOut().contains(PlayOptions.stepKey(blockIndex, stepInBlock));
    }

    /**
     * The level the user works at for an exercise: their choice, else the level the routine's ordinary steps
     * give it (a step gated with only_at_level does not count, or it would always unlock itself).
     */
    String userLevel(Exercise exercise) {
        String chosen = options.levels().get(exercise.id());
        if (chosen != null && exercise.levelIndex(chosen) >= 0) {
            return chosen;
        }
        for (Block block : routine.blocks()) {
            for (Step step : block.steps()) {
                if (step.exercise().equals(exercise.id()) && step.onlyAtLevel() == null) {
                    return step.level() != null ? step.level() : exercise.defaultLevel();
                }
            }
        }
        return exercise.defaultLevel();
    }

    /** The level a step plays at: the user's choice for its exercise, else the step's, else the exercise's. */
    String levelOf(Step step, Exercise exercise) {
        String chosen = options.levels().get(exercise.id());
        if (chosen != null && exercise.levelIndex(chosen) >= 0) {
            return chosen;
        }
        return step.level() != null ? step.level() : exercise.defaultLevel();
    }
}
