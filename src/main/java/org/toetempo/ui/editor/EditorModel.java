package org.toetempo.ui.editor;

import javafx.application.Platform;
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
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.StepBuilder;
import org.toetempo.editor.Summary;
import org.toetempo.editor.UserRoutines;
import org.toetempo.editor.Validation;
import org.toetempo.handout.FootStills;
import org.toetempo.handout.Handout;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.timing.PlayOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's view-model: the routine being edited and what the screen shows about it (validation, live summary,
 * undo and redo names, unsaved changes, the selected block or step, a notice), as read-only properties refreshed
 * after every change, and the user's commands as methods. Use it on the FX thread; only {@link #writeHandout}
 * works in the background.
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

    private final EditableRoutine editor;
    private final UserRoutines routines;
    private Supplier<FootStills> stills;

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
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    /** Play every block at this BPM for the summary, or {@code null} for the tempos as written. */
    private final ObjectProperty<Double> previewBpm = new SimpleObjectProperty<>(this, "previewBpm");
    /** For a programme: the stage the summary and handout are of, or {@code null} for the first. */
    private final ObjectProperty<String> previewStage = new SimpleObjectProperty<>(this, "previewStage");

    public EditorModel(EditableRoutine editor, UserRoutines routines) {
        this.editor = editor;
        this.routines = routines;
        this.stills = org.toetempo.handout.FxFootStills::inApp;
        editor.addListener(this::refresh);
        previewBpm.addListener(o -> refreshSummary());
        previewStage.addListener(o -> refreshSummary());
        refresh();
    }

    public EditableRoutine editor() {
        return editor;
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

    /** Every exercise a step may use: the built-in library and the routine's own, by name. */
    public List<Exercise> exercises() {
        Map<String, Exercise> all = new LinkedHashMap<>();
        routines.exercises().all().forEach(e -> all.put(e.id(), e));
        Routine r = routine.get();
        if (r.exercises() != null) {
            r.exercises().values().forEach(e -> all.put(e.id(), e));
        }
        List<Exercise> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparing((Exercise e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Exercise::id));
        return list;
    }

    /** The exercise of a step, from the routine or else the library ({@code null} when unknown). */
    public Exercise exerciseOf(Step step) {
        if (step == null || step.exercise() == null) {
            return null;
        }
        Routine r = routine.get();
        if (r.exercises() != null && r.exercises().containsKey(step.exercise())) {
            return r.exercises().get(step.exercise());
        }
        return routines.exercises().find(step.exercise()).orElse(null);
    }

    // ------------------------------------------------------------------ selection and structure

    public void select(int block, int step) {
        selection.set(clamp(new Selection(block, step)));
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
        if (execute(Edits.addStep(s.block(), at, exercise))) {
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
            if (execute(Edits.removeStep(s.block(), s.step()))) {
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
            if (execute(Edits.duplicateStep(s.block(), s.step()))) {
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
        if (!execute(Edits.moveStep(block, step, toBlock, toStep))) {
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
        SaveResult result = routines.save(editor);
        if (result.ok()) {
            notice.set(Notice.of(Notice.Kind.SUCCESS, "Saved to " + result.file()));
        } else {
            notice.set(new Notice(Notice.Kind.ERROR, "Not saved. " + count(result.problems().size(), "problem")
                    + " to fix first:", lines(result)));
        }
        return result;
    }

    /** Writes the autosave draft if anything changed since the last one. */
    public boolean autosave() {
        try {
            return routines.drafts().autosave(editor);
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the unsaved changes' draft (closing without saving). */
    public void discardDraft() {
        try {
            routines.drafts().discard(editor);
        } catch (IOException ignored) {
            // Offered once more at the next start; nothing is lost.
        }
    }

    /** Exports to any file, with every exercise in it; refused while invalid. */
    public SaveResult export(Path target) {
        SaveResult result = routines.export(editor, target);
        if (result.ok()) {
            notice.set(Notice.of(Notice.Kind.SUCCESS, "Exported to " + result.file()));
        } else {
            notice.set(new Notice(Notice.Kind.ERROR, "Not exported:", lines(result)));
        }
        return result;
    }

    /**
     * Writes the patient handout PDF on a background thread (the foot figures are drawn on the FX thread meanwhile,
     * so this must not wait on it); {@link #busyProperty()} is true until it is done. Refused while invalid.
     */
    public CompletableFuture<Path> writeHandout(Path target) {
        Optional<Routine> valid = editor.valid();
        if (valid.isEmpty()) {
            notice.set(new Notice(Notice.Kind.ERROR, "Fix these problems before printing a handout:",
                    editor.validation().fields().stream().map(f -> f.path() + ": " + f.message()).toList()));
            return CompletableFuture.failedFuture(new IllegalStateException("the routine is not valid"));
        }
        Routine r = valid.get();
        HandoutOptions options = HandoutOptions.defaults().withStage(stageOrNull(r));
        FootStills figures = stills.get();
        busy.set(true);
        notice.set(Notice.of(Notice.Kind.WORKING, "Writing the handout to " + target + " …"));
        CompletableFuture<Path> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                Handout.write(r, options, figures, target);
                done.complete(target);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "handout-writer");
        worker.setDaemon(true);
        CompletableFuture<Path> shown = done.whenComplete((path, error) -> Platform.runLater(() -> {
            busy.set(false);
            if (error == null) {
                notice.set(Notice.of(Notice.Kind.SUCCESS, "Handout saved to " + path));
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                notice.set(Notice.of(Notice.Kind.ERROR, "The handout could not be written: " + cause.getMessage()));
            }
        }));
        worker.start();
        return shown;
    }

    /** The routine as the player would play it, when it is valid ("Try it"). */
    public Optional<Routine> playable() {
        return editor.valid();
    }

    public void setNotice(Notice value) {
        notice.set(value);
    }

    public void clearNotice() {
        notice.set(null);
    }

    // ------------------------------------------------------------------ refresh

    private void refresh() {
        Routine r = editor.routine();
        routine.set(r);
        Validation v = editor.validation();
        validation.set(v);
        valid.set(v.ok());
        dirty.set(editor.dirty());
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoName.set(editor.undoName().map(n -> "Undo " + lower(n)).orElse("Nothing to undo"));
        redoName.set(editor.redoName().map(n -> "Redo " + lower(n)).orElse("Nothing to redo"));
        String name = r.name() == null || r.name().isBlank() ? "Untitled routine" : r.name();
        windowTitle.set((editor.dirty() ? "• " : "") + name + " · Toe Tempo");
        savedState.set(editor.dirty() ? (editor.file() == null ? "Not saved yet" : "Unsaved changes")
                : "Saved in " + (editor.file() == null ? "your routines" : editor.file().getFileName()));
        if (previewStage.get() != null && r.stages().stream().noneMatch(s -> previewStage.get().equals(s.id()))) {
            previewStage.set(null);
        }
        refreshSummary();
        selection.set(clamp(selection.get()));
        revision.set(revision.get() + 1);
    }

    private void refreshSummary() {
        Routine r = editor.routine();
        PlayOptions options = PlayOptions.defaults();
        if (previewBpm.get() != null) {
            options = options.withBpm(previewBpm.get());
        }
        String stage = stageOrNull(r);
        if (stage != null) {
            options = options.withStage(stage);
        }
        Summary s;
        try {
            s = editor.summary(options).orElse(null);
        } catch (RuntimeException e) {
            s = null;
        }
        summary.set(s);
        summaryText.set(s == null ? "Fix the problems to see how long it plays" : s.toString());
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

    private static List<String> lines(SaveResult result) {
        return result.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
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
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    /** True while a handout is being written. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Goes up after every change of the routine (an edit, undo, redo or save). */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ObjectProperty<Double> previewBpmProperty() { return previewBpm; }
    public ObjectProperty<String> previewStageProperty() { return previewStage; }
}
