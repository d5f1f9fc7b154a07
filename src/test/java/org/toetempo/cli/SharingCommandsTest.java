package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export}, {@code import} and {@code handout}, run as the command line runs them (registered in Cli). */
class SharingCommandsTest {

    @TempDir
    Path home;
    @TempDir
    Path work;

    private final ExerciseLibrary exercises = ExerciseLibrary.builtIn();
    private final RoutineReader reader = new RoutineReader(exercises);

    private record Run(int exit, String out, String err) {
    }

    private Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(command, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private AppPaths paths() {
        return new AppPaths(home);
    }

    private Supplier<RoutineLibrary> library() {
        return () -> RoutineLibrary.load(reader, paths().routines());
    }

    private ImportCommand importCommand() {
        return new ImportCommand(() -> new UserRoutines(paths(), exercises));
    }

    @Test
    void exportThenImportUnderANewId() throws IOException {
        Path file = work.resolve("mt.json");

        Run export = run(new ExportCommand(library(), reader), "musical-toes", "--out", file.toString());
        assertThat(export.exit()).isZero();
        assertThat(Files.readString(file)).contains("\"id\": \"musical-toes\"", "\"exercises\": {");
        assertThat(run(new ExportCommand(library(), reader), "musical-toes", "--out", file.toString()).err())
                .contains("exists; add --force");

        Run clash = run(importCommand(), file.toString());
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err()).contains("built-in routine Musical Toes", "Run again with --as musical-toes-2.");

        Run imported = run(importCommand(), file.toString(), "--as", "musical-toes-2");
        assertThat(imported.exit()).isZero();
        assertThat(imported.out().strip()).isEqualTo(paths().routines().resolve("musical-toes-2.json").toString());
        assertThat(library().get().find("musical-toes-2")).isPresent();

        Run replaced = run(importCommand(), work.resolve("mt.json").toString(), "--as", "musical-toes-2");
        assertThat(replaced.err()).contains("you already have a routine with the id 'musical-toes-2'");
    }

    @Test
    void aHostileImportIsRefusedWithTheLoadersMessages() throws IOException {
        Path file = work.resolve("evil.json");
        Files.writeString(file, "{\"format\": 1, \"id\": \"../../evil\"}");

        Run result = run(importCommand(), file.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("$.id: id must be lower-case letters and digits");
        assertThat(home.resolve("routines")).doesNotExist();
    }

    @Test
    void handoutWritesAPdf() throws IOException {
        Path pdf = work.resolve("out/handout.pdf");

        Run result = run(new HandoutCommand(library(), reader, paths()), "arch-doming", "--out", pdf.toString(), "--no-figures",
                "--paper", "letter");

        assertThat(result.exit()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(run(new HandoutCommand(library(), reader, paths()), "arch-doming", "--out", pdf.toString(), "--paper", "a5").err())
                .contains("--paper must be a4 or letter");
        assertThat(run(new HandoutCommand(library(), reader, paths()), "foot-core-12-week", "--out", pdf.toString(), "--stage", "x").err())
                .contains("has no stage 'x'; its stages are a, b, c, d");
        assertThat(run(new HandoutCommand(library(), reader, paths()), "no-such-routine", "--out", pdf.toString()).exit()).isEqualTo(2);
    }
}
