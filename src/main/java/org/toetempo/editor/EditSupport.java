package org.toetempo.editor;

import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Step;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.Wording;
import org.toetempo.text.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** What the edit factories share: a routine with one block, step or exercise changed, and copies of lists changed. */
final class EditSupport {

    private EditSupport() {
    }

    static Edit field(Phrase name, String key, UnaryOperator<Routine> change) {
        return Edit.of(name, key.startsWith("$") ? key : FieldPaths.field(key), change);
    }

    static Routine withBlock(Routine r, int b, UnaryOperator<Block> change) {
        List<Block> blocks = list(r.blocks());
        return RoutineBuilder.from(r).blocks(set(blocks, b, change.apply(blocks.get(b)))).build();
    }

    static Routine withStep(Routine r, int b, int s, UnaryOperator<Step> change) {
        return withBlock(r, b, x -> BlockBuilder.from(x).steps(set(x.steps(), s, change.apply(x.steps().get(s)))).build());
    }

    static Routine withExercise(Routine r, Exercise exercise) {
        return withExercise(r, exercise, false);
    }

    static Routine withExercise(Routine r, Exercise exercise, boolean replace) {
        Map<String, Exercise> exercises = map(r.exercises());
        if (!replace && exercises.containsKey(exercise.id())) {
            return r;
        }
        Map<String, Exercise> changed = new HashMap<>(exercises);
        changed.put(exercise.id(), exercise);
        return RoutineBuilder.from(r).exercises(changed).build();
    }

    /** The phases a step plays now: its own, else its level's or exercise's (to copy before changing one). */
    static List<Phase> phasesOf(Routine r, Step step) {
        if (step.phases() != null) {
            return step.phases();
        }
        Exercise exercise = map(r.exercises()).get(step.exercise());
        return exercise == null ? List.of() : Wording.phasesOf(step, exercise);
    }

    static TempoOverride override(TempoOverride old, UnaryOperator<TempoOverride> change) {
        TempoOverride base = old == null ? new TempoOverride(null, null, null, null, null) : old;
        return emptyToNull(change.apply(base));
    }

    static TempoOverride emptyToNull(TempoOverride o) {
        return o == null || o.bpm() == null && o.minBpm() == null && o.maxBpm() == null && o.rampToBpm() == null
                && o.source() == null ? null : o;
    }

    static String required(String text) {
        return text == null ? null : text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> stripped(List<String> texts) {
        return texts.stream().map(t -> t == null ? "" : t.strip()).toList();
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    static <T> List<T> set(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    static <T> List<T> insert(List<T> list, int at, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(at, value);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int i) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(i);
        return copy;
    }

    static <T> List<T> move(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(from);
        copy.add(to, item);
        return copy;
    }
}
