package org.toetempo.editor;

import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.RoutineWriter;

import java.util.Objects;

/**
 * What the loader says about a routine as it would be saved: written as the file, read back, every problem
 * placed on its field. Holds no state, so a screen may run it on a background thread while the user types.
 */
public final class Checker {

    /** One routine, checked: its problems, and the routine as the loader reads it back when it has none. */
    public record Checked(Routine routine, Validation validation, Routine valid) {
        public boolean ok() {
            return valid != null;
        }
    }

    private final RoutineReader reader;
    private final RoutineWriter writer;

    Checker(ExerciseLibrary library) {
        this.reader = new RoutineReader(Objects.requireNonNull(library));
        this.writer = RoutineWriter.forLibrary(library);
    }

    public Checked check(Routine routine) {
        LoadResult read = reader.read(fileName(routine), writer.bytes(routine));
        return new Checked(routine, Validation.of(read.problems()), read.routine());
    }

    /** The routine's file name: its id, or "routine" while it has none. */
    static String fileName(Routine routine) {
        String id = routine.id();
        return (id == null || id.isBlank() ? "routine" : id) + ".json";
    }

    /** The file text the routine would be saved as. */
    String json(Routine routine) {
        return writer.write(routine);
    }
}
