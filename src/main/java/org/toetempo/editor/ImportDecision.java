package org.toetempo.editor;

/** What to do with an import, once the user has seen its {@link ImportCheck}. */
public sealed interface ImportDecision {

    /** Keep the routine's id (only when it clashes with nothing). */
    record AsIs() implements ImportDecision {
    }

    /** Give the routine this id (e.g. {@link ImportCheck#freeId()}); it must be free and a valid id. */
    record Rename(String id) implements ImportDecision {
    }

    /** Replace the user's own routine with the same id (never a built-in one). */
    record Replace() implements ImportDecision {
    }

    static ImportDecision asIs() {
        return new AsIs();
    }

    static ImportDecision rename(String id) {
        return new Rename(id);
    }

    static ImportDecision replace() {
        return new Replace();
    }
}
