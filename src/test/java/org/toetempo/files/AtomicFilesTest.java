package org.toetempo.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Atomic writes leave whole files, nothing beside them, and permissions like any file the user saves. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = dir.resolve("sub").resolve("routine.json");
        AtomicFiles.write(target, "first".getBytes());
        AtomicFiles.write(target, "second, longer".getBytes());
        assertThat(Files.readString(target)).isEqualTo("second, longer");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path usual = Files.createFile(dir.resolve("made the usual way.txt"));
        Path fresh = dir.resolve("export.json");
        AtomicFiles.write(fresh, "{}".getBytes());
        assertThat(Files.getPosixFilePermissions(fresh)).as("an export is readable like any file saved here")
                .isEqualTo(Files.getPosixFilePermissions(usual));

        Path own = dir.resolve("private.json");
        Files.writeString(own, "old");
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(own, "new".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own))).isEqualTo("rw-r-----");
    }

    @Test
    void aStreamedFileThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryBehind() throws IOException {
        Path target = dir.resolve("bundle.toetempo");
        Files.writeString(target, "the old bundle");

        assertThatThrownBy(() -> AtomicFiles.write(target, temporary -> {
            Files.writeString(temporary, "half of a new one");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the old bundle");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }

        AtomicFiles.write(target, temporary -> Files.writeString(temporary, "the new bundle"));
        assertThat(Files.readString(target)).isEqualTo("the new bundle");
    }
}
