package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.toetempo.text.Phrase;

import static org.assertj.core.api.Assertions.assertThat;

class UndoStackTest {

    @Test
    void undoAndRedoWalkTheStatesAndTheirNames() {
        UndoStack<String> stack = new UndoStack<>("a");
        stack.push(Phrase.literal("to b"), null, "b");
        stack.push(Phrase.literal("to c"), null, "c");

        assertThat(stack.undoName()).hasValue(Phrase.literal("to c"));
        assertThat(stack.undo()).isTrue();
        assertThat(stack.current()).isEqualTo("b");
        assertThat(stack.redoName()).hasValue(Phrase.literal("to c"));
        assertThat(stack.undo()).isTrue();
        assertThat(stack.current()).isEqualTo("a");
        assertThat(stack.undo()).isFalse();
        assertThat(stack.redo()).isTrue();
        assertThat(stack.redo()).isTrue();
        assertThat(stack.current()).isEqualTo("c");
        assertThat(stack.redo()).isFalse();
    }

    @Test
    void dirtyIsTheRevisionAgainstTheSavedOne() {
        UndoStack<String> stack = new UndoStack<>("a");
        assertThat(stack.dirty()).isFalse();
        stack.push(Phrase.literal("b"), null, "b");
        assertThat(stack.dirty()).isTrue();
        stack.markSaved();
        assertThat(stack.dirty()).isFalse();
        stack.push(Phrase.literal("c"), null, "c");
        assertThat(stack.dirty()).isTrue();
        stack.undo();
        assertThat(stack.dirty()).as("back at the saved state").isFalse();
        stack.undo();
        assertThat(stack.dirty()).isTrue();
        stack.push(Phrase.literal("d"), null, "d");
        assertThat(stack.canRedo()).as("a new edit drops the redo history").isFalse();
        stack.undo();
        stack.redo();
        assertThat(stack.dirty()).as("a different edit after an undo is a new state").isTrue();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        UndoStack<String> stack = new UndoStack<>("a");
        assertThat(stack.push(Phrase.literal("same"), null, "a")).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void editsWithTheSameKeyMergeIntoOneUndoStepUntilSaved() {
        UndoStack<String> stack = new UndoStack<>("");
        stack.push(Phrase.literal("type"), "$.name", "M");
        stack.push(Phrase.literal("type"), "$.name", "My");
        stack.push(Phrase.literal("type"), "$.name", "My r");
        stack.undo();
        assertThat(stack.current()).isEmpty();

        stack.redo();
        stack.markSaved();
        stack.push(Phrase.literal("type"), "$.name", "My ro");
        stack.undo();
        assertThat(stack.current()).as("a save ends the merge").isEqualTo("My r");
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void typingBackToTheStartLeavesNoUndoStep() {
        UndoStack<String> stack = new UndoStack<>("60");
        stack.push(Phrase.literal("bpm"), "$.tempo.bpm", "61");
        stack.push(Phrase.literal("bpm"), "$.tempo.bpm", "60");
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        UndoStack<Integer> stack = new UndoStack<>(0);
        for (int i = 1; i <= UndoStack.DEPTH + 10; i++) {
            stack.push(Phrase.literal("n"), null, i);
        }
        int undone = 0;
        while (stack.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(UndoStack.DEPTH);
        assertThat(stack.current()).isEqualTo(10);
    }
}
