package org.toetempo.cli;

import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.settings.AppPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List every routine: id, name, estimated duration and where it comes from.",
                "User routines are read from the user's data folder (shown at the end)."})
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
                err.printf(Locale.ROOT, "%-28s %-36s %9s  %s%n", "(invalid)",
                        entry.result().problems().size() + " problem(s)", "", source);
            }
        }
        out.println();
        out.println("User routines folder: " + paths.routines());
        if (broken > 0) {
            err.println(broken + " routine file(s) could not be loaded; see: toetempo validate FILE");
        }
        return 0;
    }

    private static String minutes(Routine routine) {
        double m = routine.duration().minutes();
        return (m == Math.rint(m) ? String.format(Locale.ROOT, "%.0f", m) : String.format(Locale.ROOT, "%.1f", m)) + " min";
    }
}
