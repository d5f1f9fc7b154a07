package org.toetempo.progress;

import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the rules need to know of a routine at a stage: its exercises, their written dose, its blocks' tempos. */
final class RoutineFacts {

    /** One exercise as the routine (at this stage) writes it: from its first ordinary step. */
    record ExerciseInfo(Exercise exercise, Step firstStep, String writtenLevel, int writtenReps, Set<Integer> blocks,
                        boolean oneSided) {

        /** The longest hold of one rep at a level (0 when the rep holds nothing in seconds). */
        double holdAt(String level) {
            return hold(firstStep, exercise, level);
        }

        String levelName(String level) {
            return exercise.level(level).map(Level::name).orElse(level == null ? "—" : level);
        }
    }

    /** One block: its tempo, and whether its steps are rhythmic drills (every phase on the beat). */
    record BlockInfo(int index, String name, Tempo tempo, boolean rhythmic) {
    }

    final Routine routine;
    final String stage;
    final Map<String, ExerciseInfo> exercises = new LinkedHashMap<>();
    final List<BlockInfo> blocks = new ArrayList<>();

    RoutineFacts(Routine routine, String stageId) {
        this.routine = routine;
        List<Stage> stages = routine.stages();
        String stage = stageId;
        if (!stages.isEmpty() && (stage == null || stages.stream().noneMatch(s -> s.id().equals(stageId)))) {
            stage = stages.get(0).id();
        }
        this.stage = stages.isEmpty() ? null : stage;
        Map<String, Set<Integer>> blocksOf = new LinkedHashMap<>();
        for (int b = 0; b < routine.blocks().size(); b++) {
            Block block = routine.blocks().get(b);
            if (this.stage != null && !this.stage.equals(block.stage())) {
                continue;
            }
            Tempo tempo = routine.tempo().with(block.tempo());
            boolean rhythmic = tempo.source() != TempoSource.SONG && !tempo.ramps() && !block.steps().isEmpty();
            for (Step step : block.steps()) {
                Exercise exercise = routine.exercise(step.exercise());
                String level = step.level() != null ? step.level() : exercise.defaultLevel();
                if (step.onlyAtLevel() == null && hold(step, exercise, level) > 0) {
                    rhythmic = false;
                }
                if (step.onlyAtLevel() != null) {
                    continue;
                }
                blocksOf.computeIfAbsent(exercise.id(), k -> new LinkedHashSet<>()).add(b);
                if (!exercises.containsKey(exercise.id())) {
                    exercises.put(exercise.id(), new ExerciseInfo(exercise, step, level, step.reps(), Set.of(), false));
                }
            }
            blocks.add(new BlockInfo(b, block.name(), tempo, rhythmic));
        }
        exercises.replaceAll((id, info) -> new ExerciseInfo(info.exercise(), info.firstStep(), info.writtenLevel(),
                info.writtenReps(), Set.copyOf(blocksOf.get(id)), oneSided(id)));
    }

    private boolean oneSided(String exercise) {
        for (BlockInfo block : blocks) {
            for (Step step : routine.blocks().get(block.index()).steps()) {
                if (step.exercise().equals(exercise) && step.side() != Side.BOTH) {
                    return true;
                }
            }
        }
        return false;
    }

    BlockInfo block(int index) {
        for (BlockInfo block : blocks) {
            if (block.index() == index) {
                return block;
            }
        }
        return null;
    }

    static double hold(Step step, Exercise exercise, String level) {
        List<Phase> phases = step.phases();
        if (phases == null) {
            phases = exercise.level(level).map(Level::phases).filter(p -> p != null).orElse(exercise.phases());
        }
        double hold = 0;
        for (Phase phase : phases) {
            if (!phase.timedInBeats()) {
                hold = Math.max(hold, phase.seconds());
            }
        }
        return hold;
    }
}
