package org.toetempo.routine;

import org.toetempo.files.RegularFiles;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.toetempo.text.Phrase.phrase;

/**
 * Every routine the app knows: the built-in ones packaged with it and the user's own files. A broken file
 * is kept as an entry with its problems, so it can be shown and fixed; it never stops the others loading.
 */
public final class RoutineLibrary {

    /** Where a routine comes from. */
    public enum Origin { BUILT_IN, USER }

    /**
     * One routine file and what became of it.
     *
     * @param location the file name (built-in) or path (user file)
     */
    public record Entry(Origin origin, String location, LoadResult result) {

        public boolean ok() {
            return result.ok();
        }

        public Routine routine() {
            return result.routine();
        }
    }

    private final List<Entry> entries;

    private RoutineLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Loads the built-in routines and every {@code *.json} in {@code userDirectory} (which may not exist yet). */
    public static RoutineLibrary load(RoutineReader reader, Path userDirectory) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : builtInFiles().entrySet()) {
            entries.add(new Entry(Origin.BUILT_IN, file.getKey(), reader.read(file.getKey(), file.getValue())));
        }
        if (userDirectory != null && Files.isDirectory(userDirectory)) {
            for (Path path : jsonFiles(userDirectory)) {
                entries.add(new Entry(Origin.USER, path.toString(), readFile(reader, path)));
            }
        }
        return new RoutineLibrary(refuseDuplicateIds(entries));
    }

    /** Reads one routine file from disk, refusing oversized or unreadable files before reading them in. */
    public static LoadResult readFile(RoutineReader reader, Path path) {
        Bytes bytes = readBytes(path);
        return bytes.problem() != null
                ? LoadResult.failed(path.toString(), List.of(bytes.problem()))
                : reader.read(path.toString(), bytes.content());
    }

    /** Checks a file that may hold a routine or an exercise library (for {@code validate}). */
    public static RoutineReader.Check checkFile(RoutineReader reader, Path path) {
        Bytes bytes = readBytes(path);
        return bytes.problem() != null
                ? new RoutineReader.Check("file", List.of(bytes.problem()))
                : reader.check(path.toString(), bytes.content());
    }

    private record Bytes(byte[] content, Problem problem) {
    }

    private static Bytes readBytes(Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return refused(name, Files.exists(path) ? phrase("check.file.not-regular") : phrase("check.file.missing"));
            }
            long size = Files.size(path);
            if (size > JsonTreeParser.MAX_BYTES) {
                return refused(name, JsonTreeParser.tooLarge(size));
            }
            return new Bytes(RegularFiles.read(path, JsonTreeParser.MAX_BYTES), null);
        } catch (IOException e) {
            return refused(name, phrase("check.file.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static Bytes refused(String file, Phrase phrase) {
        return new Bytes(null, new Problem(file, 0, 0, "$", phrase));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The loaded routine with this id, if any. */
    public Optional<Routine> find(String id) {
        return entries.stream().filter(Entry::ok).map(Entry::routine).filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.ok() && e.routine().id().equals(id)).findFirst();
    }

    private static List<Entry> refuseDuplicateIds(List<Entry> entries) {
        Map<String, Entry> byId = new HashMap<>();
        List<Entry> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.ok()) {
                Entry first = byId.putIfAbsent(entry.routine().id(), entry);
                if (first != null) {
                    String file = entry.result().source();
                    String id = entry.routine().id();
                    Problem clash = new Problem(file, 0, 0, "$.id", first.origin() == Origin.BUILT_IN
                            ? phrase("check.duplicate-id.built-in", id, first.location())
                            : phrase("check.duplicate-id", id, first.location()));
                    entry = new Entry(entry.origin(), entry.location(), entry.result().withProblem(clash));
                }
            }
            out.add(entry);
        }
        return out;
    }

    private static List<Path> jsonFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /** The packaged routine files by name, read from the jar or, in development, from the class path folder. */
    static Map<String, byte[]> builtInFiles() {
        URL anchor = RoutineLibrary.class.getResource(ExerciseLibrary.RESOURCE);
        if (anchor == null) {
            throw new IllegalStateException("the built-in routines are missing from the build");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return readRoutineFiles(jar.getPath("/routines"));
                }
            }
            return readRoutineFiles(Path.of(uri).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in routines", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else holds it open; a fresh one over the same jar file is independent and closable.
            String jarPath = uri.getSchemeSpecificPart().substring("file:".length(), uri.getSchemeSpecificPart().indexOf("!/"));
            return FileSystems.newFileSystem(Path.of(URI.create("file:" + jarPath)), (ClassLoader) null);
        }
    }

    private static Map<String, byte[]> readRoutineFiles(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path path : listing.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".json") && !name.endsWith(".schema.json") && !name.equals("exercises.json")) {
                    files.put("routines/" + name, RegularFiles.read(path, JsonTreeParser.MAX_BYTES));
                }
            }
        }
        return files;
    }
}
