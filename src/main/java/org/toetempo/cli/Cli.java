package org.toetempo.cli;

import org.toetempo.about.BuildInfo;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/** The headless side of the jar: {@code java -jar toetempo.jar SUBCOMMAND ...}. */
@Command(name = "toetempo",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = {"Toe Tempo: foot and toe strength routines, timed to a metronome or a song.",
                "Run without arguments to open the app."},
        subcommands = CommandLine.HelpCommand.class)
public final class Cli implements Runnable {

    /** Exit code for bad input: an invalid routine, an unknown id, a wrong option. */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Read before the commands are built (see {@link #languageOf}); declared here for help and validation. */
    @CommandLine.Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "CODE",
            description = "The language of routines, spoken cues and messages: en or de (default: the "
                    + Language.VARIABLE + " variable, else the system's language).")
    private String lang;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command line with the real user's folders; returns the process exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return run(args, out, err, AppPaths.forCurrentUser());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, AppPaths paths) {
        return run(args, out, err, paths, System.getenv(Language.VARIABLE), Locale.getDefault());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, AppPaths paths, String variable, Locale system) {
        String asked = languageOf(args);
        if (asked != null && Language.of(asked).isEmpty()) {
            err.println(Messages.of(Language.choose(null, variable, null, system))
                    .get("cli.bad-lang", String.join(", ", Language.codes()), asked));
            return BAD_INPUT;
        }
        Language language = Language.choose(asked, variable, null, system);
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn(language.code()));
        Supplier<RoutineLibrary> library = () -> RoutineLibrary.load(reader, paths.routines());
        Messages words = Messages.of(language);
        CommandLine commandLine = new CommandLine(new Cli())
                .addSubcommand(new ListCommand(library, paths, words))
                .addSubcommand(new HistoryCommand(library, paths, ZonedDateTime::now, words))
                .addSubcommand(new ValidateCommand(reader))
                .addSubcommand(new ScheduleCommand(library, reader))
                .addSubcommand(new RenderCommand(library, reader, paths))
                .addSubcommand(new SnapshotCommand(library, reader))
                .addSubcommand(new AnalyzeCommand())
                .addSubcommand(new HandoutCommand(library, reader, paths))
                .addSubcommand(new ExportCommand(library, reader))
                .addSubcommand(new ImportCommand(() -> new UserRoutines(paths, ExerciseLibrary.builtIn(language.code())),
                        words));
        return printingTo(commandLine, out, err).execute(args);
    }

    /**
     * A command line for {@code command} printing to {@code out} and {@code err}: {@link BadInput} exits with
     * {@link #BAD_INPUT} after its lines, any other failure with 1 after its message (never a stack trace).
     */
    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        return printingTo(new CommandLine(command), out, err);
    }

    /** Sets streams and the exception handler on a command line and the subcommands it has (picocli's setters do). */
    private static CommandLine printingTo(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        // Names, ids and paths come from files: never a raw control character to the terminal.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(new PrintWriter(new TerminalText(out), true));
        commandLine.setErr(new PrintWriter(new TerminalText(err), true));
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof BadInput bad) {
                bad.lines().forEach(cl.getErr()::println);
                return BAD_INPUT;
            }
            cl.getErr().println("toetempo: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }

    /** The language the command line runs in: the one its reader reads routines in. */
    static Language languageOf(RoutineReader reader) {
        return Language.of(reader.language()).orElse(Language.ENGLISH);
    }

    /** The command line's words in the language it runs in. */
    static Messages words(RoutineReader reader) {
        return Messages.of(languageOf(reader));
    }

    /** The value of --lang (or --lang=), wherever it stands, or null. */
    static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.nameAndVersion()};
        }
    }
}
