package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.at;

/** History logs from the world (issue 16, class 9). */
class HistoryEdgeCasesTest {

    @TempDir
    Path dir;

    private List<SessionRecord> twenty() {
        List<SessionRecord> records = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            records.add(Fixtures.played("musical-toes", at(String.format("2026-11-%02dT07:30", day))));
        }
        return records;
    }

    @Test
    void aLogWithWindowsLineEndsLoadsEverySessionAndIsNotTakenForDamage() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.appendAll(twenty());
        Path log = dir.resolve(HistoryStore.LOG);
        String unix = Files.readString(log, StandardCharsets.UTF_8);
        Files.writeString(log, unix.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        byte[] crlf = Files.readAllBytes(log);

        History history = store.load();

        assertThat(history.sessions()).hasSize(20);
        assertThat(history.report().message()).isNull();
        assertThat(history.report().damaged()).isEmpty();
        assertThat(Files.readAllBytes(log)).as("nothing rewritten, nothing set aside").isEqualTo(crlf);
        try (Stream<Path> listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("sessions-damaged"));
        }

        store.append(Fixtures.played("arch-doming", at("2026-11-25T07:30")));
        assertThat(store.load().sessions()).hasSize(21);
    }

    @Test
    void aCrlfLogTornAfterItsLastCarriageReturnKeepsEveryRecord() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        store.appendAll(twenty());
        Path log = dir.resolve(HistoryStore.LOG);
        String crlf = Files.readString(log).replace("\n", "\r\n");
        Files.writeString(log, crlf.substring(0, crlf.length() - 1));

        History history = store.load();

        assertThat(history.sessions()).hasSize(20);
        assertThat(history.report().damaged()).isEmpty();
        assertThat(store.load().sessions()).hasSize(20);
    }
}
