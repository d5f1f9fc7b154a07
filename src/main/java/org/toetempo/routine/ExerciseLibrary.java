package org.toetempo.routine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in exercises that routines reference by id ({@code routines/exercises.json}). */
public final class ExerciseLibrary {

    static final String RESOURCE = "/routines/exercises.json";

    private final Map<String, Exercise> exercises;

    ExerciseLibrary(Map<String, Exercise> exercises) {
        this.exercises = Map.copyOf(exercises);
    }

    /** Loads the library packaged with the app; a broken one is a build defect, hence the exception. */
    public static ExerciseLibrary builtIn() {
        try (InputStream in = ExerciseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in exercise library " + RESOURCE + " is missing from the build");
            }
            List<Problem> problems = new ArrayList<>();
            Map<String, Exercise> read = RoutineReader.readLibrary("routines/exercises.json", in.readAllBytes(), problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in exercise library is invalid:\n"
                        + String.join("\n", problems.stream().map(Problem::toString).toList()));
            }
            return new ExerciseLibrary(read);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in exercise library", e);
        }
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Set<String> ids() {
        return exercises.keySet();
    }

    public Collection<Exercise> all() {
        return exercises.values();
    }
}
