package org.toetempo.ui;

import org.toetempo.figure.Moment;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Level;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of a pose contact sheet: each exercise as a routine plays it, or as the library defines it. */
public final class PoseSheetRows {

    private PoseSheetRows() {
    }

    /** Every step of the routine that draws differently (exercise, level, side and phases), in order. */
    public static List<PoseSheet.Entry> ofRoutine(Routine routine) {
        Map<Moment, PoseSheet.Entry> out = new LinkedHashMap<>();
        for (Block block : routine.blocks()) {
            for (Step step : block.steps()) {
                Exercise exercise = routine.exercise(step.exercise());
                String level = step.level() != null ? step.level() : exercise.defaultLevel();
                Moment m = new Moment(exercise, level, Wording.phasesOf(step, exercise), -1, 0, step.side());
                out.putIfAbsent(m, new PoseSheet.Entry(heading(exercise, level, m.side()), m));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Every exercise of the library at its default level, on the side the built-in routines first do it on (both
     * feet if none does), then each level that changes the posture.
     */
    public static List<PoseSheet.Entry> ofLibrary(ExerciseLibrary exercises, RoutineLibrary routines) {
        List<PoseSheet.Entry> out = new ArrayList<>();
        List<Exercise> sorted = new ArrayList<>(exercises.all());
        // In a fixed order, so the sheet made again compares with the last one.
        sorted.sort(Comparator.comparing(Exercise::name));
        for (Exercise exercise : sorted) {
            Side side = sideUsed(exercise.id(), routines);
            String level = exercise.defaultLevel();
            Moment m = new Moment(exercise, level, exercise.level(level).map(Level::phases).filter(p -> p != null)
                    .orElse(exercise.phases()), -1, 0, side);
            out.add(new PoseSheet.Entry(heading(exercise, level, m.side()), m));
        }
        return out;
    }

    private static Side sideUsed(String exerciseId, RoutineLibrary routines) {
        for (RoutineLibrary.Entry entry : routines.entries()) {
            if (!entry.ok()) {
                continue;
            }
            for (Block block : entry.routine().blocks()) {
                for (Step step : block.steps()) {
                    if (step.exercise().equals(exerciseId) && step.side() != null) {
                        return step.side();
                    }
                }
            }
        }
        return Side.BOTH;
    }

    private static String heading(Exercise exercise, String level, Side side) {
        String levelName = level == null ? "" : exercise.level(level).map(Level::name).orElse(level);
        String posture = exercise.postureAt(level).json().replace('-', ' ');
        return exercise.name() + " (" + exercise.id() + ")" + (levelName.isEmpty() ? "" : " — level: " + levelName)
                + " — " + posture + " — " + (side == Side.BOTH ? "both feet" : side.json().toLowerCase(Locale.ROOT) + " foot");
    }
}
