package org.toetempo.ui.editor;

import javafx.beans.property.StringProperty;
import org.toetempo.editor.Edit;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.editor.ExerciseBuilder;
import org.toetempo.editor.Templates;
import org.toetempo.editor.UserRoutines;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Step;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The editor's exercises: those a step may use, the routine's own, and the one whose form is open. */
final class ExerciseEditing {

    private final UserRoutines routines;
    private final Supplier<Routine> routine;
    private final Predicate<Edit> execute;
    /** The id of the exercise whose form is open, or {@code null}. */
    private final StringProperty editedExercise;
    private final Messages messages;

    ExerciseEditing(UserRoutines routines, Supplier<Routine> routine, Predicate<Edit> execute,
                    StringProperty editedExercise, Messages messages) {
        this.messages = messages;
        this.routines = routines;
        this.routine = routine;
        this.execute = execute;
        this.editedExercise = editedExercise;
    }

    /** Every exercise a step may use: the built-in library and the routine's own, by name. */
    List<Exercise> all() {
        Map<String, Exercise> all = new LinkedHashMap<>();
        routines.exercises().all().forEach(e -> all.put(e.id(), e));
        Routine r = routine.get();
        if (r.exercises() != null) {
            r.exercises().values().forEach(e -> all.put(e.id(), e));
        }
        List<Exercise> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing((Exercise e) -> nameOf(e).toLowerCase(Locale.ROOT)).thenComparing(Exercise::id));
        return list;
    }

    /** The exercise of a step, from the routine or else the library ({@code null} when unknown). */
    Exercise of(Step step) {
        if (step == null || step.exercise() == null) {
            return null;
        }
        Routine r = routine.get();
        if (r.exercises() != null && r.exercises().containsKey(step.exercise())) {
            return r.exercises().get(step.exercise());
        }
        return routines.exercises().find(step.exercise()).orElse(null);
    }

    /** Opens the form of an exercise of the routine (a library exercise its steps use is one too: a change makes it its own). */
    void edit(String exerciseId) {
        Routine r = routine.get();
        if (r.exercises() != null && r.exercises().containsKey(exerciseId)) {
            editedExercise.set(exerciseId);
        }
    }

    /** Adds a new exercise of the routine's own, under a free id, and opens its form. */
    void add() {
        Routine r = routine.get();
        String id = Templates.freeId("my-exercise",
                x -> r.exercises() != null && r.exercises().containsKey(x) || routines.exercises().find(x).isPresent());
        Exercise exercise = ExerciseBuilder.named(id, messages.get("editor.exercise.new-name")).build();
        if (execute.test(Edit.of(messages.get("editor.exercise.add-edit"), ExerciseEdits.putExercise(exercise)::apply))) {
            editedExercise.set(id);
        }
    }

    /** Gives the exercise a new id (its steps follow) and keeps its form open; false, changing nothing, when taken. */
    boolean rename(String from, String to) {
        boolean editing = from.equals(editedExercise.get());
        if (editing) {
            // Follow it before the routine changes: the form must not close (and lose the focus) in between.
            editedExercise.set(to == null ? "" : to.strip());
        }
        if (!execute.test(ExerciseEdits.renameExercise(from, to))) {
            if (editing) {
                editedExercise.set(from);
            }
            return false;
        }
        return true;
    }

    /**
     * Removes an exercise of the routine's own; a library exercise the routine changed goes back to the library's
     * version (its steps keep it).
     */
    void remove(String exerciseId) {
        if (execute.test(ExerciseEdits.removeExercise(exerciseId)) && !routine.get().exercises().containsKey(exerciseId)) {
            editedExercise.set(null);
        }
    }

    /** The exercises this routine defines or changes, by name: what its file carries besides the library's. */
    List<Exercise> own() {
        Routine r = routine.get();
        if (r.exercises() == null) {
            return List.of();
        }
        List<Exercise> own = new ArrayList<>();
        for (Exercise e : r.exercises().values()) {
            if (!library(e.id()).map(e::equals).orElse(false)) {
                own.add(e);
            }
        }
        own.sort(Comparator.comparing((Exercise e) -> nameOf(e).toLowerCase(Locale.ROOT)).thenComparing(Exercise::id));
        return own;
    }

    /** The built-in library's exercise of this id. */
    Optional<Exercise> library(String exerciseId) {
        return routines.exercises().find(exerciseId);
    }

    /** How many steps use the exercise. */
    int stepsUsing(String exerciseId) {
        int n = 0;
        for (Block b : routine.get().blocks() == null ? List.<Block>of() : routine.get().blocks()) {
            for (Step st : b.steps() == null ? List.<Step>of() : b.steps()) {
                if (exerciseId.equals(st.exercise())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** An exercise's name, or its id while it has none. */
    static String nameOf(Exercise e) {
        return e.name() == null || e.name().isBlank() ? e.id() : e.name();
    }
}
