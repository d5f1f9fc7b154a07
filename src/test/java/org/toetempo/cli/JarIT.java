package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar, run as a user would: routines and the exercise library must come from inside it. */
class JarIT {

    private static final Path JAR = Path.of("target/toetempo.jar");

    @TempDir
    Path home;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TOETEMPO_HOME", home.toString());
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void listShowsAllTenBuiltInRoutinesFromInsideTheJar() throws Exception {
        Run run = run("list");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().filter(line -> line.endsWith("built-in"))).hasSize(10);
        assertThat(run.out()).contains("musical-toes", "Musical Toes", "9 min", "foot-core-12-week");
        assertThat(run.out()).contains("User routines folder: " + home.resolve("routines"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateAcceptsEveryShippedFileAndRejectsABrokenOne() throws Exception {
        try (var files = Files.list(Path.of("routines"))) {
            List<String> args = new ArrayList<>(List.of("validate"));
            files.filter(f -> f.toString().endsWith(".json")).map(Path::toString).sorted().forEach(args::add);
            Run ok = run(args.toArray(String[]::new));
            assertThat(ok.exit()).as(ok.err()).isZero();
            assertThat(ok.out().lines()).hasSize(11).allMatch(line -> line.contains(": ok, "));
        }
        Path broken = home.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": 1,\n  \"id\": \"Bad Id\"\n}\n");

        Run bad = run("validate", broken.toString());

        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(broken + ":3:9: $.id: id must be lower-case letters and digits");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void helpExplainsTheSubcommands() throws Exception {
        Run run = run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("list", "validate", "Run without arguments to open the app");
    }
}
