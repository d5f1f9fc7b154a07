package org.toetempo.cli;

import org.toetempo.files.AppPaths;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
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

    private final Messages words;

    ListCommand(Supplier<RoutineLibrary> library, AppPaths paths) {
        this(library, paths, Messages.of(Language.ENGLISH));
    }

    ListCommand(Supplier<RoutineLibrary> library, AppPaths paths, Messages words) {
        this.library = library;
        this.paths = paths;
        this.words = words;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int broken = 0;
        for (RoutineLibrary.Entry entry : library.get().entries()) {
            String source = entry.origin() == RoutineLibrary.Origin.BUILT_IN ? words.get("cli.list.built-in") : entry.location();
            if (entry.ok()) {
                Routine r = entry.routine();
                out.printf(Locale.ROOT, "%-28s %-36s %" + lengthWidth() + "s  %s%n", r.id(), r.name(), minutes(r),
                        source);
            } else {
                broken++;
                int count = entry.result().problems().size();
                err.printf(Locale.ROOT, "%-28s %-36s %" + lengthWidth() + "s  %s%n", words.get("cli.list.invalid"),
                        words.get("cli.list.problems", count), "", source);
                for (Problem problem : entry.result().problems()) {
                    err.println("    " + problem.in(words));
                }
            }
        }
        out.println();
        out.println(words.get("cli.list.folder", paths.routines().toString()));
        if (broken > 0) {
            err.println(words.get("cli.list.broken", broken));
        }
        return 0;
    }

    /** The length column fits "12:40 min" (and the longer "12:40 Min."). */
    private int lengthWidth() {
        return words.get("cli.list.length", "00:00").length();
    }

    private String minutes(Routine routine) {
        long seconds = Math.round(PlayedLength.seconds(routine));
        return words.get("cli.list.length", String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60));
    }
}
