package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.NEW_YORK;
import static org.toetempo.history.Fixtures.at;

class CsvExportTest {

    @Test
    void fieldsAreQuotedExactlyWhereRfc4180NeedsIt() {
        assertThat(CsvExport.quote("plain text")).isEqualTo("plain text");
        assertThat(CsvExport.quote("")).isEmpty();
        assertThat(CsvExport.quote(null)).isEmpty();
        assertThat(CsvExport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExport.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvExport.quote("\"")).isEqualTo("\"\"\"\"");
        assertThat(CsvExport.quote("ünïcødé; 🦶")).isEqualTo("ünïcødé; 🦶");
    }

    @Test
    void aSessionRowHoldsTheRecordAndTheNoteSurvivesARoundTrip() throws IOException {
        String note = "Left foot \"cramped\", then fine,\r\nstill 3/10\nnext line";
        SessionRecord session = Fixtures.rated(Fixtures.played("arch-doming", at("2026-11-18T23:30", NEW_YORK)), Effort.EASY, 2, 3)
                .withMorning(1, 2).withTiming(List.of(new TimingCheck(0, "short-foot", 12, -20.5, 35)));
        session = Fixtures.tweak(session, "short-foot", r -> r.withHarderSide(Side.LEFT).withCramp(true).withPain(4));
        session = session.withRatings(session.ratings().withNote(note).withRedFlags(EnumSet.of(RedFlag.NEW_SWELLING)));
        StringWriter out = new StringWriter();

        CsvExport.sessions(List.of(session), out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(CsvExport.SESSION_COLUMNS);
        List<String> row = rows.get(1);
        assertThat(row).hasSize(CsvExport.SESSION_COLUMNS.size());
        assertThat(cell(row, "date")).isEqualTo("2026-11-18");
        assertThat(cell(row, "start_time")).isEqualTo("23:30");
        assertThat(cell(row, "time_zone")).isEqualTo("America/New_York");
        assertThat(cell(row, "start_utc")).isEqualTo("2026-11-19T04:30:00Z");
        assertThat(cell(row, "routine")).isEqualTo("Arch Doming (Short Foot)");
        assertThat(cell(row, "outcome")).isEqualTo("completed");
        assertThat(cell(row, "completion_percent")).isEqualTo("100");
        assertThat(cell(row, "pain")).isEqualTo("2");
        assertThat(cell(row, "morning_stiffness")).isEqualTo("2");
        assertThat(cell(row, "cramp")).isEqualTo("yes");
        assertThat(cell(row, "warning_signs")).isEqualTo("new swelling");
        assertThat(cell(row, "efforts")).isEqualTo("toe-grip-doming: easy; short-foot: easy");
        assertThat(cell(row, "harder_side")).isEqualTo("short-foot: left");
        assertThat(cell(row, "timing_check")).isEqualTo("Arch work short-foot: -20.5 ms ± 35 (12 taps)");
        assertThat(cell(row, "note")).isEqualTo(note);
        assertThat(out.toString()).endsWith("\r\n").contains(CsvExport.quote(note));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() throws IOException {
        SessionRecord session = Fixtures.rated(Fixtures.played("toe-fan-routine", at("2026-11-18T08:00")), Effort.EASY, 0, 0);
        session = session.withRatings(session.ratings().withNote("=HYPERLINK(\"http://evil\",\"click\")"));
        StringWriter out = new StringWriter();

        CsvExport.sessions(List.of(session), out);

        assertThat(cell(parse(out.toString()).get(1), "note")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(CsvExport.text("-12")).isEqualTo("'-12");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("fine")).isEqualTo("fine");
    }

    @Test
    void oneRowPerStepAndFoot() throws IOException {
        var schedule = Fixtures.schedule(Fixtures.routine("arch-doming"), PlayOptions.defaults());
        SessionRecord stopped = Fixtures.done(schedule, schedule.steps().get(2).startNanos(), at("2026-11-18T08:00"));
        stopped = Fixtures.tweak(Fixtures.rated(stopped, Effort.HARD, 1, 1), "short-foot", r -> r.withFormOk(false));
        StringWriter out = new StringWriter();

        CsvExport.steps(List.of(stopped), id -> id.equals("short-foot") ? "Short foot, arch doming" : null, out);

        List<List<String>> rows = parse(out.toString());
        assertThat(rows.get(0)).isEqualTo(CsvExport.STEP_COLUMNS);
        assertThat(rows).hasSize(1 + 3); // toe grip (both), short foot right, short foot left (the hop step is not played)
        List<String> right = rows.get(2);
        assertThat(cell(right, "exercise", CsvExport.STEP_COLUMNS)).isEqualTo("Short foot, arch doming");
        assertThat(cell(right, "foot", CsvExport.STEP_COLUMNS)).isEqualTo("right");
        assertThat(cell(right, "reps_done", CsvExport.STEP_COLUMNS)).isEqualTo("30");
        assertThat(cell(right, "sets_planned", CsvExport.STEP_COLUMNS)).isEqualTo("3");
        assertThat(cell(right, "hold_seconds", CsvExport.STEP_COLUMNS)).isEqualTo("5");
        assertThat(cell(right, "form_ok", CsvExport.STEP_COLUMNS)).isEqualTo("no");
        assertThat(cell(rows.get(3), "reps_done", CsvExport.STEP_COLUMNS)).isEqualTo("0");
        assertThat(cell(rows.get(1), "exercise", CsvExport.STEP_COLUMNS)).isEqualTo("toe-grip-doming");
    }

    private static String cell(List<String> row, String column) {
        return cell(row, column, CsvExport.SESSION_COLUMNS);
    }

    private static String cell(List<String> row, String column, List<String> columns) {
        return row.get(columns.indexOf(column));
    }

    /** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                } else if (c == '"') {
                    quoted = false;
                    i++;
                } else {
                    field.append(c);
                    i++;
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new AssertionError("a quote inside an unquoted field at " + i);
                }
                quoted = true;
                wasQuoted = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                wasQuoted = false;
                i += 2;
            } else if (c == '\r' || c == '\n') {
                throw new AssertionError("a bare line break outside quotes at " + i + (wasQuoted ? " after a quoted field" : ""));
            } else {
                field.append(c);
                i++;
            }
        }
        if (quoted || field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return rows;
    }
}
