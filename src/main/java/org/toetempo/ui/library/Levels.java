package org.toetempo.ui.library;

import org.toetempo.routine.Routine;
import org.toetempo.timing.PlayOptions;

/** The user's level per exercise, remembered per routine: what the details pane shows and lets the user change. */
public interface Levels {

    /** How the routine plays for this user (their stage, levels and doses). */
    PlayOptions options(Routine routine);

    /** Remembers the user's choice; returns why it could not be saved, or {@code null}. */
    String choose(Routine routine, String exercise, String level);

    /** Every routine as written, and nothing remembered (for snapshots and tests). */
    static Levels asWritten() {
        return new Levels() {
            @Override
            public PlayOptions options(Routine routine) {
                return PlayOptions.defaults();
            }

            @Override
            public String choose(Routine routine, String exercise, String level) {
                return null;
            }
        };
    }
}
