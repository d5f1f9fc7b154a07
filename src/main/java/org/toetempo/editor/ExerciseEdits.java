package org.toetempo.editor;

import org.toetempo.routine.Clip;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.text.Phrase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The edits of the routine's own exercises and their levels, as {@link Edits} describes them. Renaming or removing an
 * exercise also changes the steps that use it.
 */
public final class ExerciseEdits {

    private ExerciseEdits() {
    }

    /** Adds an exercise of the routine's own, or replaces the one with its id (overriding a library one). */
    public static Edit putExercise(Exercise exercise) {
        return Edit.of(Phrase.phrase("undo.change-exercise-named", exercise.id()), r -> EditSupport.withExercise(r, exercise, true));
    }

    /** An exercise's lists of texts. */
    public enum ExerciseText {
        ALIASES("aliases", "other name"), INSTRUCTIONS("instructions", "instruction"), CUES("cues", "cue"),
        MISTAKES("mistakes", "mistake"), TARGETS("targets", "muscle"), EQUIPMENT("equipment", "item"),
        SAFETY("safety", "caution");

        private final String field;
        private final String item;

        ExerciseText(String field, String item) {
            this.field = field;
            this.item = item;
        }

        /** The JSON field, e.g. {@code "instructions"}. */
        public String field() {
            return field;
        }

        /** One entry, for "Add instruction". */
        public String item() {
            return item;
        }

        public List<String> of(Exercise e) {
            List<String> texts = switch (this) {
                case ALIASES -> e.aliases();
                case INSTRUCTIONS -> e.instructions();
                case CUES -> e.cues();
                case MISTAKES -> e.mistakes();
                case TARGETS -> e.targets();
                case EQUIPMENT -> e.equipment();
                case SAFETY -> e.safety();
            };
            return texts == null ? List.of() : texts;
        }

        Exercise with(Exercise e, List<String> texts) {
            ExerciseBuilder b = ExerciseBuilder.from(e);
            return switch (this) {
                case ALIASES -> b.aliases(texts).build();
                case INSTRUCTIONS -> b.instructions(texts).build();
                case CUES -> b.cues(texts).build();
                case MISTAKES -> b.mistakes(texts).build();
                case TARGETS -> b.targets(texts).build();
                case EQUIPMENT -> b.equipment(texts).build();
                case SAFETY -> b.safety(texts).build();
            };
        }
    }

    public static Edit setExerciseName(String id, String name) {
        return exercise(Phrase.phrase("undo.change-exercise-name"), id, "name", e -> ExerciseBuilder.from(e).name(EditSupport.required(name)).build());
    }

    /** The starting position. */
    public static Edit setExerciseStart(String id, String start) {
        return exercise(Phrase.phrase("undo.change-starting-position"), id, "start", e -> ExerciseBuilder.from(e).start(EditSupport.required(start)).build());
    }

    public static Edit setExerciseSource(String id, String source) {
        return exercise(Phrase.phrase("undo.change-exercise-source"), id, "source", e -> ExerciseBuilder.from(e).source(EditSupport.optional(source)).build());
    }

    /** What the animated foot moves. */
    public static Edit setExerciseFigure(String id, FootPart figure) {
        return exercise(Phrase.phrase("undo.change-foot-figure"), id, "figure", e -> ExerciseBuilder.from(e).figure(figure).build());
    }

    /** Replaces one of the exercise's lists (instructions, cues...). */
    public static Edit setExerciseTexts(String id, ExerciseText list, List<String> texts) {
        return exercise(Phrase.phrase("undo.change-exercise-list", list.ordinal()), id, list.field(), e -> list.with(e, EditSupport.stripped(texts)));
    }

    /** One rep of the exercise (steps that have no phases of their own play it). */
    public static Edit setExercisePhases(String id, List<Phase> phases) {
        return exercise(Phrase.phrase("undo.change-exercise-phases"), id, "phases", e -> ExerciseBuilder.from(e).phases(phases).build());
    }

    /** The whole ladder of levels (add, remove, reorder); the default level follows as {@link ExerciseBuilder#levels} says. */
    public static Edit setExerciseLevels(String id, List<Level> levels) {
        return exercise(Phrase.phrase("undo.change-levels"), id, null, e -> ExerciseBuilder.from(e).levels(levels).build());
    }

    /** A level's id; the default level and the steps of this exercise that named the old id follow it. */
    public static Edit setLevelId(String id, int level, String levelId) {
        String to = EditSupport.required(levelId);
        return Edit.of(Phrase.phrase("undo.change-level-id"), levelKey(id, level, "id"), r -> {
            Exercise e = exerciseIn(r, id);
            Level old = e.levels().get(level);
            Exercise changed = ExerciseBuilder.from(e)
                    .defaultLevel(old.id() != null && old.id().equals(e.defaultLevel()) ? to : e.defaultLevel())
                    .levels(EditSupport.set(e.levels(), level, new Level(to, old.name(), old.how(), old.phases(), old.clip(), old.posture()))).build();
            Routine withExercise = withExerciseChanged(r, id, changed);
            if (old.id() == null || old.id().equals(to)) {
                return withExercise;
            }
            return RoutineBuilder.from(withExercise).blocks(EditSupport.list(withExercise.blocks()).stream().map(b -> BlockBuilder.from(b)
                    .steps(b.steps().stream().map(st -> id.equals(st.exercise()) ? StepBuilder.from(st)
                            .level(old.id().equals(st.level()) ? to : st.level())
                            .onlyAtLevel(old.id().equals(st.onlyAtLevel()) ? to : st.onlyAtLevel()).build() : st).toList())
                    .build()).toList()).build();
        });
    }

