package org.toetempo.about;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LGPL libraries ship as their own, unmodified jars beside toetempo.jar (what the README and THIRD-PARTY.txt
 * promise), not merged into it, and {@code java -jar target/toetempo.jar} still finds them.
 */
class LgplJarsIT {

    private static final Path TARGET = Path.of("target");
    private static final List<String> LGPL_PACKAGES = List.of("com/jcraft/jorbis/", "org/jflac/", "de/sciss/jump3r/");

    @Test
    void theLgplLibrariesAreNotMergedIntoTheAppsJar() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("toetempo.jar").toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> LGPL_PACKAGES.stream().anyMatch(n::startsWith)))
                    .isEmpty();
            assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path"))
                    .contains("lib/jorbis-", "lib/jflac-codec-", "lib/jump3r-");
        }
    }

    @Test
    void eachShipsAsItsPublishedJarByteForByte() throws Exception {
        Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        for (String jar : List.of("org/jcraft/jorbis/0.0.17/jorbis-0.0.17.jar",
                "org/jflac/jflac-codec/1.5.2/jflac-codec-1.5.2.jar", "de/sciss/jump3r/1.0.5/jump3r-1.0.5.jar")) {
            Path shipped = TARGET.resolve("lib").resolve(Path.of(jar).getFileName());
            Path published = repository.resolve(jar + ".sha1");
            assertThat(shipped).exists();
            if (Files.exists(published)) {
                assertThat(sha1(shipped)).as(jar).isEqualTo(Files.readString(published).strip().split("\\s+")[0]);
            }
        }
    }

    @Test
    void theAppsJarFindsThemOnItsClassPath() throws Exception {
        Path ogg = Path.of("src/test/resources/org/toetempo/song/click-at-1s.ogg");
        Path flac = Path.of("src/test/resources/org/toetempo/song/click-at-1s-mono.flac");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("toetempo.jar").toString(), "analyze", ogg.toString(), flac.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("click-at-1s.ogg", "click-at-1s-mono.flac").doesNotContain("NoClassDefFoundError");
    }

    private static String sha1(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file)));
    }
}
