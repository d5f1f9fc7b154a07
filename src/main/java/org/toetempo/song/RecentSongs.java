package org.toetempo.song;

import org.toetempo.files.RegularFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.toetempo.files.AtomicFiles;
import org.toetempo.song.tags.SongTags;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.toetempo.text.Phrase.phrase;

/**
 * The songs the user played lately, so one can be picked again without hunting for the file. A song is known by
 * its path and by its content's SHA-256 (the key of {@link SongCache}), so a moved or renamed song is still one
 * entry. The list is a small JSON file, saved at every change with {@link AtomicFiles}. A file that cannot be read
 * is never overwritten unseen: a damaged one is renamed aside and reported through {@link #problem()}.
 *
 * <pre>{"format":1, "songs":[{"path":"/music/a.mp3", "sha256":"…", "title":"A", "artist":null,
 *   "last_used":"2026-11-22T03:22:44Z"}]}</pre>
 */
public final class RecentSongs {

    /** How many songs are remembered. */
    public static final int MAX_SONGS = 12;

    private static final int FORMAT = 1;
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * A song played lately.
     *
     * @param path     where the song was last opened from
     * @param sha256   its content's SHA-256 in lower-case hex
     * @param title    its title to show (see {@link SongTags})
     * @param artist   its artist, or null
     * @param lastUsed when it was last played or opened
     */
    public record Entry(Path path, String sha256, String title, String artist, Instant lastUsed) {

        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(lastUsed, "lastUsed");
            if (sha256 == null || !HASH.matcher(sha256).matches()) {
                throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
            }
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a recent song needs a title");
            }
        }
    }

    private final Path file;
    private final Clock clock;
    private List<Entry> entries;
    private Phrase problem;
    /** Whether the file must not be written: it is there but could be neither read nor set aside (see problem). */
    private boolean keepOff;

    /** The list kept in this file (which need not exist yet); reading it never fails, see {@link #problem()}. */
    public RecentSongs(Path file) {
        this(file, Clock.systemUTC());
    }

    RecentSongs(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = clock;
        this.entries = load();
    }

    /** The songs, most recently used first. */
    public synchronized List<Entry> list() {
        return entries;
    }

    /**
     * Remembers a song and saves the list. It replaces any entry with the same content or the same path (the file
     * was moved, or replaced by another song); beyond {@value #MAX_SONGS} songs the least recent are forgotten.
     * On failure the list is as before.
     */
    public synchronized void add(Entry entry) throws IOException {
        Objects.requireNonNull(entry, "entry");
        List<Entry> next = new ArrayList<>();
        next.add(entry);
        for (Entry old : entries) {
            if (!old.sha256().equals(entry.sha256()) && !samePath(old.path(), entry.path())) {
                next.add(old);
            }
        }
        save(ordered(next));
    }

    /** Forgets a song by its content's hash, saving the list if it was there. On failure the list is as before. */
    public synchronized void remove(String sha256) throws IOException {
        List<Entry> next = entries.stream().filter(e -> !e.sha256().equals(sha256)).toList();
        if (next.size() != entries.size()) {
            save(next);
        }
    }

    /** What went wrong reading the file, for the user to see; empty when it was read (or did not exist yet). */
    public synchronized Optional<Phrase> problem() {
        return Optional.ofNullable(problem);
    }

    private List<Entry> load() {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            return List.of();               // no folder, so no file (saving will say what is in the way)
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return setAside(phrase("notice.recent-songs.too-large"));
            }
            bytes = RegularFiles.read(file, MAX_FILE_BYTES);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            problem = phrase("notice.recent-songs.left", file.toString(), reason(e));
            keepOff = true;
            return List.of();
        }
        try {
            return ordered(parse(bytes));
        } catch (IOException | RuntimeException e) {
            return setAside(e instanceof JsonProcessingException ? phrase("notice.recent-songs.not-json")
                    : Phrase.literal(e.getMessage() != null ? e.getMessage() : e.toString()));
        }
    }

    /** Renames a damaged file aside, so that it is neither lost nor read again, and says so. */
    private List<Entry> setAside(Phrase why) {
        String stamp = ASIDE_STAMP.format(clock.instant());
        for (int attempt = 1; attempt <= 100; attempt++) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + (attempt == 1 ? "" : "-" + attempt));
            try {
                Files.move(file, aside);
                problem = phrase("notice.recent-songs.set-aside", why, aside.toString());
                return List.of();
            } catch (FileAlreadyExistsException e) {
                // another file set aside in the same second: try the next name
            } catch (IOException e) {
                problem = phrase("notice.recent-songs.stuck", file.toString(), why, reason(e));
                keepOff = true;
                return List.of();
            }
        }
        problem = phrase("notice.recent-songs.not-set-aside", file.toString(), why);
        keepOff = true;
        return List.of();
    }

    private static List<Entry> parse(byte[] bytes) throws IOException {
        JsonNode root = MAPPER.readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new IOException("it is not a list of songs");
        }
        if (!root.path("format").isInt() || root.path("format").asInt() != FORMAT) {
            throw new IOException("its format " + root.path("format") + " is unknown");
        }
        JsonNode songs = root.path("songs");
        if (!songs.isArray()) {
            throw new IOException("it has no songs list");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode song : songs) {
            JsonNode artist = song.path("artist");
            try {
                entries.add(new Entry(Path.of(text(song, "path")), text(song, "sha256"), text(song, "title"),
                        artist.isTextual() ? artist.asText() : null, Instant.parse(text(song, "last_used"))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IOException("a song in it is damaged: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static String text(JsonNode song, String name) throws IOException {
        JsonNode value = song.path(name);
        if (!value.isTextual()) {
            throw new IOException("a song in it has no " + name);
        }
        return value.asText();
    }

    private void save(List<Entry> next) throws IOException {
        if (keepOff) {
            throw new IOException(problem.english());
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode songs = root.putArray("songs");
        for (Entry e : next) {
            ObjectNode song = songs.addObject();
            song.put("path", e.path().toString());
            song.put("sha256", e.sha256());
            song.put("title", e.title());
            song.put("artist", e.artist());
            song.put("last_used", e.lastUsed().toString());
        }
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new IOException("Could not save the recent songs list to " + file + ": " + reason(e), e);
        }
        entries = List.copyOf(next);
    }

    /** Most recent first (ties keep their order), at most MAX_SONGS. */
    private static List<Entry> ordered(List<Entry> list) {
        List<Entry> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Entry::lastUsed).reversed());
        List<Entry> unique = new ArrayList<>();
        for (Entry e : sorted) {
            if (unique.size() < MAX_SONGS
                    && unique.stream().noneMatch(u -> u.sha256().equals(e.sha256()) || samePath(u.path(), e.path()))) {
                unique.add(e);
            }
        }
        return List.copyOf(unique);
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A file error in words, naming the file concerned when it is not the list itself. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file where a folder should be";
        }
        if (e instanceof FileSystemException fs) {
            return (fs.getFile() != null ? fs.getFile() + ": " : "") + (fs.getReason() != null ? fs.getReason() : "error");
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
