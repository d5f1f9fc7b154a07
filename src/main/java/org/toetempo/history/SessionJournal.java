package org.toetempo.history;

import org.toetempo.files.AtomicFiles;
import org.toetempo.files.RegularFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the session being played safe until it is in the history. The player {@link #begin begins} it with a way
 * to make its record so far, and calls {@link #stepEnded()} at each step's end: the record is then written to
 * {@code history/in-progress.log}, so a crash or {@code kill -9} loses at most the current step, and the next
 * start {@link #recover recovers} it. A normal end {@link #finish finishes} it; the app's shutdown path (a
 * logout or shutdown's SIGTERM) saves it through {@link #saveAtExit()}. A record the disk had no room for is kept
 * in memory and tried again at every later save and at exit ({@link #unsaved()}).
 */
public final class SessionJournal {

    private static final Logger LOG = Logger.getLogger(SessionJournal.class.getName());
    static final String FILE = "in-progress.log";

    private final HistoryStore history;
    private final Path file;
    private Supplier<SessionRecord> current;
    private final List<SessionRecord> unsaved = new ArrayList<>();

    public SessionJournal(HistoryStore history) {
        this.history = history;
        this.file = history.directory().resolve(FILE);
    }

    /** A session starts; {@code soFar} makes its record up to now ({@code null}: nothing played yet). */
    public synchronized void begin(Supplier<SessionRecord> soFar) {
        current = soFar;
    }

    /** A step ended: the record so far is written to the journal (a failure is logged: the session goes on). */
    public synchronized void stepEnded() {
        SessionRecord record = current == null ? null : current.get();
        if (record == null) {
            return;
        }
        try {
            AtomicFiles.write(file, LogFormat.frame(RecordCodec.encode(new LogEntry.Session(record))));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not journal the session", e);
        }
    }

    /** The session ends with this record ({@code null}: it goes into no history): saved, and the journal cleared. */
    public synchronized void finish(SessionRecord record) throws IOException {
        current = null;
        if (record != null) {
            unsaved.add(record);
        }
        saveUnsaved();
        clear();
    }

    /** The session is dropped (a try-out, nothing played). */
    public synchronized void abandon() {
        current = null;
        clear();
    }

    /** Records not yet in the history (the disk was full); tried again at every save and at exit. */
    public synchronized List<SessionRecord> unsaved() {
        return List.copyOf(unsaved);
    }

    /** Tries the unsaved records again; throws with the reason when they still cannot be saved. */
    public synchronized void saveUnsaved() throws IOException {
        if (!unsaved.isEmpty()) {
            history.appendAll(unsaved);
            unsaved.clear();
        }
    }

    /**
     * At the next start: a session the journal holds (the app was killed, or the machine went down, mid-session)
     * goes into the history, unless it is there already. Returns it, for a notice.
     */
    public synchronized Optional<SessionRecord> recover() throws IOException {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, LogFormat.MAX_ENTRY + 64L);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        LogFormat.Scan scan = LogFormat.scan(bytes, bytes.length);
        if (scan.entries().isEmpty() || !(scan.entries().get(0).entry() instanceof LogEntry.Session session)) {
            clear();
            return Optional.empty();
        }
        SessionRecord record = session.record();
        boolean known = history.load().sessions().stream().anyMatch(s -> s.started().equals(record.started())
                && s.routineId().equals(record.routineId()));
        if (!known) {
            history.append(record);
        }
        clear();
        return known ? Optional.empty() : Optional.of(record);
    }

    /** The app's shutdown path (a JVM shutdown hook): saves the session in progress and any unsaved record. */
    public synchronized void saveAtExit() {
        try {
            if (current == null) {
                // No session of this process: a journal left by an earlier one is the next start's to recover
                // (this one may be exiting before it got that far).
                saveUnsaved();
                return;
            }
            finish(current.get());
        } catch (IOException | RuntimeException e) {
            // The journal (written at the last step's end) is recovered at the next start.
            LOG.log(Level.WARNING, "could not save the session at exit", e);
        }
    }

    private void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not clear the session journal", e);
        }
    }
}
