package org.toetempo.timing;

import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Routines for timing tests: the built-ins, and small ones written here. */
final class Routines {

    private Routines() {
    }

    static final RoutineReader READER = new RoutineReader(ExerciseLibrary.builtIn());
    static final RoutineLibrary BUILT_IN = RoutineLibrary.load(READER, null);

    static Routine builtIn(String id) {
        return BUILT_IN.find(id).orElseThrow();
    }

    static List<Routine> allBuiltIn() {
        return BUILT_IN.entries().stream().map(RoutineLibrary.Entry::routine).toList();
    }

    /** A one-block routine around the given steps JSON, tempo JSON and extra block fields. */
    static Routine of(String tempo, String blockExtras, String steps) {
        String json = """
                {"format": 1, "id": "test", "name": "Test", "summary": "A test.", "purpose": "Testing.",
                 "audience": ["runner"], "duration": {"minutes": 1}, "frequency": {"times": 1, "per": "day"},
                 "equipment": [], "safety": ["Stop if it hurts."], "tempo": %s,
                 "blocks": [{"name": "Main" %s, "steps": [%s]}]}
                """.formatted(tempo, blockExtras, steps);
        LoadResult result = READER.read("test.json", json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new AssertionError(result.problems().toString());
        }
        return result.routine();
    }
}
