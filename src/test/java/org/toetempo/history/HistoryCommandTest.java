package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.cli.HistoryCommand;
import org.toetempo.files.AppPaths;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.NEW_YORK;
import static org.toetempo.history.Fixtures.at;

/** {@code toetempo history ...}, run through picocli as Cli runs it. */
class HistoryCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new HistoryCommand(() -> Fixtures.LIBRARY, new AppPaths(home),
                () -> at("2026-11-25T12:00")));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void record() throws IOException {
        HistoryStore store = HistoryStore.in(new AppPaths(home));
        store.append(Fixtures.rated(Fixtures.played("musical-toes", at("2026-11-16T07:30")), Effort.EASY, 2, 1));
        SessionRecord second = Fixtures.played("musical-toes", at("2026-11-18T23:30", NEW_YORK));
        store.append(second.withRatings(Ratings.of(3, 2).withNote("Left, then \"right\"")));
    }

    @Test
    void listShowsEverySessionAndEachRoutinesStreak() throws IOException {
        record();

        assertThat(run("list")).isZero();

        assertThat(out.toString())
                .contains("2026-11-16 07:30 Europe/London        musical-toes")
                .contains("2026-11-18 23:30 America/New_York")
                .contains("completed")
                .contains("pain 3 ")
                .contains("musical-toes                    2 sessions  streak 1 week, best 1 week")
                .contains("2 sessions in " + home.resolve("history"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exportWritesRfc4180CsvWithABomAndOptionallyTheSteps() throws IOException {
        record();
        Path csv = home.resolve("out/sessions.csv");
        Path steps = home.resolve("out/steps.csv");

        assertThat(run("export", "--csv", csv.toString(), "--steps", steps.toString())).isZero();

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith(CsvExport.BOM + "session_id,date,");
        assertThat(CsvExportTest.parse(text.substring(1))).hasSize(3);
        assertThat(text).contains("\"Left, then \"\"right\"\"\"");
        int stepFeet = HistoryStore.in(new AppPaths(home)).load().sessions().stream()
                .flatMap(r -> r.steps().stream()).mapToInt(st -> st.feet().size()).sum();
        assertThat(stepFeet).as("two sessions of 6 slow, 6 fast and 3 minutes of song-block steps").isGreaterThan(2 * 18);
        assertThat(CsvExportTest.parse(Files.readString(steps).substring(1))).hasSize(1 + stepFeet);
        assertThat(Files.readString(steps)).contains("Single Big Toe Raise");
        assertThat(out.toString()).contains("Exported 2 sessions to " + csv);

        assertThat(run("export", "--csv", csv.toString(), "--no-bom")).isZero();
        assertThat(Files.readString(csv)).startsWith("session_id,");
    }

    @Test
    void aDamagedHistoryIsReportedOnStderrAndTheRestListed() throws IOException {
        record();
        Path log = home.resolve("history/sessions.log");
        Files.write(log, "~tt1 12 00000000 {\"half\":".getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);

        assertThat(run("list")).isZero();

        assertThat(err.toString()).contains("cut off").contains("2 sessions loaded and kept");
        assertThat(out.toString()).contains("2 sessions in");
    }

    @Test
    void anEmptyHistoryAndUsage() {
        assertThat(run("list")).isZero();
        assertThat(out.toString()).contains("0 sessions in");
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("Usage: history").contains("list").contains("export");
        assertThat(run("export")).isEqualTo(2);
        assertThat(err.toString()).contains("--csv");
    }
}
