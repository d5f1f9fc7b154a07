package org.toetempo.editor;

import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.RoutineWriter;
import org.toetempo.timing.PlayedLength;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The user's routines folder, as the editor uses it: open a routine of theirs for editing, duplicate any routine
 * (built-in ones stay read-only), start from blank, save, export, import, and the autosave drafts.
 *
 * <p>Files are written only here, only atomically ({@link AtomicFiles}), only under a name made from a checked
 * routine id ({@code <id>.json}), and never through a symbolic link. A user routine is saved with
 * {@link RoutineWriter#forLibrary}: exercises the built-in library has unchanged are left out (the file stays short
 * and follows library fixes); exports use {@link RoutineWriter#standalone()} and carry every exercise.
 */
public final class UserRoutines {

    /** The largest routine file read, as the loader's limit: 1 MiB. */
    public static final long MAX_IMPORT_BYTES = 1024 * 1024;

    private final Path folder;
    private final ExerciseLibrary exercises;
    private final RoutineReader reader;
    private final RoutineWriter writer;
    private final DraftStore drafts;
    private final ClipStore clips;

    public UserRoutines(AppPaths paths, ExerciseLibrary exercises) {
        this.folder = paths.routines();
        this.exercises = exercises;
        this.reader = new RoutineReader(exercises);
        this.writer = RoutineWriter.forLibrary(exercises);
        this.drafts = new DraftStore(folder.resolve("drafts"));
        this.clips = ClipStore.in(paths);
    }

    /** Where the routines' videos are stored. */
    public ClipStore clips() {
        return clips;
    }

    public static UserRoutines forCurrentUser() {
        return new UserRoutines(AppPaths.forCurrentUser(), ExerciseLibrary.builtIn());
    }

    /** The user's routines folder ({@link AppPaths#routines()}). */
    public Path folder() {
        return folder;
    }

    public ExerciseLibrary exercises() {
        return exercises;
    }

    /** The built-in and user routines as they are on disk now. */
    public RoutineLibrary library() {
        return RoutineLibrary.load(reader, folder);
    }

    public DraftStore drafts() {
        return drafts;
    }

    // ------------------------------------------------------------------ opening

    /**
     * Edits one of the user's own routines in place (saving replaces its file).
     *
     * @throws IllegalArgumentException for a built-in routine (use {@link #duplicate}) or one that did not load
     */
    public EditableRoutine open(RoutineLibrary.Entry entry) {
        if (entry.origin() != RoutineLibrary.Origin.USER) {
            throw new IllegalArgumentException("built-in routines are read-only; duplicate " + entry.location() + " to change it");
        }
        if (!entry.ok()) {
            throw new IllegalArgumentException(entry.location() + " has problems; fix them in the file first");
        }
        return new EditableRoutine(entry.routine(), exercises, Path.of(entry.location()), DraftStore.newKey(), true);
    }

    /** A copy of any routine under a free id ({@code <id>-copy}, {@code <id>-copy-2}...), unsaved. */
    public EditableRoutine duplicate(Routine routine) {
        return new EditableRoutine(Templates.duplicate(routine, takenIds(library())), exercises, null,
                DraftStore.newKey(), false);
    }

    /** A new routine from the blank template ({@link Templates#blank}), unsaved. */
    public EditableRoutine blank() {
        return new EditableRoutine(Templates.blank(exercises, takenIds(library())), exercises, null,
                DraftStore.newKey(), false);
    }

    /** Goes on editing a draft left by a crash (with unsaved changes; its undo history is gone). */
    public EditableRoutine restore(DraftStore.Draft draft) {
        Path file = draft.file() != null && Files.isRegularFile(draft.file()) ? draft.file() : null;
        return new EditableRoutine(draft.routine(), exercises, file, draft.key(), false);
    }

    // ------------------------------------------------------------------ saving

    /**
     * Saves the routine as {@code <id>.json} in the routines folder, atomically; when its id changed since the last
     * save, its old file is removed once the new one is written. Refused, writing nothing, when it is invalid, when
     * its id belongs to a built-in routine or another of the user's routines, or when the target is unsafe.
     * Deletes its draft once saved.
     */
    public SaveResult save(EditableRoutine editor) {
        String name = editor.fileName();
        Optional<Routine> valid = editor.valid();
        if (valid.isEmpty()) {
            return SaveResult.refused(editor.validation().problems());
        }
        Routine routine = valid.get();
        RoutineLibrary library = library();
        for (RoutineLibrary.Entry entry : library.entries()) {
            if (!entry.ok() || !entry.routine().id().equals(routine.id())) {
                continue;
            }
            if (entry.origin() == RoutineLibrary.Origin.BUILT_IN) {
                return SaveResult.refused(name, "$.id", "the id '" + routine.id() + "' belongs to the built-in routine "
                        + entry.routine().name() + "; choose another id");
            }
            if (!sameFile(Path.of(entry.location()), editor.file())) {
                return SaveResult.refused(name, "$.id", "the id '" + routine.id() + "' is already used by your routine "
                        + entry.routine().name() + " (" + entry.location() + "); choose another id");
            }
        }
        Path target;
        try {
            target = SafeNames.target(folder, routine.id());
        } catch (SafeNames.UnsafeTarget e) {
            return SaveResult.refused(name, "$.id", e.getMessage());
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !sameFile(target, editor.file())) {
            return SaveResult.refused(name, "$.id", target + " already exists (a file that does not load as a routine); "
                    + "choose another id, or move that file away");
        }
        try {
            AtomicFiles.write(target, writer.bytes(PlayedLength.withMeasuredEstimate(routine)));
            Path old = editor.file();
            if (old != null && !sameFile(old, target) && inFolder(old)) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            return SaveResult.refused(name, "$", "cannot save " + target + ": " + e.getMessage());
        }
        editor.markSaved(target);
        try {
            drafts.discard(editor);
        } catch (IOException ignored) {
            // A stale draft is offered once more at the next start; the routine itself is saved.
        }
        return SaveResult.written(target);
    }

    // ------------------------------------------------------------------ sharing

    /**
     * Writes a routine to any file the user chose, atomically, with every exercise in it so it stands alone.
     *
     * @throws IOException when the file cannot be written (or is a folder)
     */
    public static void export(Routine routine, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; choose a file name");
        }
        AtomicFiles.write(target, RoutineWriter.standalone().bytes(PlayedLength.withMeasuredEstimate(routine)));
    }

    /** Exports the routine being edited; refused while it is invalid. */
    public SaveResult export(EditableRoutine editor, Path target) {
        Optional<Routine> valid = editor.valid();
        if (valid.isEmpty()) {
            return SaveResult.refused(editor.validation().problems());
        }
        try {
            if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(RoutineBundle.EXTENSION)) {
                if (Files.isDirectory(target)) {
                    throw new IOException(target + " is a folder; choose a file name");
                }
                RoutineBundle.write(valid.get(), clips, target);
            } else {
                export(valid.get(), target);
            }
            return SaveResult.written(target);
        } catch (IOException e) {
            return SaveResult.refused(target.toString(), "$", "cannot write " + target + ": " + e.getMessage());
        }
    }

    /**
     * Reads and checks a file to import, treating it as untrusted: refused before reading when it is larger than
     * 1 MiB or not a regular file; checked by the loader (every problem reported); its id checked as a file name.
     * Writes nothing. Then ask the user about any clash and call {@link #importRoutine}.
     */
    public ImportCheck checkImport(Path source) {
        String name = source.toString();
        byte[] bytes;
        if (RoutineBundle.isBundle(source)) {
            try {
                RoutineBundle.Contents contents = RoutineBundle.read(source);
                return checkImport(source, name + "!/" + RoutineBundle.ROUTINE_ENTRY, contents.routineJson());
            } catch (RoutineBundle.BundleException e) {
                return refusedImport(source, "$", e.getMessage());
            }
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refusedImport(source, "$", "not a regular file");
            }
            if (attributes.size() > MAX_IMPORT_BYTES) {
                return refusedImport(source, "$", "the file is " + humanSize(attributes.size())
                        + "; a routine file may be at most 1 MiB");
            }
            try (InputStream in = Files.newInputStream(source)) {
                bytes = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
            }
            if (bytes.length > MAX_IMPORT_BYTES) {
                return refusedImport(source, "$", "the file grew past 1 MiB while it was read; a routine file may be at most 1 MiB");
            }
        } catch (NoSuchFileException e) {
            return refusedImport(source, "$", "no such file");
        } catch (IOException e) {
            return refusedImport(source, "$", "cannot read the file: " + e.getMessage());
        }
        return checkImport(source, name, bytes);
    }

    private ImportCheck checkImport(Path source, String name, byte[] bytes) {
        LoadResult result = reader.read(name, bytes);
        if (!result.ok()) {
            return ImportCheck.refused(source, result.problems());
        }
        Routine routine = result.routine();
        Optional<String> unsafe = SafeNames.problem(routine.id());
        if (unsafe.isPresent()) {
            return refusedImport(source, "$.id", unsafe.get());
        }
        return withClash(source, routine);
    }

    /**
     * Imports a checked file as the user decided: as it is (no clash), renamed to a free id, or replacing the user's
     * own routine of the same id (never a built-in one). The routine is written afresh as {@code <id>.json} (the
     * imported bytes are never copied), atomically. Everything is checked again first; when anything is refused,
     * nothing is written.
     */
    public SaveResult importRoutine(ImportCheck check, ImportDecision decision) {
        String name = check.source() == null ? "import" : check.source().toString();
        if (!check.ok()) {
            return SaveResult.refused(check.problems());
        }
        Routine routine = check.routine();
        if (decision instanceof ImportDecision.Rename rename) {
            String id = rename.id() == null ? "" : rename.id().strip();
            Optional<String> unsafe = SafeNames.problem(id);
            if (unsafe.isPresent()) {
                return SaveResult.refused(name, "$.id", unsafe.get());
            }
            routine = RoutineBuilder.from(routine).id(id).name(freeName(routine.name())).build();
        }
        ImportCheck now = withClash(check.source(), routine);
        Path replaced = null;
        switch (now.clash()) {
            case NONE -> {
            }
            case BUILT_IN -> {
                return SaveResult.refused(name, "$.id", "the id '" + routine.id() + "' belongs to the built-in routine "
                        + now.clashWith() + ", which cannot be replaced; import it under another id, like '" + now.freeId() + "'");
            }
            case USER_ROUTINE -> {
                if (!(decision instanceof ImportDecision.Replace)) {
                    return SaveResult.refused(name, "$.id", "you already have a routine with the id '" + routine.id()
                            + "' (" + now.clashWith() + "); import it under another id, like '" + now.freeId()
                            + "', or replace yours");
                }
                replaced = Path.of(now.clashWith());
            }
        }
        byte[] bytes = writer.bytes(PlayedLength.withMeasuredEstimate(routine));
        LoadResult recheck = reader.read(routine.id() + ".json", bytes);
        if (!recheck.ok()) {
            return SaveResult.refused(recheck.problems());
        }
        Path target;
        try {
            target = SafeNames.target(folder, routine.id());
        } catch (SafeNames.UnsafeTarget e) {
            return SaveResult.refused(name, "$.id", e.getMessage());
        }
        List<String> addedClips = List.of();
        if (check.source() != null && RoutineBundle.isBundle(check.source())) {
            try {
                addedClips = RoutineBundle.extractClips(RoutineBundle.read(check.source()), ClipStore.clipsOf(routine), clips);
            } catch (IOException e) {
                return SaveResult.refused(name, "$", e.getMessage());
            }
        } else if (!ClipStore.clipsOf(routine).stream().allMatch(c -> clips.find(c).isPresent())) {
            return SaveResult.refused(name, "$", "the routine names videos this computer does not have;"
                    + " import the bundle (.toetempo) it came in, with its videos");
        }
        try {
            AtomicFiles.write(target, bytes);
            if (replaced != null && !sameFile(replaced, target) && inFolder(replaced)
                    && Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(replaced);
            }
        } catch (IOException e) {
            for (String clip : addedClips) {
                clips.find(clip).ifPresent(UserRoutines::deleteQuietly);
            }
            return SaveResult.refused(name, "$", "cannot write " + target + ": " + e.getMessage());
        }
        return SaveResult.written(target);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an unused video is removed the next time the clip folder is tidied
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The name for a copy imported under a new id: its own, or "Name (2)", "Name (3)"... while another routine in the
     * library has it, so that the two can be told apart in the list.
     */
    private String freeName(String name) {
        Set<String> names = new HashSet<>();
        library().entries().stream().filter(RoutineLibrary.Entry::ok).forEach(e -> names.add(e.routine().name()));
        if (name == null || !names.contains(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String stem = name.length() + suffix.length() > 60 ? name.substring(0, 60 - suffix.length()).strip() : name;
            if (!names.contains(stem + suffix)) {
                return stem + suffix;
            }
        }
    }

    private ImportCheck withClash(Path source, Routine routine) {
        RoutineLibrary library = library();
        Predicate<String> taken = takenIds(library);
        String freeId = Templates.freeId(routine.id(), taken);
        for (RoutineLibrary.Entry entry : library.entries()) {
            if (entry.ok() && entry.routine().id().equals(routine.id())) {
                return entry.origin() == RoutineLibrary.Origin.BUILT_IN
                        ? new ImportCheck(source, routine, List.of(), ImportCheck.Clash.BUILT_IN, entry.routine().name(), freeId)
                        : new ImportCheck(source, routine, List.of(), ImportCheck.Clash.USER_ROUTINE, entry.location(), freeId);
            }
        }
        Path file = folder.resolve(routine.id() + ".json");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new ImportCheck(source, routine, List.of(), ImportCheck.Clash.USER_ROUTINE, file.toString(), freeId);
        }
        return new ImportCheck(source, routine, List.of(), ImportCheck.Clash.NONE, null, routine.id());
    }

    /** Ids of every routine that loaded, and names of every file in the folder (a broken file still holds its name). */
    private Predicate<String> takenIds(RoutineLibrary library) {
        Set<String> ids = new HashSet<>();
        library.entries().stream().filter(RoutineLibrary.Entry::ok).forEach(e -> ids.add(e.routine().id()));
        return id -> ids.contains(id) || Files.exists(folder.resolve(id + ".json"), LinkOption.NOFOLLOW_LINKS);
    }

    private static ImportCheck refusedImport(Path source, String path, String message) {
        return ImportCheck.refused(source, List.of(new Problem(source.toString(), 0, 0, path, message)));
    }

    private boolean inFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    private static boolean sameFile(Path a, Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
