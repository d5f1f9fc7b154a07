package org.toetempo.ui.editor;

import javafx.beans.property.ObjectProperty;
import org.toetempo.editor.BlockBuilder;
import org.toetempo.editor.Edit;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Edits;
import org.toetempo.editor.StepBuilder;
import org.toetempo.editor.StepEdits;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.text.Messages;
import org.toetempo.ui.editor.EditorModel.Selection;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline's commands on the routine's blocks and steps: add, duplicate, remove and move the selected one, and
 * keep the selection on what the user was working on (the neighbour after a removal, the moved step where it went).
 */
final class StructureEditing {

    private static final Pattern STEP_PATH = Pattern.compile("^\\$\\.blocks\\[(\\d+)](?:\\.steps\\[(\\d+)])?.*");
    private static final Pattern EXERCISE_PATH = Pattern.compile("^\\$\\.exercises(?:\\.([A-Za-z0-9_-]+)|\\['((?:[^'\\\\]|\\\\.)*)'])(?:[.\\[].*)?$");

    private final EditableRoutine editor;
    private final ObjectProperty<Selection> selection;
    private final ExerciseEditing exercises;
    private final Predicate<Edit> execute;
    private final Messages messages;
    /** Selects a block or step the way the user would (closing an open exercise form). */
    private final Consumer<Selection> select;

    StructureEditing(EditableRoutine editor, ObjectProperty<Selection> selection, ExerciseEditing exercises,
                     Predicate<Edit> execute, Consumer<Selection> select, Messages messages) {
        this.editor = editor;
        this.selection = selection;
        this.exercises = exercises;
        this.execute = execute;
        this.select = select;
        this.messages = messages;
    }

    Block selectedBlock() {
        Selection s = selection.get();
        List<Block> blocks = blocks();
        return s.block() >= 0 && s.block() < blocks.size() ? blocks.get(s.block()) : null;
    }

    Step selectedStep() {
        Selection s = selection.get();
        Block b = selectedBlock();
        return b != null && s.isStep() && s.step() < steps(b).size() ? steps(b).get(s.step()) : null;
    }

    void addStep() {
        Selection s = selection.get();
        if (blocks().isEmpty()) {
            addBlock();
            s = selection.get();
        }
        Block b = blocks().get(s.block());
        int at = s.isStep() ? s.step() + 1 : steps(b).size();
        Step current = selectedStep();
        Exercise exercise = current != null ? exercises.of(current) : null;
        if (exercise == null && !steps(b).isEmpty()) {
            exercise = exercises.of(steps(b).get(steps(b).size() - 1));
        }
        if (exercise == null) {
            exercise = exercises.all().get(0);
        }
        if (execute.test(StepEdits.addStep(s.block(), at, exercise))) {
            select(s.block(), at);
        }
    }

    void addBlock() {
        List<Block> blocks = blocks();
        int at = blocks.isEmpty() ? 0 : selection.get().block() + 1;
        Step seed = selectedStep();
        if (seed == null) {
            seed = blocks.stream().flatMap(b -> steps(b).stream()).findFirst()
                    .orElseGet(() -> StepBuilder.of(exercises.all().get(0).id()).build());
        }
        String stage = at > 0 && at - 1 < blocks.size() ? blocks.get(at - 1).stage() : firstStageId();
        Block block = BlockBuilder.named(messages.get("editor.block.new-name", blocks.size() + 1)).stage(stage)
                .steps(List.of(StepBuilder.from(seed).prompt(null).note(null).build())).build();
        if (execute.test(Edits.addBlock(at, block))) {
            select(at, -1);
        }
    }

    void removeSelected() {
        Selection s = selection.get();
        if (s.isStep()) {
            if (execute.test(StepEdits.removeStep(s.block(), s.step()))) {
                Block b = blockAt(s.block());
                int left = b == null ? 0 : steps(b).size();
                select(s.block(), left == 0 ? -1 : Math.min(s.step(), left - 1));
            }
        } else if (execute.test(Edits.removeBlock(s.block()))) {
            select(Math.max(0, Math.min(s.block(), blocks().size() - 1)), -1);
        }
    }

    void duplicateSelected() {
        Selection s = selection.get();
        if (s.isStep()) {
            if (execute.test(StepEdits.duplicateStep(s.block(), s.step()))) {
                select(s.block(), s.step() + 1);
            }
        } else if (execute.test(Edits.duplicateBlock(s.block()))) {
            select(s.block() + 1, -1);
        }
    }

    boolean moveSelected(int delta) {
        Selection s = selection.get();
        List<Block> blocks = blocks();
        if (!s.isStep()) {
            int to = s.block() + delta;
            if (to < 0 || to >= blocks.size() || !execute.test(Edits.moveBlock(s.block(), to))) {
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

    boolean moveStep(int block, int step, int toBlock, int toStep) {
        if (block == toBlock && step == toStep) {
            return false;
        }
        if (!execute.test(StepEdits.moveStep(block, step, toBlock, toStep))) {
            return false;
        }
        select(toBlock, toStep);
        return true;
    }

    boolean moveBlock(int from, int to) {
        if (from == to || !execute.test(Edits.moveBlock(from, to))) {
            return false;
        }
        select(to, -1);
        return true;
    }

    /** Selects the block or step a problem's path lies in (or opens the exercise it is about). */
    Optional<Selection> reveal(String path) {
        Matcher exercise = EXERCISE_PATH.matcher(path);
        if (exercise.matches()) {
            exercises.edit(exercise.group(1) != null ? exercise.group(1) : exercise.group(2).replace("\\'", "'"));
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

    /** The nearest selection the routine has (after an edit or undo took away what was selected). */
    Selection clamp(Selection s) {
        List<Block> blocks = blocks();
        if (blocks.isEmpty()) {
            return new Selection(0, -1);
        }
        int b = Math.max(0, Math.min(s.block(), blocks.size() - 1));
        int count = steps(blocks.get(b)).size();
        int step = s.step() < 0 || count == 0 ? -1 : Math.min(s.step(), count - 1);
        return new Selection(b, step);
    }

    private void select(int block, int step) {
        select.accept(new Selection(block, step));
    }

    private Block blockAt(int b) {
        List<Block> blocks = blocks();
        return b >= 0 && b < blocks.size() ? blocks.get(b) : null;
    }

    private String firstStageId() {
        List<Stage> stages = editor.routine().stages();
        return stages == null || stages.isEmpty() ? null : stages.get(0).id();
    }

    private List<Block> blocks() {
        Routine r = editor.routine();
        return r.blocks() == null ? List.of() : r.blocks();
    }

    private static List<Step> steps(Block b) {
        return b.steps() == null ? List.of() : b.steps();
    }
}
