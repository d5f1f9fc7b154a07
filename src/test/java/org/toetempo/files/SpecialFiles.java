package org.toetempo.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hostile files made by the tests themselves: a named pipe, a link to an endless device. */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe (nobody ever writes to it: opening it to read would wait for ever). */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return path;
    }

    /** A symbolic link to {@code /dev/zero}: size 0, and it never ends. */
    public static Path devZero(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        return Files.createSymbolicLink(path, Path.of("/dev/zero"));
    }
}
