package org.toetempo.routine;

import java.util.List;
import java.util.Map;

/**
 * A validated routine, immutable. {@code exercises} holds every exercise its steps use, whether the file
 * defined it or it came from the built-in library, so the routine stands on its own.
 * Optional texts ({@code setup}) are {@code null} when not written.
 */
public record Routine(
        int format,
        String id,
        String name,
        String summary,
        String purpose,
        List<Audience> audience,
        Difficulty difficulty,
        EstimatedDuration duration,
        Frequency frequency,
        String setup,
        List<String> equipment,
        List<String> safety,
        List<String> credits,
        List<String> notes,
        Tempo tempo,
        Map<String, Exercise> exercises,
        List<Stage> stages,
        List<Block> blocks) {

    /** The only format version this build reads and writes. */
    public static final int FORMAT = 1;

    public Exercise exercise(String exerciseId) {
        Exercise exercise = exercises.get(exerciseId);
        if (exercise == null) {
            throw new IllegalArgumentException("routine " + id + " has no exercise " + exerciseId);
        }
        return exercise;
    }
}
