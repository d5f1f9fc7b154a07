package org.toetempo.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps the user's files, decided in one place.
 * The {@code toetempo.home} system property or the {@code TOETEMPO_HOME} environment variable move everything
 * (tests and portable installs use this); otherwise the platform's usual per-user data folder is used.
 */
public record AppPaths(Path dataDirectory) {

    public static AppPaths forCurrentUser() {
        return resolve(System.getProperty("toetempo.home"), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static AppPaths resolve(String override, Map<String, String> env, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override));
        }
        String fromEnv = env.get("TOETEMPO_HOME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppPaths(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new AppPaths(home.resolve("Library/Application Support/Toe Tempo"));
        }
        if (os.startsWith("windows")) {
            Path appData = absolute(env.get("APPDATA"));
            return new AppPaths((appData != null ? appData : home.resolve("AppData/Roaming")).resolve("Toe Tempo"));
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path xdg = absolute(env.get("XDG_DATA_HOME"));
        return new AppPaths((xdg != null ? xdg : home.resolve(".local/share")).resolve("toetempo"));
    }

    /** The path if it is set and absolute; otherwise {@code null}, so the data folder never moves with the working directory. */
    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : null;
    }

    /** The user's own routine files. */
    public Path routines() {
        return dataDirectory.resolve("routines");
    }

    /** Songs' analyses and the user's corrections, one file per song content (by its SHA-256). */
    public Path songs() {
        return dataDirectory.resolve("songs");
    }

    /** The songs the user played last. */
    public Path recentSongs() {
        return dataDirectory.resolve("recent-songs.json");
    }
}
