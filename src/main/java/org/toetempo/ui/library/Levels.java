package org.toetempo.ui.library;

import org.toetempo.routine.Routine;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;

import java.util.function.Consumer;

/** The user's level per exercise, remembered per routine: what the details pane shows and lets the user change. */
public interface Levels {

    /** How the routine plays for this user (their stage, levels and doses). */
    PlayOptions options(Routine routine);

    /**
     * Remembers the user's choice, then tells {@code saved} (on the FX thread) why it could not be saved, or
     * {@code null}.
     */
    void choose(Routine routine, String exercise, String level, Consumer<Phrase> saved);

    /** Every routine as written, and nothing remembered (for snapshots and tests). */
    static Levels asWritten() {
        return new Levels() {
            @Override
            public PlayOptions options(Routine routine) {
                return PlayOptions.defaults();
            }

            @Override
            public void choose(Routine routine, String exercise, String level, Consumer<Phrase> saved) {
                saved.accept(null);
            }
        };
    }
}
