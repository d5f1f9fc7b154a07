package org.toetempo.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.toetempo.editor.Edit;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.RoutineBuilder;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Templates;
import org.toetempo.editor.UserRoutines;
import org.toetempo.editor.Validation;
import org.toetempo.handout.FootStills;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Step;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The editor's view-model: the routine being edited and what the screen shows about it (validation, live summary,
 * undo and redo names, unsaved changes, the selected block or step, a notice), as read-only properties refreshed
 * after every change, and the user's commands as methods. Use it on the FX thread. The jobs behind the commands live
 * in their own classes: {@link StructureEditing} (the outline's commands), {@link ExerciseEditing} (the routine's
 * exercises), {@link EditorFiles} (saving, export, the handout) and {@link LiveCheck} (validation and summary).
 *
 * <p>Checking the routine (writing it as the file and reading it back) and measuring it (compiling its schedule)
 * take tens of milliseconds, too long for every keystroke on the FX thread. They run on a background executor: the
 * routine, undo and saved state change at once, the validation and summary follow when checked, and a check that a
 * newer keystroke overtook is dropped. {@link #checkingProperty()} is true meanwhile. Saving, "Try it" and the
 * handout check synchronously whatever is not checked yet, so they never act on a stale answer.
 */
public final class EditorModel {

    /** What is selected in the outline: a block ({@code step == -1}) or one of its steps. */
    public record Selection(int block, int step) {
        public boolean isStep() {
            return step >= 0;
        }

        public static Selection block(int block) {
            return new Selection(block, -1);
        }
    }

    /** A message for the notice bar. */
    public record Notice(Kind kind, String text, List<String> details) {
        public enum Kind { INFO, SUCCESS, ERROR, WORKING }

        public Notice {
            details = List.copyOf(details);
        }

        static Notice of(Kind kind, String text) {
            return new Notice(kind, text, List.of());
        }
    }

    private final EditableRoutine editor;
    private final UserRoutines routines;
    private final Messages messages;
    private final LiveCheck check;
    private final EditorFiles files;
    private final ExerciseEditing exercises;
    private final StructureEditing structure;
    private Supplier<FootStills> stills;
    private ClipStore clips;
    private Executor clipExecutor;
    private Set<String> takenIds;

    private final ReadOnlyObjectWrapper<Routine> routine = new ReadOnlyObjectWrapper<>(this, "routine");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "");
    private final ReadOnlyStringWrapper savedState = new ReadOnlyStringWrapper(this, "savedState", "");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", new Selection(0, 0));
    /** The id of the exercise whose form is open in place of the selection's, or {@code null}. */
    private final ReadOnlyStringWrapper editedExercise = new ReadOnlyStringWrapper(this, "editedExercise");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** An editor that speaks English (tests); the app passes the user's language. */
    public EditorModel(EditableRoutine editor, UserRoutines routines, Executor background, Executor fx,
                       Executor handouts) {
        this(editor, routines, background, fx, handouts, Messages.of(Language.ENGLISH));
    }

    /**
     * The executors come from the app's composition root: the model starts no thread of its own.
     *
     * @param background where the routine is checked and measured ({@code Runnable::run}: at once, on the caller's thread)
     * @param fx         where results are handed over: the FX thread ({@code Runnable::run} when the caller is on it)
     * @param handouts   where handout PDFs are written: never the FX thread, which draws the foot figures meanwhile
     * @param messages   the words of the screen, in the user's language
     */
    public EditorModel(EditableRoutine editor, UserRoutines routines, Executor background, Executor fx,
                       Executor handouts, Messages messages) {
        this.editor = editor;
        this.routines = routines;
        this.messages = messages;
        this.check = new LiveCheck(editor, background, fx, messages);
        this.files = new EditorFiles(editor, routines, handouts, notice, busy, messages);
        this.exercises = new ExerciseEditing(routines, routine::get, this::execute, editedExercise, messages);
        this.structure = new StructureEditing(editor, selection, exercises, this::execute,
                s -> select(s.block(), s.step()), messages);
        this.stills = () -> FootStills.MODEL;
        editor.addListener(this::refresh);
        refreshState();
    }

    public EditableRoutine editor() {
        return editor;
    }

    /** The words of the editor's screens, in the user's language. */
    public Messages messages() {
        return messages;
    }

    /** Where attached videos are stored, and the executor that checks and copies them in (the app's). */
    public void useClips(ClipStore store, Executor copier) {
        this.clips = store;
        this.clipExecutor = copier;
    }

    /** The clip folder, or {@code null} when videos cannot be attached here (e.g. a test without one). */
    public ClipStore clips() {
        return clips;
    }

    Executor clipExecutor() {
        return clipExecutor;
    }

    public UserRoutines routines() {
        return routines;
    }

    /** Where the handout's foot figures come from (the app's own figure, by default). */
    void setStills(Supplier<FootStills> stills) {
        this.stills = stills;
    }

    // ------------------------------------------------------------------ editing

    /** Applies an edit as one undo step; false when it changed nothing or named something not there. */
    public boolean execute(Edit edit) {
        try {
            return editor.execute(edit);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return false;
        }
    }

    public boolean undo() {
        return editor.undo();
    }

    public boolean redo() {
        return editor.redo();
    }

    /**
     * Renames the routine. Until it is first saved, its id (its file's name) follows the name while it is what the
     * name gives ("Musical Toes (copy)" is musical-toes-copy; renamed "Musical Toes for Ann", it becomes
     * musical-toes-for-ann), so the file, the export and the handout are named after what the user called it. An id
     * the user typed is kept. One undo step takes back both.
     */
    public Edit nameEdit(String name) {
        Edit rename = Edits.setName(name);
        Routine r = routine.get();
        if (editor.file() != null || r.id() == null || !r.id().equals(Templates.idFor(r.name(), this::idTaken))) {
            return rename;
        }
        return Edit.of(rename.name(), rename.mergeKey(), before -> {
            Routine renamed = rename.apply(before);
            return RoutineBuilder.from(renamed).id(Templates.idFor(renamed.name(), this::idTaken)).build();
        });
    }

    /** Ids of the routines in the library (built-in and the user's), read once. */
    private boolean idTaken(String id) {
        if (takenIds == null) {
            takenIds = new HashSet<>();
            routines.library().entries().stream().filter(RoutineLibrary.Entry::ok)
                    .forEach(e -> takenIds.add(e.routine().id()));
        }
        return takenIds.contains(id);
    }

    // ------------------------------------------------------------------ the routine's own exercises

    /** Every exercise a step may use: the built-in library and the routine's own, by name. */
    public List<Exercise> exercises() {
        return exercises.all();
    }

    /** The exercise of a step, from the routine or else the library ({@code null} when unknown). */
    public Exercise exerciseOf(Step step) {
        return exercises.of(step);
    }

    /** Opens the form of an exercise of the routine (a library exercise its steps use is one too). */
    public void editExercise(String exerciseId) {
        exercises.edit(exerciseId);
    }

    /** Back from the exercise's form to the selected block or step. */
    public void closeExercise() {
        editedExercise.set(null);
    }

    /** Adds a new exercise of the routine's own, under a free id, and opens its form. */
    public void newExercise() {
        exercises.add();
    }

    /** Gives the exercise a new id (its steps follow) and keeps its form open; false, changing nothing, when taken. */
    public boolean renameExercise(String from, String to) {
        return exercises.rename(from, to);
    }

    /** Removes an exercise of the routine's own; a changed library exercise goes back to the library's version. */
    public void removeExercise(String exerciseId) {
        exercises.remove(exerciseId);
    }

    /** The exercises this routine defines or changes, by name: what its file carries besides the library's. */
    public List<Exercise> ownExercises() {
        return exercises.own();
    }

    /** The built-in library's exercise of this id. */
    public Optional<Exercise> library(String exerciseId) {
        return exercises.library(exerciseId);
    }

    /** How many steps use the exercise. */
    public int stepsUsing(String exerciseId) {
        return exercises.stepsUsing(exerciseId);
    }

    /** An exercise's name, or its id while it has none. */
    static String nameOf(Exercise e) {
        return ExerciseEditing.nameOf(e);
    }

    // ------------------------------------------------------------------ selection and structure

    public void select(int block, int step) {
        editedExercise.set(null);
        selection.set(structure.clamp(new Selection(block, step)));
    }

    /** The selected block (always one while the routine has blocks), or {@code null}. */
    public Block selectedBlock() {
        return structure.selectedBlock();
    }

    /** The selected step, or {@code null} when a block is selected. */
    public Step selectedStep() {
        return structure.selectedStep();
    }

    /** Adds a step after the selected one (or at the end of the selected block), with the selected step's exercise. */
    public void addStep() {
        structure.addStep();
    }

    /** Adds a block after the selected one, with one step, and selects it. */
    public void addBlock() {
        structure.addBlock();
    }

    /** Removes the selected step or block; the neighbour is selected next. */
    public void removeSelected() {
        structure.removeSelected();
    }

    public void duplicateSelected() {
        structure.duplicateSelected();
    }

    /**
     * Moves the selected step up or down by one; past the first or last step of its block it goes to the end of the
     * block before or the start of the block after. A selected block moves among the blocks.
     */
    public boolean moveSelected(int delta) {
        return structure.moveSelected(delta);
    }

    /** Moves a step (to a position counted after it left its place) and selects it there. */
    public boolean moveStep(int block, int step, int toBlock, int toStep) {
        return structure.moveStep(block, step, toBlock, toStep);
    }

    public boolean moveBlock(int from, int to) {
        return structure.moveBlock(from, to);
    }

    /** Selects the block or step a problem's path lies in; returns the selection made, if any. */
    public Optional<Selection> reveal(String path) {
        return structure.reveal(path);
    }

    /** The path of a step field for the selection, e.g. {@code reps}. */
    String stepPath(String field) {
        Selection s = selection.get();
        return FieldPaths.step(s.block(), s.step(), field);
    }

    // ------------------------------------------------------------------ saving and sharing

    /** Saves atomically to the user's routines folder; refused (with the loader's messages) while invalid. */
    public SaveResult save() {
        return files.save();
    }

    /** Writes the autosave draft if anything changed since the last one. */
    public boolean autosave() {
        return files.autosave();
    }

    /** Forgets the unsaved changes' draft (closing without saving). */
    public void discardDraft() {
        files.discardDraft();
    }

    /** Exports to any file, with every exercise in it; refused while invalid. */
    public SaveResult export(Path target) {
        return files.export(target);
    }

    /** Writes the patient handout PDF in the background; {@link #busyProperty()} is true until it is done. */
    public CompletableFuture<Path> writeHandout(Path target) {
        HandoutOptions options = HandoutOptions.defaults().withStage(check.stageOrNull(editor.routine()));
        if (clips != null) {
            options = options.withClips(clips::find);
        }
        return files.writeHandout(target, stills.get(), options);
    }

    /** The routine as the player would play it, when it is valid ("Try it"). */
    public Optional<Routine> playable() {
        return editor.valid();
    }

    /**
     * Whether the routine as it is now is valid, checked now if the background has not answered yet (for a question
     * that must not act on the answer about an older state, such as whether Save can be offered).
     */
    public boolean validNow() {
        return editor.valid().isPresent();
    }

    /** The loader's problems with the routine as it is now, checked now if need be. */
    public Validation validationNow() {
        return editor.validation();
    }

    public void setNotice(Notice value) {
        notice.set(value);
    }

    public void clearNotice() {
        notice.set(null);
    }

    // ------------------------------------------------------------------ refresh

    private void refresh() {
        refreshState();
        check.check();
    }

    /** What follows from the routine at once: everything but its validation and summary. */
    private void refreshState() {
        Routine r = editor.routine();
        routine.set(r);
        dirty.set(editor.dirty());
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoName.set(editor.undoName().map(n -> messages.get("editor.undo.named", worded(n)))
                .orElse(messages.get("editor.undo.nothing")));
        redoName.set(editor.redoName().map(n -> messages.get("editor.redo.named", worded(n)))
                .orElse(messages.get("editor.redo.nothing")));
        windowTitle.set(editor.dirty() ? messages.get("editor.window-title.unsaved", nameOrUntitled(r))
                : messages.get("editor.window-title", nameOrUntitled(r)));
        savedState.set(editor.dirty() && editor.file() == null ? messages.get("editor.state.not-saved-yet")
                : editor.dirty() ? messages.get("editor.state.unsaved")
                : editor.file() == null ? messages.get("editor.state.saved-in-routines")
                : messages.get("editor.state.saved-in", editor.file().getFileName().toString()));
        check.dropStaleStage(r);
        selection.set(structure.clamp(selection.get()));
        if (editedExercise.get() != null && (r.exercises() == null || !r.exercises().containsKey(editedExercise.get()))) {
            // Undone away (or renamed by an undo): back to the selection.
            editedExercise.set(null);
        }
        revision.set(revision.get() + 1);
    }

    /** The routine's name, or "Untitled routine" while it has none. */
    String nameOrUntitled(Routine r) {
        return r.name() == null || r.name().isBlank() ? messages.get("editor.untitled") : r.name();
    }

    /** "3 steps", in English: for the editor's files whose texts are not in the bundles yet (issue 18). */
    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** An edit's name in the app's language, mid-sentence: "Undo change reps", but "Rückgängig: Wiederholungen ändern". */
    private String worded(Phrase name) {
        String text = name.in(messages);
        // English names start a sentence ("Change reps"); German ones start with a noun, which keeps its capital.
        if (text.isEmpty() || messages.language() != Language.ENGLISH) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Routine> routineProperty() { return routine.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Validation> validationProperty() { return check.validation.getReadOnlyProperty(); }
    /** Length and reps per foot at the preview tempo; {@code null} while the routine is invalid. */
    public ReadOnlyObjectProperty<Summary> summaryProperty() { return check.summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryTextProperty() { return check.summaryText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return check.valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** "Undo change reps". */
    public ReadOnlyStringProperty undoNameProperty() { return undoName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoNameProperty() { return redoName.getReadOnlyProperty(); }
    /** "• Musical Toes (copy) · Toe Tempo": bind the window's title to it. */
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }
    /** "Unsaved changes", "Not saved yet", "Saved in musical-toes-copy.json". */
    public ReadOnlyStringProperty savedStateProperty() { return savedState.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Selection> selectionProperty() { return selection.getReadOnlyProperty(); }
    /** The id of the exercise whose form shows instead of the selected block or step, or {@code null}. */
    public ReadOnlyStringProperty editedExerciseProperty() { return editedExercise.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    /** True while a handout is being written. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Goes up after every change of the routine (an edit, undo, redo or save); validation and summary follow. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    /** True from a change until its validation and summary are shown. */
    public ReadOnlyBooleanProperty checkingProperty() { return check.checking.getReadOnlyProperty(); }
    public ObjectProperty<Double> previewBpmProperty() { return check.previewBpm; }
    public ObjectProperty<String> previewStageProperty() { return check.previewStage; }
}
