package org.toetempo.editor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.toetempo.files.AtomicFiles;
import org.toetempo.routine.Routine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Autosave drafts of routines being edited, one file per editor ({@code routines/drafts/KEY.json}), written
 * atomically, so a crash loses at most the last few seconds. A draft holds the routine exactly as edited, even when
 * it is not valid yet (so it is not a routine file: the library and {@code validate} never read this folder).
 * Saving or discarding the routine deletes its draft; whatever is left at the next start is offered back.
 */
public final class DraftStore {

    /** Drafts are the app's own files, but a broken or huge one must not stop the start either. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int VERSION = 1;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A draft found on disk.
     *
     * @param key     its name; a restored editor keeps writing to it
     * @param savedAt when it was written
     * @param file    the user routine file it is a draft of, or {@code null} for a routine never saved
     * @param routine the routine as it was being edited (possibly invalid)
     */
    public record Draft(String key, Instant savedAt, Path file, Routine routine) {
    }

    /** The draft file's content (the app's own format, not a routine file). */
    record DraftFile(int toetempoDraft, String savedAt, String file, Routine routine) {
    }

    private final Path folder;

    DraftStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Writes the routine's draft if it has changed since the last one; deletes it when there is nothing unsaved.
     * Call it every few seconds, or after each change, on the thread that edits the routine.
     *
     * @return true when a draft was written
     */
    public boolean autosave(EditableRoutine editor) throws IOException {
        if (!editor.dirty()) {
            discard(editor.draftKey());
            editor.draftWritten(editor.revision());
            return false;
        }
        if (!editor.draftBehind()) {
            return false;
        }
        long revision = editor.revision();
        write(editor.draftKey(), editor.file(), editor.routine(), Instant.now());
        editor.draftWritten(revision);
        return true;
    }

    void write(String key, Path file, Routine routine, Instant at) throws IOException {
        Path target = fileFor(key);
        DraftFile content = new DraftFile(VERSION, at.toString(), file == null ? null : file.toString(), routine);
        AtomicFiles.write(target, JSON.writeValueAsBytes(content));
    }

    /** Every readable draft, newest first (a draft that cannot be read is skipped and left for the user to find). */
    public List<Draft> pending() {
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return drafts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path path : files) {
                String name = path.getFileName().toString();
                String key = name.substring(0, name.length() - ".json".length());
                if (!KEY.matcher(key).matches() || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        || Files.size(path) > MAX_BYTES) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(path)) {
                    DraftFile d = JSON.readValue(in, DraftFile.class);
                    if (d.toetempoDraft() == VERSION && d.routine() != null) {
                        drafts.add(new Draft(key, Instant.parse(d.savedAt()), d.file() == null ? null : Path.of(d.file()),
                                d.routine()));
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // Not ours or damaged: never offered, never deleted behind the user's back.
                }
            }
        } catch (IOException e) {
            return drafts;
        }
        drafts.sort(Comparator.comparing(Draft::savedAt).reversed());
        return drafts;
    }

    /** Deletes a routine's draft (after saving it, or when the user discards the changes). */
    public void discard(EditableRoutine editor) throws IOException {
        discard(editor.draftKey());
    }

    public void discard(Draft draft) throws IOException {
        discard(draft.key());
    }

    void discard(String key) throws IOException {
        Files.deleteIfExists(fileFor(key));
    }

    private Path fileFor(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a draft key: " + key);
        }
        return folder.resolve(key + ".json");
    }

    static String newKey() {
        return "draft-" + UUID.randomUUID();
    }
}
