package org.toetempo.history;

import org.toetempo.routine.Side;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The history as CSV for a spreadsheet or a clinician (RFC 4180: comma-separated, CRLF line ends, a header
 * row, fields holding a comma, a quote or a line break quoted with {@code "}, quotes doubled). Two tables:
 * {@link #sessions} (one row a session) and {@link #steps} (one row per step and foot of every session).
 *
 * <p>Text typed by the user or read from a routine file that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading {@code '}, so a spreadsheet shows it instead of running it as a formula. Numbers use a
 * dot as the decimal sign whatever the locale.
 */
public final class CsvExport {

    /** Byte order mark: lets spreadsheet programs recognise UTF-8 (accents in notes). */
    public static final String BOM = "\uFEFF";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public static final List<String> SESSION_COLUMNS = List.of(
            "session_id", "date", "start_time", "end_time", "time_zone", "start_utc", "end_utc", "routine_id", "routine",
            "stage", "outcome", "active_minutes", "reps_done", "reps_planned", "completion_percent", "tempos",
            "tempo_reached_bpm", "pain", "stiffness", "morning_pain", "morning_stiffness", "cramp", "warning_signs",
            "efforts", "harder_side", "on_beat", "timing_check", "note");

    public static final List<String> STEP_COLUMNS = List.of(
            "session_id", "date", "routine_id", "block", "block_name", "step", "cycle", "exercise_id", "exercise",
            "level", "side", "foot", "sets_done", "sets_planned", "reps_done", "reps_planned", "reps_per_set",
            "hold_seconds", "bpm", "effort", "exercise_pain", "harder_side", "form_ok", "cramp", "timing_taps",
            "timing_mean_ms", "timing_spread_ms");

    private CsvExport() {
    }

    /**
     * The header row of {@link #sessions} in a language: in English the column ids above, in German their German
     * titles (a clinician reads them in a spreadsheet; the ids stay documented in docs/translating.md).
     */
    static List<String> sessionHeader(Messages words) {
        return List.of(
                words.get("csv.session.session-id"),
                words.get("csv.session.date"),
                words.get("csv.session.start-time"),
                words.get("csv.session.end-time"),
                words.get("csv.session.time-zone"),
                words.get("csv.session.start-utc"),
                words.get("csv.session.end-utc"),
                words.get("csv.session.routine-id"),
                words.get("csv.session.routine"),
                words.get("csv.session.stage"),
                words.get("csv.session.outcome"),
                words.get("csv.session.active-minutes"),
                words.get("csv.session.reps-done"),
                words.get("csv.session.reps-planned"),
                words.get("csv.session.completion-percent"),
                words.get("csv.session.tempos"),
                words.get("csv.session.tempo-reached-bpm"),
                words.get("csv.session.pain"),
                words.get("csv.session.stiffness"),
                words.get("csv.session.morning-pain"),
                words.get("csv.session.morning-stiffness"),
                words.get("csv.session.cramp"),
                words.get("csv.session.warning-signs"),
                words.get("csv.session.efforts"),
                words.get("csv.session.harder-side"),
                words.get("csv.session.on-beat"),
                words.get("csv.session.timing-check"),
                words.get("csv.session.note"));
    }

    /** The header row of {@link #steps} in a language (see {@link #sessionHeader}). */
    static List<String> stepHeader(Messages words) {
        return List.of(
                words.get("csv.step.session-id"),
                words.get("csv.step.date"),
                words.get("csv.step.routine-id"),
                words.get("csv.step.block"),
                words.get("csv.step.block-name"),
                words.get("csv.step.step"),
                words.get("csv.step.cycle"),
                words.get("csv.step.exercise-id"),
                words.get("csv.step.exercise"),
                words.get("csv.step.level"),
                words.get("csv.step.side"),
                words.get("csv.step.foot"),
                words.get("csv.step.sets-done"),
                words.get("csv.step.sets-planned"),
                words.get("csv.step.reps-done"),
                words.get("csv.step.reps-planned"),
                words.get("csv.step.reps-per-set"),
                words.get("csv.step.hold-seconds"),
                words.get("csv.step.bpm"),
                words.get("csv.step.effort"),
                words.get("csv.step.exercise-pain"),
                words.get("csv.step.harder-side"),
                words.get("csv.step.form-ok"),
                words.get("csv.step.cramp"),
                words.get("csv.step.timing-taps"),
                words.get("csv.step.timing-mean-ms"),
                words.get("csv.step.timing-spread-ms"));
    }

    /** One row a session, oldest first, with the header row in English. */
    public static void sessions(List<SessionRecord> sessions, Writer out) throws IOException {
        sessions(sessions, out, Messages.of(Language.ENGLISH));
    }

    /** One row per step and foot, with the header row in English. */
    public static void steps(List<SessionRecord> sessions, Function<String, String> exerciseNames, Writer out)
            throws IOException {
        steps(sessions, exerciseNames, out, Messages.of(Language.ENGLISH));
    }

    /** One row a session, oldest first; the header row in the language of {@code words}, the values as in any. */
    public static void sessions(List<SessionRecord> sessions, Writer out, Messages words) throws IOException {
        row(out, sessionHeader(words));
        for (SessionRecord s : sessions) {
            Ratings r = s.ratings();
            List<String> cells = new ArrayList<>(SESSION_COLUMNS.size());
            cells.add(s.id());
            cells.add(DATE.format(s.localDate()));
            cells.add(TIME.format(s.localStart()));
            cells.add(TIME.format(s.ended().atZone(s.zone())));
            cells.add(s.zone().getId());
            cells.add(s.started().toString());
            cells.add(s.ended().toString());
            cells.add(text(s.routineId()));
            cells.add(text(s.routineName()));
            cells.add(text(s.stage()));
            cells.add(s.completed() ? "completed" : "part_way");
            cells.add(number(s.activeSeconds() / 60, 1));
            cells.add(Integer.toString(s.repsDone()));
            cells.add(Integer.toString(s.repsPlanned()));
            cells.add(number(s.completion() * 100, 0));
            cells.add(text(String.join("; ", s.tempos().stream()
                    .map(t -> t.name() + " " + number(t.bpm(), 1) + (t.song() ? " (song)" : "")).toList())));
            cells.add(s.tempoReached() > 0 ? number(s.tempoReached(), 1) : "");
            cells.add(integer(r == null ? null : r.pain()));
            cells.add(integer(r == null ? null : r.stiffness()));
            cells.add(integer(r == null ? null : r.morningPain()));
            cells.add(integer(r == null ? null : r.morningStiffness()));
            cells.add(r == null ? "" : r.anyCramp() ? "yes" : "no");
            cells.add(r == null ? "" : String.join("; ", r.allRedFlags().stream().map(RedFlag::describe).toList()));
            cells.add(r == null ? "" : text(String.join("; ", r.exercises().stream().filter(e -> e.effort() != null)
                    .map(e -> e.exercise() + ": " + e.effort().csv()).toList())));
            cells.add(r == null ? "" : text(String.join("; ", r.exercises().stream().filter(e -> e.harderSide() != null)
                    .map(e -> e.exercise() + ": " + e.harderSide().json()).toList())));
            cells.add(r == null ? "" : text(String.join("; ", r.blocks().stream()
                    .map(b -> blockName(s, b.block()) + ": " + (b.onBeat() ? "yes" : "no")).toList())));
            cells.add(text(String.join("; ", s.timing().stream()
                    .map(t -> blockName(s, t.block()) + " " + t.exercise() + ": " + signed(t.meanMs()) + " ms ± "
                            + number(t.spreadMs(), 0) + " (" + t.taps() + " taps)").toList())));
            cells.add(text(r == null ? null : r.note()));
            row(out, cells);
        }
    }

    /**
     * One row per step and foot, oldest session first. {@code exerciseNames} gives an exercise's name from its id
     * (or {@code null} to leave the name column as the id).
     */
    public static void steps(List<SessionRecord> sessions, Function<String, String> exerciseNames, Writer out,
                             Messages words) throws IOException {
        row(out, stepHeader(words));
        for (SessionRecord s : sessions) {
            for (StepRecord step : s.steps()) {
                ExerciseRating rating = s.rating(step.exercise()).orElse(null);
                TimingCheck timing = null;
                for (TimingCheck check : s.timing()) {
                    if (check.block() == step.block() && check.exercise().equals(step.exercise())) {
                        timing = check;
                    }
                }
                String name = exerciseNames == null ? null : exerciseNames.apply(step.exercise());
                for (var foot : step.feet()) {
                    List<String> cells = new ArrayList<>(STEP_COLUMNS.size());
                    cells.add(s.id());
                    cells.add(DATE.format(s.localDate()));
                    cells.add(text(s.routineId()));
                    cells.add(Integer.toString(step.block()));
                    cells.add(text(blockName(s, step.block())));
                    cells.add(Integer.toString(step.stepInBlock()));
                    cells.add(Integer.toString(step.cycle()));
                    cells.add(text(step.exercise()));
                    cells.add(text(name != null ? name : step.exercise()));
                    cells.add(text(step.level()));
                    cells.add(step.side().json());
                    cells.add(foot.foot().json());
                    cells.add(Integer.toString(foot.setsDone()));
                    cells.add(Integer.toString(foot.setsPlanned()));
                    cells.add(Integer.toString(foot.repsDone()));
                    cells.add(Integer.toString(foot.repsPlanned()));
                    cells.add(Integer.toString(step.repsPerSet()));
                    cells.add(step.holdSeconds() > 0 ? number(step.holdSeconds(), 1) : "");
                    cells.add(number(step.bpm(), 1));
                    cells.add(rating == null || rating.effort() == null ? "" : rating.effort().csv());
                    cells.add(integer(rating == null ? null : rating.pain()));
                    Side harder = rating == null ? null : rating.harderSide();
                    cells.add(harder == null ? "" : harder.json());
                    cells.add(rating == null || rating.formOk() == null ? "" : rating.formOk() ? "yes" : "no");
                    cells.add(rating == null ? "" : rating.cramp() ? "yes" : "no");
                    cells.add(timing == null ? "" : Integer.toString(timing.taps()));
                    cells.add(timing == null ? "" : number(timing.meanMs(), 1));
                    cells.add(timing == null ? "" : number(timing.spreadMs(), 1));
                    row(out, cells);
                }
            }
        }
    }

    /** Writes one record: the cells, quoted where RFC 4180 needs it, comma-separated, ended by CRLF. */
    static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** A field as RFC 4180 writes it: as is, or in double quotes with inner quotes doubled. */
    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Text that a spreadsheet would take for a formula gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String blockName(SessionRecord s, int block) {
        return s.tempo(block).map(BlockTempo::name).orElse("block " + block);
    }

    private static String integer(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }

    private static String number(double value, int decimals) {
        if (decimals == 0 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String signed(double value) {
        String text = number(value, 1);
        return value > 0 ? "+" + text : text;
    }
}
