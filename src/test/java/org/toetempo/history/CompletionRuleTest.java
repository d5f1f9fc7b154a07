package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.ui.history.HistoryFormat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.at;

/**
 * Issue 15: one completion rule everywhere. A session skipped to its end was saved "completed" at 60 % while
 * another said "part-way (26 %)"; and the CSV wrote the effort "Just right" as {@code right} beside a harder_side
 * column of right and left.
 */
class CompletionRuleTest {

    @Test
    void skippingToTheEndAtSixtyPercentIsPartWayInTheRecordHistoryAndCsv() throws IOException {
        Schedule schedule = Fixtures.schedule(Fixtures.routine("musical-toes"), PlayOptions.defaults());
        PlayTracker tracker = new PlayTracker(schedule);
        long sixty = Math.round(schedule.totalNanos() * 0.55);
        for (long t = 0; t <= sixty; t += 100_000_000L) {
            tracker.observe(schedule, t);
        }
        // Skip ahead to the last stretch, then play into the end.
        long late = schedule.totalNanos() - 5_000_000_000L;
        tracker.jumped(schedule, late);
        for (long t = late; t <= schedule.totalNanos(); t += 100_000_000L) {
            tracker.observe(schedule, t);
        }
        SessionRecord record = SessionRecord.of(schedule, tracker.result(), at("2026-12-01T08:00").toInstant(),
                at("2026-12-01T08:10").toInstant(), Fixtures.LONDON);

        assertThat(record.completion()).isBetween(0.3, 0.89);
        assertThat(record.completed()).isFalse();
        assertThat(HistoryFormat.outcome(record)).startsWith("Part-way (");
        assertThat(csvOutcome(record)).isEqualTo("part_way");
    }

    @Test
    void anOlderRecordSavedCompletedAtSixtyPercentReadsAsPartWayAndNinetyAsCompleted() throws IOException {
        SessionRecord sixty = Fixtures.simple("musical-toes", at("2026-12-01T08:00"), Outcome.COMPLETED, 6, 10);
        SessionRecord ninety = Fixtures.simple("musical-toes", at("2026-12-02T08:00"), Outcome.COMPLETED, 9, 10);
        SessionRecord stoppedFull = Fixtures.simple("musical-toes", at("2026-12-03T08:00"), Outcome.STOPPED, 10, 10);

        assertThat(List.of(sixty, ninety, stoppedFull)).extracting(HistoryFormat::outcome)
                .containsExactly("Part-way (60%)", "Completed", "Part-way (100%)");
        assertThat(csvOutcome(sixty)).isEqualTo("part_way");
        assertThat(csvOutcome(ninety)).isEqualTo("completed");
    }

    @Test
    void theCsvWritesJustRightSoItCannotBeReadAsASide() throws IOException {
        SessionRecord session = Fixtures.rated(Fixtures.played("musical-toes", at("2026-12-01T08:00")), Effort.JUST_RIGHT, 1, 1);
        StringWriter sessions = new StringWriter();
        CsvExport.sessions(List.of(session), sessions);
        StringWriter steps = new StringWriter();
        CsvExport.steps(List.of(session), null, steps);

        assertThat(sessions.toString()).contains(": just_right").doesNotContain(": right;");
        assertThat(steps.toString().lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",just_right,"));
    }

    private static String csvOutcome(SessionRecord record) throws IOException {
        StringWriter out = new StringWriter();
        CsvExport.sessions(List.of(record), out);
        String[] rows = out.toString().split("\r\n");
        int column = CsvExport.SESSION_COLUMNS.indexOf("outcome");
        return rows[1].split(",", -1)[column];
    }
}
