package org.toetempo.history;

import org.toetempo.files.RegularFiles;

import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;
import org.toetempo.text.Phrase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import static org.toetempo.text.Phrase.phrase;

/**
 * The session history on disk: an append-only log, {@code history/sessions.log} in the user's data folder, one
 * checksummed JSON entry a line (see {@link LogFormat}). Each append is one write followed by
 * {@link FileChannel#force}, so a record is either wholly on disk or torn at the end of the file; nothing
 * written before it is ever rewritten by an append.
 *
 * <p>Loading reads every entry whose length, checksum and JSON check out. Anything else (a torn last line, a
 * damaged stretch in the middle) is copied byte for byte to a {@code sessions-damaged-*.log} file beside the
 * log, removed from the log, and reported in {@link History#report()}; the readable records before and after it
 * are kept.
 *
 * <p>Safe for one app instance with several threads, and for the command line reading at the same time: every
 * operation holds a lock within the JVM and an exclusive {@link FileLock} on {@code sessions.lock}.
 */
public final class HistoryStore {

    static final String LOG = "sessions.log";
    static final String LOCK = "sessions.lock";

    /**
     * The longest log read: about 100,000 sessions, far more than a lifetime of routines, and little enough memory
     * that a log padded with garbage (a run of zeros after a crash) can never exhaust it.
     */
    static final long MAX_LOG_BYTES = 256L << 20;

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Path log;
    private final Clock clock;
    /** Wait for the disk after each write; only tests that write thousands of logs turn it off. */
    private final boolean durable;

    public HistoryStore(Path directory) {
        this(directory, Clock.systemUTC(), true);
    }

    HistoryStore(Path directory, Clock clock) {
        this(directory, clock, true);
    }

    HistoryStore(Path directory, Clock clock, boolean durable) {
        this.directory = directory.toAbsolutePath().normalize();
        this.log = this.directory.resolve(LOG);
        this.clock = clock;
        this.durable = durable;
    }

    /** The store in the user's data folder: {@code <data>/history/}. */
    public static HistoryStore in(AppPaths paths) {
        return new HistoryStore(paths.dataDirectory().resolve("history"));
    }

    public Path log() {
        return log;
    }

    public Path directory() {
        return directory;
    }

    // ------------------------------------------------------------------ writing

    /** Saves a session (call it as soon as the session ends; ratings can follow with {@link #rate}). */
    public void append(SessionRecord record) throws IOException {
        write(List.of(new LogEntry.Session(record)));
    }

    /** Saves many sessions with one flush to disk (an import; the benchmark). */
    public void appendAll(Collection<SessionRecord> records) throws IOException {
        List<LogEntry> entries = new ArrayList<>(records.size());
        for (SessionRecord record : records) {
            entries.add(new LogEntry.Session(record));
        }
        write(entries);
    }

    /** Saves the ratings of a saved session, replacing any it had (a next-morning check already given is kept). */
    public void rate(String sessionId, Ratings ratings) throws IOException {
        write(List.of(new LogEntry.Rate(sessionId, clock.instant(), ratings)));
    }

    /** Saves the next-morning check of a saved session. */
    public void morningCheck(String sessionId, Integer pain, Integer stiffness) throws IOException {
        morningCheck(List.of(sessionId), pain, stiffness);
    }

    /** Saves one next-morning check for several sessions (done the same day), in one write. */
    public void morningCheck(Collection<String> sessionIds, Integer pain, Integer stiffness) throws IOException {
        Ratings.checkScale("next-morning pain", pain);
        Ratings.checkScale("next-morning stiffness", stiffness);
        if (sessionIds.isEmpty()) {
            return;
        }
        List<LogEntry> entries = new ArrayList<>(sessionIds.size());
        for (String id : sessionIds) {
            entries.add(new LogEntry.Morning(id, clock.instant(), pain, stiffness));
        }
        write(entries);
    }

    /** Removes a session from the history (the log keeps a deletion entry). */
    public void delete(String sessionId) throws IOException {
        write(List.of(new LogEntry.Delete(sessionId, clock.instant())));
    }

