package org.toetempo.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads and saves {@link Settings} as JSON in the data folder. Every change is saved at once, atomically, so a
 * crash loses nothing. A damaged file is set aside (not deleted) and the defaults are used, with a notice.
 */
public final class SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private Settings current;
    private String notice;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = load();
    }

    public static SettingsStore in(AppPaths paths) {
        return new SettingsStore(paths.dataDirectory().resolve("settings.json"));
    }

    public Settings get() {
        return current;
    }

    /** A message for the user when the settings file could not be read, else {@code null}. */
    public String notice() {
        return notice;
    }

    /** Saves the settings at once; on failure keeps them in memory and returns the reason (else {@code null}). */
    public String save(Settings settings) {
        current = settings;
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(settings));
            return null;
        } catch (IOException e) {
            return "Could not save your settings to " + file + ": " + e.getMessage();
        }
    }

    private Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            if (Files.size(file) > 1024 * 1024) {
                throw new IOException("the file is larger than 1 MiB");
            }
            Settings read = JSON.readValue(file.toFile(), Settings.class);
            return read == null ? Settings.defaults() : read;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                notice = "Your settings file could not be read, so the defaults are in use. The old file was kept as " + aside + ".";
            } catch (IOException moveFailed) {
                notice = "Your settings file " + file + " could not be read, so the defaults are in use.";
            }
            return Settings.defaults();
        }
    }
}
