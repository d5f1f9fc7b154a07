package org.toetempo.cli;

import org.toetempo.editor.ImportCheck;
import org.toetempo.editor.ImportDecision;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.UserRoutines;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add a routine file someone shared to your routines folder.",
                "",
                "The file is checked first (at most 1 MiB; every problem is reported",
                "as 'validate' does) and saved as <id>.json in your routines folder.",
                "Nothing is written if anything is wrong. If you already have a routine",
                "with its id, choose --as NEW-ID or --replace; a built-in routine's id",
                "can only be changed with --as."})
final class ImportCommand implements Callable<Integer> {

    private final Supplier<UserRoutines> routines;

    @Parameters(index = "0", paramLabel = "FILE", description = "The routine file to import.")
    private Path file;

    @Option(names = "--as", paramLabel = "NEW-ID", description = "Import under this id instead.")
    private String newId;

    @Option(names = "--replace", description = "Replace your own routine that has the same id.")
    private boolean replace;

    @Spec
    private CommandSpec spec;

    private final Messages words;

    ImportCommand(Supplier<UserRoutines> routines) {
        this(routines, Messages.of(Language.ENGLISH));
    }

    ImportCommand(Supplier<UserRoutines> routines, Messages words) {
        this.routines = routines;
        this.words = words;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (newId != null && replace) {
            err.println(words.get("cli.import.as-or-replace"));
            return Cli.BAD_INPUT;
        }
        UserRoutines user = routines.get();
        ImportCheck check = user.checkImport(file);
        if (!check.ok()) {
            check.problems().stream().map(p -> p.in(words)).forEach(err::println);
            return Cli.BAD_INPUT;
        }
        ImportDecision decision = newId != null ? ImportDecision.rename(newId)
                : replace ? ImportDecision.replace() : ImportDecision.asIs();
        if (newId == null && !replace && check.clash() != ImportCheck.Clash.NONE) {
            err.println("toetempo: " + check.question());
            err.println(check.canReplace() ? words.get("cli.import.again-or-replace", check.freeId())
                    : words.get("cli.import.again", check.freeId()));
            return Cli.BAD_INPUT;
        }
        SaveResult result = user.importRoutine(check, decision);
        if (!result.ok()) {
            err.println("toetempo: " + result.message());
            return Cli.BAD_INPUT;
        }
        spec.commandLine().getOut().println(result.file());
        return 0;
    }
}
