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
import javafx.beans.property.SimpleObjectProperty;
import org.toetempo.editor.BlockBuilder;
import org.toetempo.editor.Checker;
import org.toetempo.editor.Edit;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.RoutineBuilder;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.StepBuilder;
import org.toetempo.editor.StepEdits;
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
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's view-model: the routine being edited and what the screen shows about it (validation, live summary,
 * undo and redo names, unsaved changes, the selected block or step, a notice), as read-only properties refreshed
 * after every change, and the user's commands as methods. Use it on the FX thread.
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

    private static final Pattern STEP_PATH = Pattern.compile("^\\$\\.blocks\\[(\\d+)](?:\\.steps\\[(\\d+)])?.*");
    private static final Pattern EXERCISE_PATH = Pattern.compile("^\\$\\.exercises(?:\\.([A-Za-z0-9_-]+)|\\['((?:[^'\\\\]|\\\\.)*)'])(?:[.\\[].*)?$");

    private final EditableRoutine editor;
    private final UserRoutines routines;
    private final LatestWins checks;
    private final EditorFiles files;
    private final ExerciseEditing exercises;
    private Supplier<FootStills> stills;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<Routine> routine = new ReadOnlyObjectWrapper<>(this, "routine");
    private final ReadOnlyObjectWrapper<Validation> validation = new ReadOnlyObjectWrapper<>(this, "validation");
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "Undo");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "Redo");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "");
    private final ReadOnlyStringWrapper savedState = new ReadOnlyStringWrapper(this, "savedState", "");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", new Selection(0, 0));
    /** The id of the exercise whose form is open in place of the selection's, or {@code null}. */
    private final ReadOnlyStringWrapper editedExercise = new ReadOnlyStringWrapper(this, "editedExercise");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ClipStore clips;
    private Executor clipExecutor;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    /** Play every block at this BPM for the summary, or {@code null} for the tempos as written. */
    private final ObjectProperty<Double> previewBpm = new SimpleObjectProperty<>(this, "previewBpm");
    /** For a programme: the stage the summary and handout are of, or {@code null} for the first. */
    private final ObjectProperty<String> previewStage = new SimpleObjectProperty<>(this, "previewStage");

    /**
     * The executors come from the app's composition root: the model starts no thread of its own.
     *
     * @param background where the routine is checked and measured ({@code Runnable::run}: at once, on the caller's thread)
     * @param fx         where results are handed over: the FX thread ({@code Runnable::run} when the caller is on it)
     * @param handouts   where handout PDFs are written: never the FX thread, which draws the foot figures meanwhile
     */
    public EditorModel(EditableRoutine editor, UserRoutines routines, Executor background, Executor fx,
                       Executor handouts) {
        this(editor, routines, background, fx, handouts, Messages.of(Language.ENGLISH));
    }

    /** As above, with the words of the language the app runs in. */
    public EditorModel(EditableRoutine editor, UserRoutines routines, Executor background, Executor fx,
                       Executor handouts, Messages messages) {
        this.messages = messages;
        this.editor = editor;
        this.routines = routines;
        this.checks = new LatestWins(background, fx);
        this.files = new EditorFiles(editor, routines, handouts, notice, busy);
        this.exercises = new ExerciseEditing(routines, routine::get, this::execute, editedExercise);
        this.stills = () -> FootStills.MODEL;
        // The first answer before the screen is built: it opens with its problems and length shown.
        show(measure(editor.checker(), editor.routine(), editor.checkedNow().orElse(null), previewOptions(editor.routine())));
        editor.addListener(this::refresh);
        previewBpm.addListener(o -> check());
        previewStage.addListener(o -> check());
        refreshState();
    }

    public EditableRoutine editor() {
        return editor;
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

    /** The editor's words, in the language the app runs in. */
    public Messages messages() {
        return messages;
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

    // ------------------------------------------------------------------ selection and structure

    public void select(int block, int step) {
        editedExercise.set(null);
        selection.set(clamp(new Selection(block, step)));
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

    private Set<String> takenIds;

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

    /** The selected block (always one while the routine has blocks), or {@code null}. */
    public Block selectedBlock() {
        Selection s = selection.get();
        List<Block> blocks = blocks();
        return s.block() >= 0 && s.block() < blocks.size() ? blocks.get(s.block()) : null;
    }

    /** The selected step, or {@code null} when a block is selected. */
    public Step selectedStep() {
        Selection s = selection.get();
        Block b = selectedBlock();
        return b != null && s.isStep() && s.step() < steps(b).size() ? steps(b).get(s.step()) : null;
    }

    /** Adds a step after the selected one (or at the end of the selected block), with the selected step's exercise. */
    public void addStep() {
        Selection s = selection.get();
        if (blocks().isEmpty()) {
            addBlock();
            s = selection.get();
        }
        Block b = blocks().get(s.block());
        int at = s.isStep() ? s.step() + 1 : steps(b).size();
        Step current = selectedStep();
        Exercise exercise = current != null ? exerciseOf(current) : null;
        if (exercise == null && !steps(b).isEmpty()) {
            exercise = exerciseOf(steps(b).get(steps(b).size() - 1));
        }
        if (exercise == null) {
            exercise = exercises().get(0);
        }
        if (execute(StepEdits.addStep(s.block(), at, exercise))) {
            select(s.block(), at);
        }
    }

    /** Adds a block after the selected one, with one step, and selects it. */
    public void addBlock() {
        List<Block> blocks = blocks();
        int at = blocks.isEmpty() ? 0 : selection.get().block() + 1;
        Step seed = selectedStep();
        if (seed == null) {
            seed = blocks.stream().flatMap(b -> steps(b).stream()).findFirst()
                    .orElseGet(() -> StepBuilder.of(exercises().get(0).id()).build());
        }
        String stage = at > 0 && at - 1 < blocks.size() ? blocks.get(at - 1).stage() : firstStageId();
        Block block = BlockBuilder.named("Block " + (blocks.size() + 1)).stage(stage)
                .steps(List.of(StepBuilder.from(seed).prompt(null).note(null).build())).build();
        if (execute(Edits.addBlock(at, block))) {
            select(at, -1);
        }
    }

    /** Removes the selected step or block; the neighbour is selected next. */
    public void removeSelected() {
        Selection s = selection.get();
        if (s.isStep()) {
            if (execute(StepEdits.removeStep(s.block(), s.step()))) {
                Block b = selectedBlockAt(s.block());
                int left = b == null ? 0 : steps(b).size();
                select(s.block(), left == 0 ? -1 : Math.min(s.step(), left - 1));
            }
        } else if (execute(Edits.removeBlock(s.block()))) {
            select(Math.max(0, Math.min(s.block(), blocks().size() - 1)), -1);
        }
    }

    public void duplicateSelected() {
        Selection s = selection.get();
        if (s.isStep()) {
            if (execute(StepEdits.duplicateStep(s.block(), s.step()))) {
                select(s.block(), s.step() + 1);
            }
        } else if (execute(Edits.duplicateBlock(s.block()))) {
            select(s.block() + 1, -1);
        }
    }

    /**
     * Moves the selected step up or down by one; past the first or last step of its block it goes to the end of the
     * block before or the start of the block after. A selected block moves among the blocks.
     */
    public boolean moveSelected(int delta) {
        Selection s = selection.get();
        List<Block> blocks = blocks();
        if (!s.isStep()) {
            int to = s.block() + delta;
            if (to < 0 || to >= blocks.size() || !execute(Edits.moveBlock(s.block(), to))) {
                return false;
            }
            select(to, -1);
            return true;
        }
        int count = steps(blocks.get(s.block())).size();
        int to = s.step() + delta;
        if (to >= 0 && to < count) {
            return moveStep(s.block(), s.step(), s.block(), to);
        }
        int toBlock = s.block() + (delta < 0 ? -1 : 1);
        if (toBlock < 0 || toBlock >= blocks.size() || count == 1) {
            return false;
        }
        return moveStep(s.block(), s.step(), toBlock, delta < 0 ? steps(blocks.get(toBlock)).size() : 0);
    }

    /** Moves a step (to a position counted after it left its place) and selects it there. */
    public boolean moveStep(int block, int step, int toBlock, int toStep) {
        if (block == toBlock && step == toStep) {
            return false;
        }
        if (!execute(StepEdits.moveStep(block, step, toBlock, toStep))) {
            return false;
        }
        select(toBlock, toStep);
        return true;
    }

    public boolean moveBlock(int from, int to) {
        if (from == to || !execute(Edits.moveBlock(from, to))) {
            return false;
        }
        select(to, -1);
        return true;
    }

    /** Selects the block or step a problem's path lies in; returns the selection made, if any. */
    public Optional<Selection> reveal(String path) {
        Matcher exercise = EXERCISE_PATH.matcher(path);
        if (exercise.matches()) {
            editExercise(exercise.group(1) != null ? exercise.group(1) : exercise.group(2).replace("\\'", "'"));
            return Optional.empty();
        }
        Matcher m = STEP_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        int b = Integer.parseInt(m.group(1));
        int s = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        select(b, s);
        return Optional.of(selection.get());
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
        HandoutOptions options = HandoutOptions.defaults().withStage(stageOrNull(editor.routine()));
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
        check();
    }

    /** What follows from the routine at once: everything but its validation and summary. */
    private void refreshState() {
        Routine r = editor.routine();
        routine.set(r);
        dirty.set(editor.dirty());
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoName.set(editor.undoName().map(n -> "Undo " + lower(n)).orElse("Nothing to undo"));
        redoName.set(editor.redoName().map(n -> "Redo " + lower(n)).orElse("Nothing to redo"));
        String name = r.name() == null || r.name().isBlank() ? "Untitled routine" : r.name();
        windowTitle.set((editor.dirty() ? "• " : "") + name + " · Toe Tempo");
        savedState.set(editor.dirty() ? (editor.file() == null ? "Not saved yet" : "Unsaved changes")
                : "Saved in " + (editor.file() == null ? "your routines" : editor.file().getFileName()));
        if (previewStage.get() != null && (r.stages() == null
                || r.stages().stream().noneMatch(s -> previewStage.get().equals(s.id())))) {
            previewStage.set(null);
        }
        selection.set(clamp(selection.get()));
        if (editedExercise.get() != null && (r.exercises() == null || !r.exercises().containsKey(editedExercise.get()))) {
            // Undone away (or renamed by an undo): back to the selection.
            editedExercise.set(null);
        }
        revision.set(revision.get() + 1);
    }

    /** The routine as it is now, checked and measured in the background; the latest answer is shown. */
    private void check() {
        Routine r = editor.routine();
        Checker checker = editor.checker();
        Checker.Checked known = editor.checkedNow().orElse(null);
        PlayOptions options = previewOptions(r);
        checking.set(true);
        checks.submit(() -> measure(checker, r, known, options), this::show);
    }

    /** What the summary bar shows about a routine: its check, and its length when valid. Runs in the background. */
    private record Measured(Checker.Checked checked, Summary summary) {
    }

    private static Measured measure(Checker checker, Routine r, Checker.Checked known, PlayOptions options) {
        Checker.Checked checked = known != null ? known : checker.check(r);
        Summary s = null;
        if (checked.ok()) {
            try {
                s = Summary.of(checked.valid(), options);
            } catch (RuntimeException e) {
                // A valid routine always compiles; should it not, the summary says "fix the problems" rather than fail.
                s = null;
            }
        }
        return new Measured(checked, s);
    }

    private void show(Measured m) {
        editor.remember(m.checked());
        if (!m.checked().validation().equals(validation.get())) {
            // Only news: a keystroke that leaves the problems as they were refreshes no field.
            validation.set(m.checked().validation());
        }
        valid.set(m.checked().ok());
        summary.set(m.summary());
        summaryText.set(m.summary() == null ? "Fix the problems to see how long it plays" : m.summary().toString());
        checking.set(checks.pending());
    }

    private PlayOptions previewOptions(Routine r) {
        PlayOptions options = PlayOptions.defaults();
        if (previewBpm.get() != null) {
            options = options.withBpm(previewBpm.get());
        }
        String stage = stageOrNull(r);
        if (stage != null) {
            options = options.withStage(stage);
        }
        return options;
    }

    private String stageOrNull(Routine r) {
        String stage = previewStage.get();
        return stage != null && r.stages() != null && r.stages().stream().anyMatch(x -> stage.equals(x.id())) ? stage : null;
    }

    private Selection clamp(Selection s) {
        List<Block> blocks = blocks();
        if (blocks.isEmpty()) {
            return new Selection(0, -1);
        }
        int b = Math.max(0, Math.min(s.block(), blocks.size() - 1));
        int count = steps(blocks.get(b)).size();
        int step = s.step() < 0 || count == 0 ? -1 : Math.min(s.step(), count - 1);
        return new Selection(b, step);
    }

    private Block selectedBlockAt(int b) {
        List<Block> blocks = blocks();
        return b >= 0 && b < blocks.size() ? blocks.get(b) : null;
    }

    private String firstStageId() {
        List<Stage> stages = routine.get().stages();
        return stages == null || stages.isEmpty() ? null : stages.get(0).id();
    }

    private List<Block> blocks() {
        Routine r = editor.routine();
        return r.blocks() == null ? List.of() : r.blocks();
    }

    private static List<Step> steps(Block b) {
        return b.steps() == null ? List.of() : b.steps();
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The path of a step field for the selection, e.g. {@code reps}. */
    String stepPath(String field) {
        Selection s = selection.get();
        return FieldPaths.step(s.block(), s.step(), field);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Routine> routineProperty() { return routine.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Validation> validationProperty() { return validation.getReadOnlyProperty(); }
    /** Length and reps per foot at the preview tempo; {@code null} while the routine is invalid. */
    public ReadOnlyObjectProperty<Summary> summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryTextProperty() { return summaryText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
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
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    public ObjectProperty<Double> previewBpmProperty() { return previewBpm; }
    public ObjectProperty<String> previewStageProperty() { return previewStage; }
}
