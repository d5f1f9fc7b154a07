package org.toetempo.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RegularFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsARegularFileAndALinkToOne() throws IOException {
        Path file = Files.write(dir.resolve("a.json"), new byte[] {1, 2, 3});
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        assertThat(RegularFiles.read(file, 3)).containsExactly(1, 2, 3);
        assertThat(RegularFiles.read(link, 3)).containsExactly(1, 2, 3);
        assertThat(RegularFiles.read(Files.write(dir.resolve("empty"), new byte[0]), 3)).isEmpty();
    }

    @Test
    void refusesAPipeWithoutOpeningIt() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("song.mp3"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> RegularFiles.read(fifo, 1 << 20)).isInstanceOf(IOException.class)
                        .hasMessage("it is not a regular file (a device, a pipe or a socket)"));
    }

    @Test
    void refusesALinkToAnEndlessDevice() throws Exception {
        Path zero = SpecialFiles.devZero(dir.resolve("recent-songs.json"));
        assertThatThrownBy(() -> RegularFiles.read(zero, 1 << 20)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        assertThat(RegularFiles.isSpecial(zero)).isTrue();
    }

    @Test
    void refusesMoreThanTheLimit() throws IOException {
        Path file = Files.write(dir.resolve("big"), new byte[1025]);
        assertThatThrownBy(() -> RegularFiles.read(file, 1024)).hasMessage("the file is 1025 bytes; at most 1024 bytes is read");
        assertThat(RegularFiles.read(file, 1025)).hasSize(1025);
    }

    @Test
    void aMissingFileIsToldApart() {
        assertThatThrownBy(() -> RegularFiles.read(dir.resolve("none"), 10)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> RegularFiles.read(dir, 10)).hasMessage("it is a folder, not a file");
    }
}
