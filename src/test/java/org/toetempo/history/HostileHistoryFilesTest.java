package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.SpecialFiles;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.toetempo.history.Fixtures.at;

/** The history log planted as a device or a pipe: one clear line, at once, never memory or a hang (issue 16, class 7). */
class HostileHistoryFilesTest {

    @TempDir
    Path dir;

    @Test
    void aLogLinkedToDevZeroIsRefusedNotReadIntoMemory() throws Exception {
        SpecialFiles.devZero(dir.resolve(HistoryStore.LOG));
        HistoryStore store = new HistoryStore(dir);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(store::load).isInstanceOf(IOException.class)
                        .hasMessageContaining("was not read: it is not a regular file"));
        assertThatThrownBy(() -> store.append(Fixtures.played("musical-toes", at("2026-11-16T07:30"))))
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void aLogThatIsAPipeNeitherBlocksLoadingNorSaving() throws Exception {
        SpecialFiles.fifo(dir.resolve(HistoryStore.LOG));
        HistoryStore store = new HistoryStore(dir);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(store::load).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> store.append(Fixtures.played("musical-toes", at("2026-11-16T07:30"))))
                    .isInstanceOf(IOException.class);
        });
    }

    @Test
    void aLogLargerThanTheLimitIsRefusedByItsSize() throws Exception {
        // The limit is what bounds memory: shown with a sparse file, so no gigabytes are written.
        Path log = dir.resolve(HistoryStore.LOG);
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
            f.setLength(HistoryStore.MAX_LOG_BYTES + 1);
        }
        assertThatThrownBy(new HistoryStore(dir)::load).hasMessageContaining("at most 256 MB is read");
        assertThat(HistoryStore.MAX_LOG_BYTES).isLessThanOrEqualTo(256L << 20);
    }
}
