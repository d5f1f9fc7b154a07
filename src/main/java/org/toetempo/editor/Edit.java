package org.toetempo.editor;

import org.toetempo.routine.Routine;
import org.toetempo.text.Phrase;

import java.util.function.UnaryOperator;

/**
 * One edit of a routine, as the editor's undo stack records it (Scene Builder's "Job"). An edit is a pure
 * function from the routine before to the routine after: the stack keeps both, so undo and redo restore them
 * exactly, whatever the edit did. {@link Edits} makes one for every change the routine format allows.
 */
public interface Edit {

    /**
     * What the edit does, for the Undo and Redo menu items ("Change reps"): a message the editor words in the app's
     * language.
     */
    Phrase name();

    /**
     * The routine after this edit.
     *
     * @throws IndexOutOfBoundsException when the edit names a block, step, phase or stage that is not there
     * @throws IllegalArgumentException  when the edit cannot apply to this routine at all
     */
    Routine apply(Routine before);

    /**
     * Edits with the same non-null key that follow each other directly (typing in one field, dragging a tempo
     * slider) are merged into one undo step. {@code null}: never merged.
     */
    default String mergeKey() {
        return null;
    }

    /** An edit named by a text already in the app's language (the editor's own edits). */
    static Edit of(String name, UnaryOperator<Routine> change) {
        return of(Phrase.literal(name), null, change);
    }

    /** As {@link #of(String, UnaryOperator)}, merged with the edits of the same key that follow. */
    static Edit of(String name, String mergeKey, UnaryOperator<Routine> change) {
        return of(Phrase.literal(name), mergeKey, change);
    }

    static Edit of(Phrase name, UnaryOperator<Routine> change) {
        return of(name, null, change);
    }

    static Edit of(Phrase name, String mergeKey, UnaryOperator<Routine> change) {
        return new Edit() {
            @Override
            public Phrase name() {
                return name;
            }

            @Override
            public Routine apply(Routine before) {
                return change.apply(before);
            }

            @Override
            public String mergeKey() {
                return mergeKey;
            }

            @Override
            public String toString() {
                return name.english();
            }
        };
    }
}
