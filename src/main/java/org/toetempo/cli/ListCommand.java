package org.toetempo.cli;

import org.toetempo.files.AppPaths;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.timing.PlayedLength;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List every routine: id, name, the length it plays (as written) and source.",
                "",
                "User routines are read from the user's data folder (shown at the end).",
                "A user routine that cannot be loaded is listed on stderr with its problems."})
final class ListCommand implements Callable<Integer> {

    private final Supplier<RoutineLibrary> library;
    private final AppPaths paths;

    @Spec
    private CommandSpec spec;

    ListCommand(Supplier<RoutineLibrary> library, AppPaths paths) {
        this.library = library;
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int broken = 0;
        for (RoutineLibrary.Entry entry : library.get().entries()) {
            String source = entry.origin() == RoutineLibrary.Origin.BUILT_IN ? "built-in" : entry.location();
            if (entry.ok()) {
                Routine r = entry.routine();
                out.printf(Locale.ROOT, "%-28s %-36s %9s  %s%n", r.id(), r.name(), minutes(r), source);
            } else {
                broken++;
                int count = entry.result().problems().size();
                err.printf(Locale.ROOT, "%-28s %-36s %9s  %s%n", "(invalid)",
                        count + (count == 1 ? " problem" : " problems"), "", source);
                for (Problem problem : entry.result().problems()) {
                    err.println("    " + problem);
                }
            }
        }
        out.println();
        out.println("User routines folder: " + paths.routines());
        if (broken > 0) {
            err.println(broken == 1 ? "1 routine file could not be loaded." : broken + " routine files could not be loaded.");
        }
        return 0;
    }

    private static String minutes(Routine routine) {
        long seconds = Math.round(PlayedLength.seconds(routine));
        return String.format(Locale.ROOT, "%d:%02d min", seconds / 60, seconds % 60);
    }
}
