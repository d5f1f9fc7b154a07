package org.toetempo.cli;

import org.toetempo.files.AppPaths;
import org.toetempo.files.AtomicFiles;
import org.toetempo.history.CsvExport;
import org.toetempo.history.History;
import org.toetempo.history.HistoryOverview;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.Streak;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code toetempo history list|export}: the session history in the user's data folder, headless. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"The session history kept in the user's data folder.",
                "A damaged part of the history is set aside (and reported on stderr); the rest is kept."})
public final class HistoryCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Supplier<RoutineLibrary> library;
    private final AppPaths paths;
    private final Supplier<ZonedDateTime> now;
    private final Messages words;

    @Spec
    private CommandSpec spec;

    public HistoryCommand(Supplier<RoutineLibrary> library, AppPaths paths) {
        this(library, paths, ZonedDateTime::now);
    }

    public HistoryCommand(Supplier<RoutineLibrary> library, AppPaths paths, Supplier<ZonedDateTime> now) {
        this(library, paths, now, Messages.of(Language.ENGLISH));
    }

    /** With the messages, the listing and the CSV files' header rows in a language. */
    public HistoryCommand(Supplier<RoutineLibrary> library, AppPaths paths, Supplier<ZonedDateTime> now,
                          Messages words) {
        this.library = library;
        this.paths = paths;
        this.now = now;
        this.words = words;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List every session, then each routine's streak.",
                    "",
                    "One line a session, oldest first: local date and time, time zone, routine, outcome, active time,",
                    "share of reps done, pain and stiffness."})
    int list(@Option(names = "--routine", paramLabel = "ID", description = "Only this routine's sessions.") String routine) {
        PrintWriter out = spec.commandLine().getOut();
        History history = load();
        if (history == null) {
            return 1;
        }
        List<SessionRecord> sessions = routine == null ? history.sessions() : history.forRoutine(routine);
        for (SessionRecord s : sessions) {
            String pain = s.ratings() == null || s.ratings().pain() == null ? "-" : s.ratings().pain().toString();
            String stiffness = s.ratings() == null || s.ratings().stiffness() == null ? "-" : s.ratings().stiffness().toString();
            out.printf(Locale.ROOT, "%s %-20s %-28s %-9s %6s %4.0f%%  %s%n",
                    WHEN.format(s.localStart()), s.zone().getId(), s.routineId(),
                    s.completed() ? words.get("cli.history.completed") : words.get("cli.history.part-way"),
                    minutes(s.activeSeconds()), s.completion() * 100, words.get("cli.history.ratings", pain, stiffness));
        }
        HistoryOverview overview = HistoryOverview.of(routine == null ? history : History.of(sessions), routines(), now.get());
        if (!overview.routines().isEmpty()) {
            out.println();
        }
        for (HistoryOverview.RoutineSummary summary : overview.routines()) {
            Streak streak = summary.streak();
            out.printf(Locale.ROOT, "%-28s %s  %s%n", summary.routineId(),
                    words.get("cli.history.sessions-column", summary.sessions(),
                            String.format(Locale.ROOT, "%4d", summary.sessions())),
                    streak == null ? "" : words.get("cli.history.streak", streak.describe(streak.current()),
                            streak.describe(streak.best())));
        }
        out.println();
        out.println(words.get("cli.history.sessions-in", sessions.size(),
                paths.dataDirectory().resolve("history").toString()));
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export every session as CSV, for a spreadsheet or a clinician.",
                    "",
                    "RFC 4180, UTF-8: one row a session; with --steps, also one row per step and foot."})
    int export(@Option(names = "--csv", required = true, paramLabel = "FILE", description = "Sessions, one row each.") Path csv,
               @Option(names = "--steps", paramLabel = "FILE", description = "Also: one row per step and foot.") Path steps,
               @Option(names = "--no-bom", description = "Leave out the byte order mark that tells spreadsheets the file is UTF-8.")
               boolean noBom) throws IOException {
        try {
            paths.refuseOwnFile(csv);
            if (steps != null) {
                paths.refuseOwnFile(steps);
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println(words.get("cli.history.nothing-exported", e.getMessage()));
            return 1;
        }
        History history = load();
        if (history == null) {
            return 1;
        }
        StringWriter sessions = start(!noBom);
        CsvExport.sessions(history.sessions(), sessions, words);
        // Whole or not at all: an export killed half-way leaves the previous file as it was.
        AtomicFiles.write(csv, sessions.toString().getBytes(StandardCharsets.UTF_8));
        if (steps != null) {
            Map<String, String> names = exerciseNames();
            StringWriter rows = start(!noBom);
            CsvExport.steps(history.sessions(), names::get, rows, words);
            AtomicFiles.write(steps, rows.toString().getBytes(StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().println(steps == null
                ? words.get("cli.history.exported", history.size(), csv.toString())
                : words.get("cli.history.exported-both", history.size(), csv.toString(), steps.toString()));
        return 0;
    }

    private History load() {
        try {
            History history = HistoryStore.in(paths).load();
            if (history.report().message() != null) {
                spec.commandLine().getErr().println(history.report().message().in(words));
            }
            return history;
        } catch (IOException e) {
            spec.commandLine().getErr().println(words.get("cli.history.unreadable", e.getMessage()));
            return null;
        }
    }

    private Function<String, Routine> routines() {
        RoutineLibrary routines = library.get();
        return id -> routines.find(id).orElse(null);
    }

    private Map<String, String> exerciseNames() {
        Map<String, String> names = new HashMap<>();
        for (RoutineLibrary.Entry entry : library.get().entries()) {
            if (entry.ok()) {
                for (Exercise exercise : entry.routine().exercises().values()) {
                    names.putIfAbsent(exercise.id(), exercise.name());
                }
            }
        }
        return names;
    }

    private static StringWriter start(boolean bom) {
        StringWriter writer = new StringWriter();
        if (bom) {
            writer.write(CsvExport.BOM);
        }
        return writer;
    }

    private static String minutes(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
