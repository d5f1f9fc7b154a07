package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.AppPaths;
import org.toetempo.files.SpecialFiles;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Special and oversized files given as songs, to {@code analyze} and to {@code render --song}: each is refused at
 * once with one line naming the file and what is wrong, never a stack trace, a wait on a pipe or an
 * OutOfMemoryError. (The app's song loading takes the same path: see SongLoadingTest.)
 */
class SongFileRefusalTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {
    }

    private Outcome analyze(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new AnalyzeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(file.toString());
        return new Outcome(exit, out.toString(), err.toString());
    }

    private Outcome render(Path song) {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        AppPaths paths = new AppPaths(dir.resolve("home"));
        Supplier<RoutineLibrary> library = () -> RoutineLibrary.load(reader, paths.routines());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new RenderCommand(library, reader, paths), new PrintWriter(out), new PrintWriter(err))
                .execute("musical-toes", "--out", dir.resolve("out.wav").toString(), "--seconds", "5",
                        "--song", song.toString());
        return new Outcome(exit, out.toString(), err.toString());
    }

    /** A sparse file of 401 MB: over the limit, yet it costs no disk. */
    private Path oversized() throws IOException {
        Path big = dir.resolve("huge.mp3");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(401L << 20);
        }
        return big;
    }

    private static void refusedInOneLine(Outcome outcome, Path file, String why) {
        assertThat(outcome.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(outcome.err()).contains("toetempo: " + file + ": " + why);
        assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error");
    }

    @Test
    void analyzeRefusesAPipeADeviceAFolderAndAnOversizedFile() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.mp3"));
        Path zero = SpecialFiles.devZero(dir.resolve("zero.mp3"));
        Path folder = Files.createDirectories(dir.resolve("folder.mp3"));
        Path big = oversized();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            refusedInOneLine(analyze(fifo), fifo, "is not a song file but a device, a pipe or a socket");
            refusedInOneLine(analyze(zero), zero, "is not a song file but a device, a pipe or a socket");
            refusedInOneLine(analyze(folder), folder, "is a folder, not a song file");
            refusedInOneLine(analyze(big), big, "too large for a song (401 MB; at most 400 MB)");
        });
    }

    @Test
    void renderRefusesTheSameAsItsSong() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.mp3"));
        Path zero = SpecialFiles.devZero(dir.resolve("zero.mp3"));
        Path folder = Files.createDirectories(dir.resolve("folder.mp3"));
        Path big = oversized();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            refusedInOneLine(render(fifo), fifo, "is not a song file but a device, a pipe or a socket");
            refusedInOneLine(render(zero), zero, "is not a song file but a device, a pipe or a socket");
            refusedInOneLine(render(folder), folder, "is a folder, not a song file");
            refusedInOneLine(render(big), big, "too large for a song (401 MB; at most 400 MB)");
        });
        assertThat(dir.resolve("out.wav")).doesNotExist();
    }
}
