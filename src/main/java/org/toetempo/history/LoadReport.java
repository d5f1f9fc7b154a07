package org.toetempo.history;

import org.toetempo.text.Phrase;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading the history found: how many sessions were read, and any damage that was set aside.
 *
 * @param sessions  sessions loaded
 * @param damaged   the unreadable parts of the log, by byte offset in the log as it was before the repair
 * @param setAside  the file the damaged bytes were copied to, or {@code null} when nothing was damaged (or the
 *                  copy failed: see {@code message})
 * @param message   a notice for the user, to word in the app's language, or {@code null} when all is well
 */
public record LoadReport(int sessions, List<Damage> damaged, Path setAside, Phrase message) {

    /** An unreadable stretch of the log. */
    public record Damage(long offset, int length, String reason) {
    }

    public LoadReport {
        damaged = List.copyOf(damaged);
    }

    public static LoadReport clean(int sessions) {
        return new LoadReport(sessions, List.of(), null, null);
    }

    public boolean ok() {
        return damaged.isEmpty() && message == null;
    }
}
