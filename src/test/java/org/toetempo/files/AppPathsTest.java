package org.toetempo.files;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppPathsTest {

    private static final Path HOME = Path.of("/home/ann");
    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";

    @Test
    void theOverrideWinsOverEverything() {
        Map<String, String> env = Map.of("TOETEMPO_HOME", "/from/env", "APPDATA", "/roaming", "XDG_DATA_HOME", "/xdg");

        assertThat(AppPaths.resolve("/portable/tt", env, LINUX, HOME).dataDirectory()).isEqualTo(Path.of("/portable/tt"));
        assertThat(AppPaths.resolve("/portable/tt", env, WINDOWS, HOME).dataDirectory()).isEqualTo(Path.of("/portable/tt"));
        assertThat(AppPaths.resolve("/portable/tt", env, MAC, HOME).dataDirectory()).isEqualTo(Path.of("/portable/tt"));
    }

    @Test
    void aBlankOverrideIsIgnored() {
        Map<String, String> env = Map.of("TOETEMPO_HOME", "/from/env");

        assertThat(AppPaths.resolve("  ", env, LINUX, HOME).dataDirectory()).isEqualTo(Path.of("/from/env"));
        assertThat(AppPaths.resolve("", Map.of(), LINUX, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo"));
    }

    @Test
    void toeTempoHomeWinsOverThePlatformFolder() {
        Map<String, String> env = Map.of("TOETEMPO_HOME", "/from/env", "APPDATA", "/roaming", "XDG_DATA_HOME", "/xdg");

        assertThat(AppPaths.resolve(null, env, LINUX, HOME).dataDirectory()).isEqualTo(Path.of("/from/env"));
        assertThat(AppPaths.resolve(null, env, WINDOWS, HOME).dataDirectory()).isEqualTo(Path.of("/from/env"));
        assertThat(AppPaths.resolve(null, env, MAC, HOME).dataDirectory()).isEqualTo(Path.of("/from/env"));
    }

    @Test
    void aBlankToeTempoHomeIsIgnored() {
        Map<String, String> env = Map.of("TOETEMPO_HOME", " ", "XDG_DATA_HOME", "/xdg");

        assertThat(AppPaths.resolve(null, env, LINUX, HOME).dataDirectory()).isEqualTo(Path.of("/xdg/toetempo"));
    }

    @Test
    void windowsUsesAppDataSlashToeTempo() {
        Map<String, String> env = Map.of("APPDATA", "/users/ann/AppData/Roaming", "XDG_DATA_HOME", "/xdg");

        assertThat(AppPaths.resolve(null, env, WINDOWS, HOME).dataDirectory())
                .isEqualTo(Path.of("/users/ann/AppData/Roaming/Toe Tempo"));
        assertThat(AppPaths.resolve(null, env, "Windows 10", HOME).dataDirectory())
                .isEqualTo(Path.of("/users/ann/AppData/Roaming/Toe Tempo"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderUnderHome() {
        assertThat(AppPaths.resolve(null, Map.of(), WINDOWS, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/AppData/Roaming/Toe Tempo"));
    }

    @Test
    void macUsesApplicationSupport() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/xdg");

        assertThat(AppPaths.resolve(null, env, MAC, Path.of("/Users/ann")).dataDirectory())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Toe Tempo"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/data/ann"), LINUX, HOME).dataDirectory())
                .isEqualTo(Path.of("/data/ann/toetempo"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(AppPaths.resolve(null, Map.of(), LINUX, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo"));
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", ""), LINUX, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo"));
        assertThat(AppPaths.resolve(null, Map.of(), "FreeBSD", HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo"));
    }

    @Test
    void routinesLiveInTheDataFolder() {
        assertThat(new AppPaths(Path.of("/data/tt")).routines()).isEqualTo(Path.of("/data/tt/routines"));
        assertThat(AppPaths.resolve(null, Map.of(), LINUX, HOME).routines())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo/routines"));
        assertThat(AppPaths.resolve(null, Map.of("APPDATA", "/roaming"), WINDOWS, HOME).routines())
                .isEqualTo(Path.of("/roaming/Toe Tempo/routines"));
    }

    @Test
    void windowsWithABlankAppDataFallsBackToTheRoamingFolderUnderHome() {
        assertThat(AppPaths.resolve(null, Map.of("APPDATA", ""), WINDOWS, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/AppData/Roaming/Toe Tempo"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnored() {
        assertThat(AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), LINUX, HOME).dataDirectory())
                .isEqualTo(Path.of("/home/ann/.local/share/toetempo"));
    }
}
