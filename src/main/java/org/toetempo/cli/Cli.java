package org.toetempo.cli;

import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
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
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        Supplier<RoutineLibrary> library = () -> RoutineLibrary.load(reader, paths.routines());
        CommandLine commandLine = new CommandLine(new Cli())
                .addSubcommand(new ListCommand(library, paths))
                .addSubcommand(new HistoryCommand(library, paths))
                .addSubcommand(new ValidateCommand(reader))
                .addSubcommand(new ScheduleCommand(library, reader))
                .addSubcommand(new RenderCommand(library, reader, paths))
                .addSubcommand(new SnapshotCommand(library, reader))
                .addSubcommand(new AnalyzeCommand())
                .addSubcommand(new HandoutCommand(library, reader))
                .addSubcommand(new ExportCommand(library, reader))
                .addSubcommand(new ImportCommand(() -> new UserRoutines(paths, ExerciseLibrary.builtIn())));
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
        commandLine.setOut(out);
        commandLine.setErr(err);
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

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Toe Tempo " + (version == null ? "(development build)" : version)};
        }
    }
}
