package org.toetempo.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;
import org.toetempo.files.RegularFiles;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;

import static org.toetempo.text.Phrase.phrase;

/**
 * Loads and saves {@link Settings} as JSON in the data folder. Every change is saved at once, atomically, so a
 * crash loses nothing. A field the file lacks takes its default. A damaged file is set aside under a name never
 * used before (an earlier copy is never overwritten) and the defaults are used, with a {@link #notice()}.
 *
 * <p>Two copies of the app may share the data folder: a save writes only the fields this change touched over what
 * the file holds now (under a lock), so one instance's change of theme never undoes the other's volume.
 */
public final class SettingsStore {

    /**
     * Made on the first save, not at start: the start reads the file with {@link SettingsReader}, and building the
     * mapper would delay the first frame.
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final long MAX_BYTES = 1024 * 1024;

    private final Path file;
    private Settings current;
    private Phrase notice;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = load();
    }

    public static SettingsStore in(AppPaths paths) {
        return new SettingsStore(paths.dataDirectory().resolve("settings.json"));
    }

    public synchronized Settings get() {
        return current;
    }

    /** A message for the user when the settings file could not be read, else {@code null}. */
    public synchronized Phrase notice() {
        return notice;
    }

    /**
     * Saves the settings at once: the fields that differ from {@link #get()} are written over what the file holds
     * now (another instance may have saved since). On failure keeps them in memory and returns the reason, a
     * sentence for the user (else {@code null}).
     */
    public synchronized Phrase save(Settings settings) {
        Settings before = current;
        current = settings;
        FileChannel lock = lock();
        try {
            ObjectNode onDisk = readTree();
            ObjectNode merged = onDisk == null ? Mapper.JSON.valueToTree(settings) : onDisk;
            if (onDisk != null) {
                overlayChanges(Mapper.JSON.valueToTree(before), Mapper.JSON.valueToTree(settings), merged);
            }
            Settings result = parse(merged);
            // The known fields as the app understands them (clamped); unknown ones (a newer version's) kept.
            merged.setAll((ObjectNode) Mapper.JSON.valueToTree(result));
            AtomicFiles.write(file, Mapper.JSON.writeValueAsBytes(merged));
            current = result;
            return null;
        } catch (IOException | RuntimeException e) {
            return phrase("notice.settings.unsaved", file.toString(), reason(e));
        } finally {
            closeQuietly(lock);
        }
    }

    /** Copies into {@code target} every field whose value differs between {@code before} and {@code after}. */
    private static void overlayChanges(JsonNode before, JsonNode after, ObjectNode target) {
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode was = before.get(field.getKey());
            JsonNode now = field.getValue();
            if (now.equals(was)) {
                continue;
            }
            JsonNode there = target.get(field.getKey());
            if (now.isObject() && was != null && was.isObject() && there != null && there.isObject()) {
                overlayChanges(was, now, (ObjectNode) there);
                for (Iterator<String> names = was.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!now.has(name)) {
                        ((ObjectNode) there).remove(name);
                    }
                }
            } else {
                target.set(field.getKey(), now);
            }
        }
    }

    /** The file as a JSON object now, or {@code null} if there is none or it cannot be read. */
    private ObjectNode readTree() {
        try {
            JsonNode tree = Mapper.JSON.readTree(RegularFiles.read(file, MAX_BYTES));
            return tree instanceof ObjectNode object ? object : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Serialises saves between instances (closing the channel releases the lock); {@code null}: save unlocked. */
    private FileChannel lock() {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            if (RegularFiles.isSpecial(lockFile)) {
                return null;    // a pipe would block the open for ever
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }

    private static Settings parse(JsonNode tree) throws IOException {
        ObjectNode withDefaults = Mapper.JSON.valueToTree(Settings.defaults());
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNull()) {
                withDefaults.set(field.getKey(), field.getValue());
            }
        }
        return Mapper.JSON.treeToValue(withDefaults, Settings.class);
    }

    private Settings load() {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException e) {
            notice = phrase("notice.settings.unreadable", file.toString(), String.valueOf(e.getMessage()));
            return Settings.defaults();
        }
        try {
            Settings read = SettingsReader.read(bytes);
            return read == null ? Settings.defaults() : read;
        } catch (IOException | RuntimeException e) {
            setAside();
            return Settings.defaults();
        }
    }

    /** Moves the damaged file to the first {@code .damaged} name not taken: earlier copies are never overwritten. */
    private void setAside() {
        for (int n = 1; n <= 1000; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged" + (n == 1 ? "" : "-" + n));
            try {
                Files.move(file, aside);
                notice = phrase("notice.settings.set-aside", aside.toString());
                return;
            } catch (FileAlreadyExistsException taken) {
                // an earlier damaged copy: keep it, try the next name
            } catch (IOException e) {
                break;
            }
        }
        notice = phrase("notice.settings.left", file.toString());
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
