package org.toetempo.editor;

import org.toetempo.files.AppPaths;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import java.nio.file.Path;

/** Built-in routines and a user folder for editor tests. */
final class EditorFixtures {

    static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();
    static final RoutineReader READER = new RoutineReader(LIBRARY);
    static final RoutineLibrary BUILT_IN = RoutineLibrary.load(READER, null);

    private EditorFixtures() {
    }

    static Routine builtIn(String id) {
        return BUILT_IN.find(id).orElseThrow();
    }

    static Exercise exercise(String id) {
        return LIBRARY.find(id).orElseThrow();
    }

    static UserRoutines userRoutines(Path home) {
        return new UserRoutines(new AppPaths(home), LIBRARY);
    }

    /** An unsaved editor over a copy of a built-in routine (its own id kept), without touching the disk. */
    static EditableRoutine editing(String builtInId) {
        return new EditableRoutine(builtIn(builtInId), LIBRARY, null, DraftStore.newKey(), true);
    }
}
