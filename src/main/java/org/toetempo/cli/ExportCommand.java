package org.toetempo.cli;

import org.toetempo.editor.UserRoutines;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a routine to a .json file to share.",
                "",
                "The file carries every exercise the routine uses, so it stands alone.",
                "Anyone can import it (see 'import') or check it with 'validate'."})
final class ExportCommand implements Callable<Integer> {

    private final Supplier<RoutineLibrary> library;
    private final RoutineReader reader;

    @Parameters(index = "0", paramLabel = "ROUTINE", description = "A routine id or a routine file.")
    private String routine;

    @Option(names = "--out", paramLabel = "FILE.json", required = true, description = "Where to write it.")
    private Path out;

    @Option(names = "--force", description = "Replace FILE.json if it exists.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    ExportCommand(Supplier<RoutineLibrary> library, RoutineReader reader) {
        this.library = library;
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Routine> found = RoutineArgument.resolve(routine, library, reader, err);
        if (found.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        if (Files.isDirectory(out)) {
            err.println("toetempo: --out " + out + " is a folder; give a file name, like " + found.get().id() + ".json");
            return Cli.BAD_INPUT;
        }
        if (Files.exists(out) && !force) {
            err.println("toetempo: " + out + " exists; add --force to replace it");
            return Cli.BAD_INPUT;
        }
        UserRoutines.export(found.get(), out);
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
