package org.toetempo.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What this build of Toe Tempo is: its version, written into the jar by the build, and the notice of the
 * third-party software it bundles (the same text the installers carry as THIRD-PARTY.txt).
 */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** The version from the build, e.g. {@code 0.1.0}; "development build" when run from unbuilt classes. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "development build" : version;
    }

    /** "Toe Tempo 0.1.0": what {@code --version} prints and the About dialog shows. */
    public static String nameAndVersion() {
        return "Toe Tempo " + version();
    }

    /** The third-party notice: every bundled library with its licence. */
    public static String thirdPartyNotice() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("THIRD-PARTY.txt")) {
            if (in == null) {
                throw new IllegalStateException("THIRD-PARTY.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