    public static Edit setLevelName(String id, int level, String name) {
        return Edit.of(Phrase.phrase("undo.change-level-name"), levelKey(id, level, "name"), r -> level(r, id, level,
                l -> new Level(l.id(), EditSupport.required(name), l.how(), l.phases(), l.clip(), l.posture())));
    }

    /** What changes at this level. */
    public static Edit setLevelHow(String id, int level, String how) {
        return Edit.of(Phrase.phrase("undo.change-level"), levelKey(id, level, "how"), r -> level(r, id, level,
                l -> new Level(l.id(), l.name(), EditSupport.required(how), l.phases(), l.clip(), l.posture())));
    }

    /** The rep at this level, or {@code null} for the exercise's. */
    public static Edit setLevelPhases(String id, int level, List<Phase> phases) {
        return Edit.of(Phrase.phrase("undo.change-level-phases"), levelKey(id, level, "phases"), r -> level(r, id, level,
                l -> new Level(l.id(), l.name(), l.how(), phases == null ? null : List.copyOf(phases), l.clip(), l.posture())));
    }

    /** The exercise's video of one rep, or {@code null} to remove it. */
    public static Edit setExerciseClip(String id, Clip clip) {
        return exercise(clip == null ? Phrase.phrase("undo.remove-clip") : Phrase.phrase("undo.change-clip"), id, "clip", e -> e.withClip(clip));
    }

    /** A level's own video of one rep, or {@code null} for the exercise's. */
    public static Edit setLevelClip(String id, int level, Clip clip) {
        return Edit.of(clip == null ? Phrase.phrase("undo.remove-level-clip") : Phrase.phrase("undo.change-level-clip"), levelKey(id, level, "clip"),
                r -> level(r, id, level, l -> l.withClip(clip)));
    }

    /** The level steps play when they name none. */
    public static Edit setExerciseDefaultLevel(String id, String level) {
        return exercise(Phrase.phrase("undo.change-default-level"), id, "default_level", e -> ExerciseBuilder.from(e).defaultLevel(level).build());
    }

    /**
     * A new id for an exercise of the routine; its steps follow it. A library exercise renamed becomes one of the
     * routine's own (the library's stays as it was).
     *
     * @throws IllegalArgumentException when another exercise of the routine has that id
     */
    public static Edit renameExercise(String from, String to) {
        String id = EditSupport.required(to);
        return Edit.of(Phrase.phrase("undo.change-exercise-id"), FieldPaths.field("exercises") + "#id", r -> {
            Exercise e = exerciseIn(r, from);
            if (id.equals(from)) {
                return r;
            }
            if (EditSupport.map(r.exercises()).containsKey(id)) {
                throw new IllegalArgumentException("another exercise of this routine has the id '" + id + "'");
            }
            Map<String, Exercise> exercises = new HashMap<>(EditSupport.map(r.exercises()));
            exercises.remove(from);
            exercises.put(id, ExerciseBuilder.from(e).id(id).build());
            return RoutineBuilder.from(r).exercises(exercises).blocks(EditSupport.list(r.blocks()).stream().map(b -> BlockBuilder.from(b)
                    .steps(b.steps().stream().map(st -> from.equals(st.exercise()) ? StepBuilder.from(st).exercise(id).build() : st)
                            .toList()).build()).toList()).build();
        });
    }

    private static Edit exercise(Phrase name, String id, String key, UnaryOperator<Exercise> change) {
        return Edit.of(name, key == null ? null : FieldPaths.child(FieldPaths.exercise(id), key),
                r -> withExerciseChanged(r, id, change.apply(exerciseIn(r, id))));
    }

    private static Routine level(Routine r, String id, int level, UnaryOperator<Level> change) {
        Exercise e = exerciseIn(r, id);
        return withExerciseChanged(r, id, ExerciseBuilder.from(e).levels(EditSupport.set(e.levels(), level, change.apply(e.levels().get(level)))).build());
    }

    private static String levelKey(String id, int level, String field) {
        return FieldPaths.child(FieldPaths.index(FieldPaths.child(FieldPaths.exercise(id), "levels"), level), field);
    }

    private static Exercise exerciseIn(Routine r, String id) {
        Exercise e = EditSupport.map(r.exercises()).get(id);
        if (e == null) {
            throw new IllegalArgumentException("the routine has no exercise '" + id + "'");
        }
        return e;
    }

    private static Routine withExerciseChanged(Routine r, String id, Exercise changed) {
        Map<String, Exercise> exercises = new HashMap<>(EditSupport.map(r.exercises()));
        exercises.put(id, changed);
        return RoutineBuilder.from(r).exercises(exercises).build();
    }

    /** Removes an exercise of the routine's own (steps still using it are then reported by the validation). */
    public static Edit removeExercise(String exerciseId) {
        return Edit.of(Phrase.phrase("undo.remove-exercise-named", exerciseId), r -> {
            Map<String, Exercise> exercises = new HashMap<>(EditSupport.map(r.exercises()));
            if (exercises.remove(exerciseId) == null) {
                throw new IllegalArgumentException("the routine has no exercise '" + exerciseId + "'");
            }
            return RoutineBuilder.from(r).exercises(exercises).build();
        });
    }
}
