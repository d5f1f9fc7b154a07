package org.toetempo.editor;

import org.toetempo.text.Phrase;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable states (Scene Builder's JobManager, with states instead of inverse operations).
 * Every state has a revision number; a new edit gets a new one, undo and redo return to the numbers they had.
 * So "unsaved changes" is simply {@code revision() != savedRevision()}: undoing back to what was saved is clean
 * again, and a different edit after an undo is not.
 *
 * @param <S> the state, immutable
 */
public final class UndoStack<S> {

    /** How many edits can be undone; older ones are forgotten. */
    public static final int DEPTH = 1000;

    private record Entry<S>(Phrase name, String mergeKey, S before, long beforeRevision, S after, long afterRevision) {
    }

    private final Deque<Entry<S>> done = new ArrayDeque<>();
    private final Deque<Entry<S>> undone = new ArrayDeque<>();
    private S current;
    private long revision;
    private long nextRevision = 1;
    private long savedRevision;

    /** Starts at {@code initial}, counted as saved. */
    public UndoStack(S initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public S current() {
        return current;
    }

    /**
     * Moves to {@code next}; returns false (and records nothing) when it equals the current state. An edit with the
     * same non-null {@code mergeKey} as the last one, with nothing undone or saved since, joins it.
     */
    public boolean push(Phrase name, String mergeKey, S next) {
        Objects.requireNonNull(next);
        if (next.equals(current)) {
            return false;
        }
        Entry<S> last = done.peek();
        undone.clear();
        long id = nextRevision++;
        if (mergeKey != null && last != null && mergeKey.equals(last.mergeKey()) && last.afterRevision() == revision
                && savedRevision != revision) {
            done.pop();
            if (next.equals(last.before())) {
                // Typed back to where the merged edit started: as if it never happened.
                current = last.before();
                revision = last.beforeRevision();
                return true;
            }
            done.push(new Entry<>(name, mergeKey, last.before(), last.beforeRevision(), next, id));
        } else {
            done.push(new Entry<>(name, mergeKey, current, revision, next, id));
            if (done.size() > DEPTH) {
                done.removeLast();
            }
        }
        current = next;
        revision = id;
        return true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The name of the edit Undo would take back. */
    public Optional<Phrase> undoName() {
        return Optional.ofNullable(done.peek()).map(Entry::name);
    }

    public Optional<Phrase> redoName() {
        return Optional.ofNullable(undone.peek()).map(Entry::name);
    }

    public boolean undo() {
        Entry<S> entry = done.poll();
        if (entry == null) {
            return false;
        }
        undone.push(entry);
        current = entry.before();
        revision = entry.beforeRevision();
        return true;
    }

    public boolean redo() {
        Entry<S> entry = undone.poll();
        if (entry == null) {
            return false;
        }
        done.push(entry);
        current = entry.after();
        revision = entry.afterRevision();
        return true;
    }

    /** The number of the current state. */
    public long revision() {
        return revision;
    }

    public long savedRevision() {
        return savedRevision;
    }

    /** The current state is now the saved one. */
    public void markSaved() {
        savedRevision = revision;
    }

    /** No state on this stack is saved (a restored draft, a routine never saved). */
    public void markUnsaved() {
        savedRevision = -1;
    }

    public boolean dirty() {
        return revision != savedRevision;
    }
}
