package org.toetempo.cli;

import org.toetempo.editor.UserRoutines;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
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

    @Mixin
    private RoutineArgument routine = new RoutineArgument();

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
        Routine r = routine.resolve(library, reader);
        OutputFile.notAFolder(out, r.id() + ".json", Cli.words(reader));
        OutputFile.newUnlessForced(out, force, Cli.words(reader));
        UserRoutines.export(r, out);
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
