package org.toetempo.editor;

import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Step;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A routine open in the editor: the routine as edited so far (immutable; every {@link Edit} makes a new one), its
 * undo history, whether it has unsaved changes, and what the loader thinks of it. Not thread-safe: use it from one
 * thread (the FX thread); {@link #routine()} is immutable and may be handed to others (autosave, "try it").
 *
 * <p>Made by {@link UserRoutines} ({@code open}, {@code duplicate}, {@code blank}, {@code restore}) and saved there.
 */
public final class EditableRoutine {

    private final ExerciseLibrary library;
    private final Checker checker;
    private final UndoStack<Routine> stack;
    private final String draftKey;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Path file;
    private Checker.Checked checked;
    private long draftRevision = -1;

    /**
     * @param file     the user routine file this routine was opened from (saving replaces it), or {@code null}
     * @param draftKey the name of its autosave draft
     * @param saved    whether {@code start} is saved as it is (false for a duplicate, a blank or a restored draft)
     */
    EditableRoutine(Routine start, ExerciseLibrary library, Path file, String draftKey, boolean saved) {
        this.library = Objects.requireNonNull(library);
        this.checker = new Checker(library);
        this.file = file;
        this.draftKey = Objects.requireNonNull(draftKey);
        this.stack = new UndoStack<>(withExercisesInUse(start));
        if (!saved) {
            stack.markUnsaved();
        }
    }

    /** The routine as edited now (may be invalid: see {@link #validation()}). */
    public Routine routine() {
        return stack.current();
    }

    /**
     * Applies an edit as one undo step; returns false when it changed nothing.
     *
     * @throws IndexOutOfBoundsException when the edit names a block, step or phase that is not there (nothing changes)
     */
    public boolean execute(Edit edit) {
        Routine next = withExercisesInUse(edit.apply(routine()));
        boolean changed = stack.push(edit.name(), edit.mergeKey(), next);
        if (changed) {
            changed();
        }
        return changed;
    }

    public boolean undo() {
        boolean changed = stack.undo();
        if (changed) {
            changed();
        }
        return changed;
    }

    public boolean redo() {
        boolean changed = stack.redo();
        if (changed) {
            changed();
        }
        return changed;
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    /** "Change reps", for an "Undo change reps" menu item, to be worded in the app's language. */
    public Optional<Phrase> undoName() {
        return stack.undoName();
    }

    public Optional<Phrase> redoName() {
        return stack.redoName();
    }

    /** Unsaved changes: closing should ask. */
    public boolean dirty() {
        return stack.dirty();
    }

    public long revision() {
        return stack.revision();
    }

    /** The user routine file this routine is saved in, or {@code null} before its first save. */
    public Path file() {
        return file;
    }

    /** The name of its autosave draft ({@link DraftStore}). */
    public String draftKey() {
        return draftKey;
    }

    /** What the loader says about the routine as it would be saved: every problem, placed on its field. */
    public Validation validation() {
        return check().validation();
    }

    /** The routine exactly as the loader reads it back once saved, when it is valid. */
    public Optional<Routine> valid() {
        return Optional.ofNullable(check().valid());
    }

    /**
     * Checks routines as {@link #validation()} does, on any thread: a screen hands it {@link #routine()} on a
     * background thread and gives the result back with {@link #remember}.
     */
    public Checker checker() {
        return checker;
    }

    /** Keeps a check made elsewhere (in the background) when it is of the routine as it is now, so it is not made again. */
    public void remember(Checker.Checked check) {
        if (check.routine() == routine()) {
            checked = check;
        }
    }

    /** The check of the routine as it is now, if one was made already. */
    public Optional<Checker.Checked> checkedNow() {
        return checked != null && checked.routine() == routine() ? Optional.of(checked) : Optional.empty();
    }

    /** Length and reps per foot at the routine's own tempo (the first stage of a programme); empty while invalid. */
    public Optional<Summary> summary() {
        return summary(PlayOptions.defaults());
    }

    /** Length and reps per foot as played with {@code options} (e.g. {@code defaults().withBpm(80)}); empty while invalid. */
    public Optional<Summary> summary(PlayOptions options) {
        return valid().map(r -> Summary.of(r, options));
    }

    /** The file text the routine would be saved as (exercises the library has unchanged left out). */
    public String json() {
        return checker.json(routine());
    }

    /** Called after every change: an edit, undo, redo or save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------ for UserRoutines and DraftStore

    void markSaved(Path savedTo) {
        file = savedTo;
        stack.markSaved();
        changed();
    }

    /** True when the draft on disk is older than the routine (so autosave should write it). */
    boolean draftBehind() {
        return draftRevision != stack.revision();
    }

    void draftWritten(long revision) {
        draftRevision = revision;
    }

    String fileName() {
        return Checker.fileName(routine());
    }

    // ------------------------------------------------------------------ internals

    private Checker.Checked check() {
        // The routines are immutable and every edit makes a new one: the same object means the same check.
        if (checked == null || checked.routine() != routine()) {
            checked = checker.check(routine());
        }
        return checked;
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /**
     * Keeps {@link Routine#exercises()} as the loader would make it: every library exercise a step uses is in it,
     * and one the steps no longer use, unchanged from the library, leaves it. Exercises of the routine's own stay.
     */
    Routine withExercisesInUse(Routine r) {
        Map<String, Exercise> exercises = r.exercises() == null ? Map.of() : r.exercises();
        Set<String> used = new HashSet<>();
        for (Block block : r.blocks() == null ? List.<Block>of() : r.blocks()) {
            for (Step step : block.steps() == null ? List.<Step>of() : block.steps()) {
                if (step.exercise() != null) {
                    used.add(step.exercise());
                }
            }
        }
        Map<String, Exercise> kept = new HashMap<>(exercises);
        kept.values().removeIf(e -> !used.contains(e.id()) && library.find(e.id()).map(e::equals).orElse(false));
        for (String id : used) {
            if (!kept.containsKey(id)) {
                library.find(id).ifPresent(e -> kept.put(id, e));
            }
        }
        return kept.equals(exercises) && r.exercises() != null ? r : RoutineBuilder.from(r).exercises(kept).build();
    }
}
