package org.toetempo.cli;

import org.toetempo.routine.Problem;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check routine files and report every problem.",
                "",
                "Prints 'ok' for each valid file. For an invalid one, prints every problem on stderr as",
                "  FILE:LINE:COL: $.path.to.field: message",
                "Exit code 0 when all files are valid, 2 otherwise.",
                "The exercise library (exercises.json) is recognised and checked as such."})
final class ValidateCommand implements Callable<Integer> {

    private final RoutineReader reader;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Routine files (.json) to check.")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    ValidateCommand(RoutineReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages words = Cli.words(reader);
        boolean allValid = true;
        for (Path file : files) {
            RoutineReader.Check result = RoutineLibrary.checkFile(reader, file);
            if (result.ok()) {
                out.println(words.get("cli.validate.ok", file.toString(), result.what()));
            } else {
                allValid = false;
                for (Problem problem : result.problems()) {
                    err.println(problem.in(words));
                }
            }
        }
        err.flush();
        return allValid ? 0 : Cli.BAD_INPUT;
    }
}
