package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.Side;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.NEW_YORK;
import static org.toetempo.history.Fixtures.at;

class HistoryStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private HistoryStore store() {
        return new HistoryStore(dir, clock);
    }

    /** Three real, fully rated sessions: musical toes, arch doming in New York, and foot core stopped part-way. */
    private List<SessionRecord> sessions() {
        SessionRecord a = Fixtures.rated(Fixtures.played("musical-toes", at("2026-11-16T07:30")), Effort.EASY, 1, 2)
                .withTiming(List.of(new TimingCheck(1, "single-big-toe-raise", 20, -12.5, 31.2)));
        a = a.withRatings(a.ratings().withOnBeat(0, true).withNote("Felt \"great\", left foot, lazy; then 🦶 stretched.\n"
                + "Second line"));
        SessionRecord b = Fixtures.rated(Fixtures.played("arch-doming", at("2026-11-18T23:30", NEW_YORK)), Effort.HARD, 4, 3);
        b = Fixtures.tweak(b, "short-foot", r -> r.withHarderSide(Side.LEFT).withFormOk(true).withBestHoldSeconds(12.5)
                .withCramp(true).withPain(5));
        b = b.withMorning(2, 1);
        var schedule = Fixtures.schedule(Fixtures.routine("foot-core-12-week"), PlayOptions.defaults());
        SessionRecord c = Fixtures.done(schedule, schedule.totalNanos() / 3, at("2026-11-21T18:00"));
        c = c.withRatings(Ratings.of(7, 6).withRedFlags(Set.of(RedFlag.NEW_SWELLING))
                .with(ExerciseRating.of("short-foot", Effort.HARD).withRedFlags(EnumSet.of(RedFlag.SHARP_PAIN))));
        return List.of(a, b, c);
    }

    @Test
    void recordsComeBackExactlyAsTheyWereSaved() throws IOException {
        List<SessionRecord> saved = sessions();
        HistoryStore store = store();
        for (SessionRecord record : saved) {
            store.append(record);
        }

        History history = store().load();

        assertThat(history.sessions()).containsExactlyElementsOf(saved);
        assertThat(history.report().ok()).isTrue();
        assertThat(store.log()).isEqualTo(dir.resolve("sessions.log"));
        assertThat(Files.readString(store.log())).startsWith("~tt1 ").endsWith("\n");
        assertThat(Files.readAllLines(store.log())).hasSize(3);
    }

    @Test
    void loadingLeavesTheStepsUndecodedUntilTheyAreRead() throws IOException {
        SessionRecord saved = sessions().get(0);
        store().append(saved);

        SessionRecord loaded = store().load().sessions().get(0);

        StepList steps = (StepList) loaded.steps();
        assertThat(steps.decoded()).isFalse();
        assertThat(loaded.repsDone()).isEqualTo(saved.repsDone());
        assertThat(loaded.repsPlanned()).isEqualTo(saved.repsPlanned());
        assertThat(loaded.tempoReached()).isEqualTo(110.0);
        assertThat(loaded.counts()).isTrue();
        assertThat(steps.decoded()).as("the totals come from the header").isFalse();
        assertThat(loaded.steps()).isEqualTo(saved.steps());
        assertThat(steps.decoded()).isTrue();
    }

    @Test
    void anEmptyOrMissingHistoryLoadsEmpty() throws IOException {
        assertThat(store().load().sessions()).isEmpty();
        Files.writeString(dir.resolve("sessions.log"), "");
        assertThat(store().load().sessions()).isEmpty();
        assertThat(store().load().report().ok()).isTrue();
    }

    @Test
    void ratingsMorningChecksAndDeletionsFoldIntoTheRecords() throws IOException {
        List<SessionRecord> saved = sessions();
        HistoryStore store = store();
        SessionRecord unrated = saved.get(0).withRatings(null);
        store.append(unrated);
        store.append(saved.get(1));
        store.append(saved.get(2));

        store.morningCheck(unrated.id(), 3, 2);
        store.rate(unrated.id(), Ratings.of(1, 2).withEffort("toe-yoga", Effort.EASY));
        store.delete(saved.get(2).id());
        store.rate("no-such-session", Ratings.of(0, 0));

        History history = store().load();
        assertThat(history.sessions()).hasSize(2);
        SessionRecord first = history.find(unrated.id()).orElseThrow();
        assertThat(first.ratings().pain()).isEqualTo(1);
        assertThat(first.ratings().morningPain()).as("the morning check given before the ratings is kept").isEqualTo(3);
        assertThat(first.ratings().morningStiffness()).isEqualTo(2);
        assertThat(history.find(saved.get(2).id())).isEmpty();
        assertThat(history.report().ok()).isTrue();
    }

    /**
     * The test: a kill in the middle of a write, simulated by cutting the file at every byte offset of the
     * last record. Every earlier record loads; the partial record is set aside (byte for byte) and reported; the
     * log is cut back to a clean end, so the next session appends and loads normally.
     */
    @Test
    void truncatingTheLastRecordAtEveryByteOffsetLosesNoEarlierRecord() throws IOException {
        List<SessionRecord> saved = sessions();
        Path source = dir.resolve("source");
        HistoryStore full = new HistoryStore(source, clock);
        for (SessionRecord record : saved) {
            full.append(record);
        }
        byte[] bytes = Files.readAllBytes(full.log());
        int lastStart = lastRecordStart(bytes);
        assertThat(bytes.length - lastStart).as("the last record is a real, sizeable one").isGreaterThan(1000);
        SessionRecord extra = Fixtures.played("sole-5-daily", at("2026-11-22T09:00"));

        Path run = dir.resolve("cut");
        for (int cut = lastStart; cut < bytes.length; cut++) {
            deleteTree(run);
            Files.createDirectories(run);
            Files.write(run.resolve("sessions.log"), Arrays.copyOf(bytes, cut));
            // Without waiting for the disk: thousands of logs are written here, and what is checked is the reading.
            HistoryStore store = new HistoryStore(run, clock, false);

            History history = store.load();

            boolean onlyNewlineMissing = cut == bytes.length - 1;
            List<SessionRecord> expected = onlyNewlineMissing ? saved : saved.subList(0, 2);
            assertThat(history.sessions()).as("cut at %d", cut).containsExactlyElementsOf(expected);
            if (cut == lastStart || onlyNewlineMissing) {
                assertThat(history.report().damaged()).as("cut at %d", cut).isEmpty();
            } else {
                assertThat(history.report().damaged()).as("cut at %d", cut).hasSize(1);
                assertThat(history.report().damaged().get(0).offset()).isEqualTo(lastStart);
                assertThat(history.report().damaged().get(0).length()).isEqualTo(cut - lastStart);
                assertThat(history.report().message().english()).startsWith("The end of your session history (")
                        .contains(") was cut off, most likely by a crash or power cut while a session was being saved. "
                                + "2 sessions loaded and kept. The unreadable part was set aside in ");
                byte[] aside = Files.readAllBytes(history.report().setAside());
                assertThat(new String(aside, StandardCharsets.ISO_8859_1))
                        .contains(new String(bytes, lastStart, cut - lastStart, StandardCharsets.ISO_8859_1));
            }
            // The log is whole again: the next session appends after the kept records.
            store.append(extra);
            History after = new HistoryStore(run, clock, false).load();
            assertThat(after.report().ok()).as("cut at %d", cut).isTrue();
            assertThat(after.sessions()).as("cut at %d", cut).hasSize(expected.size() + 1).contains(extra);
        }
    }

    @Test
    void aDamagedRecordInTheMiddleIsSetAsideAndTheRecordsAroundItKept() throws IOException {
        HistoryStore store = store();
        List<SessionRecord> saved = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            SessionRecord record = Fixtures.played("toe-fan-routine", at("2026-11-0" + day + "T08:00"));
            saved.add(record);
            store.append(record);
        }
        byte[] bytes = Files.readAllBytes(store.log());
        int[] starts = lineStarts(bytes);
        bytes[starts[2] + 100] ^= 0x20; // one flipped bit in the third record
        Files.write(store.log(), bytes);

        History history = store().load();

        assertThat(history.sessions()).containsExactly(saved.get(0), saved.get(1), saved.get(3), saved.get(4));
        assertThat(history.report().damaged()).singleElement().satisfies(d -> {
            assertThat(d.offset()).isEqualTo(starts[2]);
            assertThat(d.length()).isEqualTo(starts[3] - starts[2]);
            assertThat(d.reason()).contains("checksum");
        });
        assertThat(history.report().message().english()).contains("could not be read").contains("4 sessions loaded");
        assertThat(history.report().message().in(Messages.of(Language.GERMAN))).startsWith("Ein Teil Ihres "
                + "Trainingsverlaufs (").contains("konnte nicht gelesen werden. 4 Einheiten geladen und behalten.");
        assertThat(Files.readString(history.report().setAside(), StandardCharsets.ISO_8859_1))
                .contains(new String(bytes, starts[2], starts[3] - starts[2], StandardCharsets.ISO_8859_1));
        History again = store().load();
        assertThat(again.report().ok()).isTrue();
        assertThat(again.sessions()).hasSize(4);
    }

    @Test
    void zeroedBytesThatSwallowALineBreakDoNotTakeTheNextRecordWithThem() throws IOException {
        HistoryStore store = store();
        List<SessionRecord> saved = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            SessionRecord record = Fixtures.played("toe-fan-routine", at("2026-11-0" + day + "T08:00"));
            saved.add(record);
            store.append(record);
        }
        byte[] bytes = Files.readAllBytes(store.log());
        int[] starts = lineStarts(bytes);
        // A crash left the end of record 1, its line break included, as zeros.
        Arrays.fill(bytes, starts[1] - 40, starts[1], (byte) 0);
        Files.write(store.log(), bytes);

        History history = store().load();

        assertThat(history.sessions()).containsExactly(saved.get(1), saved.get(2));
        assertThat(history.report().damaged()).singleElement()
                .satisfies(d -> assertThat(d.length()).isEqualTo(starts[1]));
    }

    @Test
    void anAppendAfterATornWriteStartsOnItsOwnLine() throws IOException {
        HistoryStore store = store();
        SessionRecord first = Fixtures.played("toe-fan-routine", at("2026-11-01T08:00"));
        SessionRecord second = Fixtures.played("toe-fan-routine", at("2026-11-02T08:00"));
        store.append(first);
        Files.write(store.log(), "~tt1 999 0000".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);

        store.append(second);

        History history = store().load();
        assertThat(history.sessions()).containsExactly(first, second);
        assertThat(history.report().damaged()).singleElement()
                .satisfies(d -> assertThat(d.length()).isEqualTo("~tt1 999 0000\n".length()));
    }

    @Test
    void entriesFromANewerVersionAreSetAsideNotLostAndUnknownFieldsAreSkipped() throws IOException {
        HistoryStore store = store();
        SessionRecord known = Fixtures.played("toe-fan-routine", at("2026-11-01T08:00"));
        store.append(known);
        String json = new String(RecordCodec.encode(new LogEntry.Session(
                Fixtures.played("toe-fan-routine", at("2026-11-02T08:00")))), StandardCharsets.UTF_8);
        String withExtra = json.replace("\"kind\":\"session\",", "\"kind\":\"session\",\"mood\":{\"x\":[1,2]},");
        String newer = json.replace("\"format\":1", "\"format\":2");
        appendRaw(store.log(), withExtra);
        appendRaw(store.log(), newer);

        History history = store().load();

        assertThat(history.sessions()).hasSize(2).contains(known);
        assertThat(history.report().damaged()).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("newer version"));
        assertThat(Files.readString(history.report().setAside())).contains("\"format\":2");
    }

    @Test
    void aZoneThisJavaDoesNotKnowFallsBackToTheOffsetTheSessionHad() throws IOException {
        SessionRecord record = Fixtures.played("toe-fan-routine", at("2026-11-01T23:30", NEW_YORK));
        String json = new String(RecordCodec.encode(new LogEntry.Session(record)), StandardCharsets.UTF_8)
                .replace("America/New_York", "Mars/Olympus_Mons");
        appendRaw(dir.resolve("sessions.log"), json);

        SessionRecord loaded = store().load().sessions().get(0);

        assertThat(loaded.zone()).isEqualTo(ZoneOffset.ofHours(-5)); // EST: summer time ended that morning
        assertThat(loaded.localDate()).isEqualTo(record.localDate());
    }

    @Test
    void threadsAndTwoStoresOnOneFolderAppendWithoutLosingOrTearingARecord() throws Exception {
        SessionRecord template = Fixtures.rated(Fixtures.played("sole-5-daily", at("2026-11-01T08:00")), Effort.EASY, 0, 0);
        HistoryStore one = store();
        HistoryStore two = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            HistoryStore store = t % 2 == 0 ? one : two;
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    store.append(new SessionRecord(thread + "-" + i, template.started().plusSeconds(i), template.ended()
                            .plusSeconds(i), template.zone(), template.routineId(), template.routineName(), null,
                            template.outcome(), template.activeSeconds(), template.plannedSeconds(), template.tempos(),
                            template.steps(), template.ratings(), List.of()));
                    if (i % 5 == 0) {
                        store.load();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        History history = store().load();
        assertThat(history.sessions()).hasSize(200);
        assertThat(history.report().ok()).isTrue();
    }

    @Test
    void theFramingIsLengthAndChecksumOverTheJson() throws IOException {
        store().append(Fixtures.played("toe-fan-routine", at("2026-11-01T08:00")));
        String line = Files.readAllLines(dir.resolve("sessions.log")).get(0);
        String[] parts = line.split(" ", 4);

        byte[] json = parts[3].getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(json);
        assertThat(parts[0]).isEqualTo("~tt1");
        assertThat(Integer.parseInt(parts[1])).isEqualTo(json.length);
        assertThat(parts[2]).isEqualTo(String.format("%08x", crc.getValue()));
        assertThat(parts[3]).startsWith("{\"kind\":\"session\",\"format\":1,\"id\":");
    }

    // ------------------------------------------------------------------ helpers

    private static int lastRecordStart(byte[] bytes) {
        for (int i = bytes.length - 2; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int[] lineStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        starts.add(bytes.length);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void appendRaw(Path log, String json) throws IOException {
        Files.createDirectories(log.getParent());
        Files.write(log, LogFormat.frame(json.getBytes(StandardCharsets.UTF_8)), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