    private void write(List<LogEntry> entries) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(2048 * entries.size());
        for (LogEntry entry : entries) {
            byte[] json = RecordCodec.encode(entry);
            if (json.length > LogFormat.MAX_ENTRY) {
                throw new IOException("a history entry of " + json.length + " bytes is too large to save");
            }
            lines.writeBytes(LogFormat.frame(json));
        }
        locked(() -> {
            if (RegularFiles.isSpecial(log)) {
                throw new IOException("The session history " + log + " is not a regular file (a device, a pipe or a "
                        + "folder), so nothing was written to it.");
            }
            boolean created = !Files.exists(log);
            try (FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long size = channel.size();
                byte[] bytes = lines.toByteArray();
                if (size > 0 && !endsWithNewline(channel, size)) {
                    // A torn line before: start on a line of our own, so this entry is never glued to it.
                    bytes = prepend((byte) '\n', bytes);
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long at = size;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                force(channel);
            }
            if (created && durable) {
                forceDirectory(directory);
            }
            return null;
        });
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    private static byte[] prepend(byte first, byte[] rest) {
        byte[] out = new byte[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Loads every readable session, folding in later ratings, next-morning checks and deletions. Damage is set
     * aside and the log repaired (see the class comment); the report says what happened. Never fails because of
     * damage; fails only when the log cannot be read or repaired at all.
     */
    public History load() throws IOException {
        return locked(true, () -> {
            byte[] data;
            try {
                data = RegularFiles.read(log, MAX_LOG_BYTES);
            } catch (NoSuchFileException e) {
                return History.empty();
            } catch (IOException e) {
                throw new IOException("The session history " + log + " was not read: " + e.getMessage() + ".", e);
            }
            LogFormat.Scan scan = LogFormat.scan(data, data.length);
            List<SessionRecord> sessions = fold(scan.entries());
            boolean missingNewline = !scan.entries().isEmpty()
                    && !scan.entries().get(scan.entries().size() - 1).newline();
            if (scan.damaged().isEmpty() && !missingNewline) {
                return new History(sessions, LoadReport.clean(sessions.size()));
            }
            try {
                return new History(sessions, repair(data, scan, sessions.size()));
            } catch (IOException e) {
                // A full disk: what could be read is shown; the log is left as it was, to be repaired another time.
                List<LoadReport.Damage> damage = new ArrayList<>();
                for (LogFormat.Bad bad : scan.damaged()) {
                    damage.add(new LoadReport.Damage(bad.start(), bad.length(), bad.reason()));
                }
                return new History(sessions, new LoadReport(sessions.size(), damage, null, damage.isEmpty() ? null
                        : phrase("history.damage.not-set-aside", String.valueOf(e.getMessage()),
                                phrase("history.count.sessions", sessions.size(), String.valueOf(sessions.size())))));
            }
        });
    }

    private static List<SessionRecord> fold(List<LogFormat.Found> found) {
        Map<String, SessionRecord> byId = new LinkedHashMap<>();
        for (LogFormat.Found f : found) {
            LogEntry entry = f.entry();
            if (entry instanceof LogEntry.Session s) {
                byId.put(s.id(), s.record());
            } else if (entry instanceof LogEntry.Rate rate) {
                byId.computeIfPresent(rate.id(), (id, record) -> {
                    Ratings ratings = rate.ratings();
                    if (!ratings.hasMorningCheck() && record.ratings() != null && record.ratings().hasMorningCheck()) {
                        ratings = ratings.withMorning(record.ratings().morningPain(), record.ratings().morningStiffness());
                    }
                    return record.withRatings(ratings);
                });
            } else if (entry instanceof LogEntry.Morning morning) {
                byId.computeIfPresent(morning.id(), (id, record) -> record.withMorning(morning.pain(), morning.stiffness()));
            } else if (entry instanceof LogEntry.Delete delete) {
                byId.remove(delete.id());
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Copies the damaged bytes aside, then rewrites the log without them. */
    private LoadReport repair(byte[] data, LogFormat.Scan scan, int sessions) throws IOException {
        List<LoadReport.Damage> damage = new ArrayList<>();
        long damagedBytes = 0;
        for (LogFormat.Bad bad : scan.damaged()) {
            damage.add(new LoadReport.Damage(bad.start(), bad.length(), bad.reason()));
            damagedBytes += bad.length();
        }
        Path aside = null;
        if (!scan.damaged().isEmpty()) {
            aside = setAside(data, scan.damaged());
        }
        rewrite(data, scan);
        Phrase message = null;
        if (!damage.isEmpty()) {
            boolean onlyTail = scan.damaged().size() == 1
                    && scan.damaged().get(0).end() == data.length
                    && (scan.entries().isEmpty()
                        || scan.entries().get(scan.entries().size() - 1).end() <= scan.damaged().get(0).start());
            // The count twice: as a number for the plural, and as plain digits to show (no grouping, as before).
            Phrase bytes = phrase("history.count.bytes", damagedBytes, String.valueOf(damagedBytes));
            Phrase loaded = phrase("history.count.sessions", sessions, String.valueOf(sessions));
            message = onlyTail
                    ? phrase("history.damage.cut-off", bytes, loaded, String.valueOf(aside))
                    : phrase("history.damage.parts", bytes, phrase("history.count.places", damage.size(),
                            String.valueOf(damage.size())), loaded,
                            String.valueOf(aside));
        }
        return new LoadReport(sessions, damage, aside, message);
    }

    private Path setAside(byte[] data, List<LogFormat.Bad> damaged) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (LogFormat.Bad bad : damaged) {
            out.writeBytes(String.format(Locale.ROOT, "# %s: byte %d, %d bytes: %s%n", LOG, bad.start(), bad.length(),
                    bad.reason()).getBytes(StandardCharsets.UTF_8));
            out.write(data, bad.start(), bad.length());
            out.write('\n');
        }
        String stamp = STAMP.format(clock.instant());
        Path aside = directory.resolve("sessions-damaged-" + stamp + ".log");
        for (int n = 2; Files.exists(aside); n++) {
            aside = directory.resolve("sessions-damaged-" + stamp + "-" + n + ".log");
        }
        if (durable) {
            AtomicFiles.write(aside, out.toByteArray());
        } else {
            Files.write(aside, out.toByteArray());
        }
        return aside;
    }

    /**
     * The log without its damage. When the damage is only at the end (the usual torn write), the file is cut back
     * in place; otherwise the good lines are written to a new file that replaces the log in one step.
     */
    private void rewrite(byte[] data, LogFormat.Scan scan) throws IOException {
        List<LogFormat.Found> entries = scan.entries();
        int goodEnd = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).end();
        boolean damageOnlyAfterGood = scan.damaged().stream().allMatch(bad -> bad.start() >= goodEnd);
        if (damageOnlyAfterGood) {
            try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
                channel.truncate(goodEnd);
                if (!entries.isEmpty() && !entries.get(entries.size() - 1).newline()) {
                    channel.write(ByteBuffer.wrap(new byte[] {'\n'}), goodEnd);
                }
                force(channel);
            }
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        for (LogFormat.Found found : entries) {
            out.write(data, found.start(), found.end() - found.start());
            if (!found.newline()) {
                out.write('\n');
            }
        }
        AtomicFiles.write(log, out.toByteArray());
    }

    private void force(FileChannel channel) throws IOException {
        if (durable) {
            channel.force(true);
        }
    }

    // ------------------------------------------------------------------ locking

    private interface Locked<T> {
        T run() throws IOException;
    }

    private <T> T locked(Locked<T> body) throws IOException {
        return locked(false, body);
    }

    /**
     * Runs {@code body} holding the in-process lock and the lock file. With {@code reading}, a lock file that cannot
     * be made (a full disk, a read-only folder) is done without: reading must never need free space.
     */
    private <T> T locked(boolean reading, Locked<T> body) throws IOException {
        ReentrantLock lock = IN_PROCESS.computeIfAbsent(directory, d -> new ReentrantLock());
        lock.lock();
        try {
            if (reading && !Files.isRegularFile(directory.resolve(LOCK))) {
                try {
                    Files.createDirectories(directory);
                    Files.write(directory.resolve(LOCK), new byte[0], StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    return body.run();
                }
            }
            Files.createDirectories(directory);
            if (RegularFiles.isSpecial(directory.resolve(LOCK))) {
                // Opening a pipe for writing would wait for a reader for ever.
                throw new IOException("The history's lock file " + directory.resolve(LOCK) + " is not a regular file.");
            }
            try (FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock fileLock = channel.lock();
                try {
                    return body.run();
                } finally {
                    fileLock.release();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Makes a new file's directory entry durable (where the platform allows opening a directory). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a directory; its file system journals the entry anyway.
        }
    }
}
