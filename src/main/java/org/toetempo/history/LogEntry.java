package org.toetempo.history;

import java.time.Instant;

/**
 * One line of the history log. The log only grows: ratings given after the session was saved, the next-morning
 * check and deletions are entries of their own that refer to the session by id; loading folds them together.
 */
sealed interface LogEntry {

    String id();

    /** A session, as recorded when it ended (a later entry with the same id replaces it). */
    record Session(SessionRecord record) implements LogEntry {
        @Override
        public String id() {
            return record.id();
        }
    }

    /** The session's ratings, given or changed later. Next-morning values already recorded are kept if these have none. */
    record Rate(String id, Instant at, Ratings ratings) implements LogEntry {
    }

    /** The next-morning check of a session. */
    record Morning(String id, Instant at, Integer pain, Integer stiffness) implements LogEntry {
    }

    /** The user deleted the session. */
    record Delete(String id, Instant at) implements LogEntry {
    }
}
