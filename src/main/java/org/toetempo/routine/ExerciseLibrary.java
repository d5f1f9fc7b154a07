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
    private final String language;

    ExerciseLibrary(Map<String, Exercise> exercises) {
        this(exercises, Translations.DEFAULT_LANGUAGE);
    }

    ExerciseLibrary(Map<String, Exercise> exercises, String language) {
        this.exercises = Map.copyOf(exercises);
        this.language = language;
    }

    /** Loads the library packaged with the app, in English; a broken one is a build defect, hence the exception. */
    public static ExerciseLibrary builtIn() {
        return builtIn(Translations.DEFAULT_LANGUAGE);
    }

    /**
     * The library packaged with the app in a language (a code such as "de"): its translated texts where it has
     * them, English elsewhere. Routines read with this library are read in the same language.
     */
    public static ExerciseLibrary builtIn(String language) {
        try (InputStream in = ExerciseLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in exercise library " + RESOURCE + " is missing from the build");
            }
            List<Problem> problems = new ArrayList<>();
            Map<String, Exercise> read = RoutineReader.readLibrary("routines/exercises.json", in.readAllBytes(),
                    language, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in exercise library is invalid:\n"
                        + String.join("\n", problems.stream().map(Problem::toString).toList()));
            }
            return new ExerciseLibrary(read, language);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in exercise library", e);
        }
    }

    /** The language its texts were read in, and routines read with it are read in. */
    public String language() {
        return language;
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
