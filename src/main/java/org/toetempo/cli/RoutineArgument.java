package org.toetempo.cli;

import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import org.toetempo.routine.Wording;
import org.toetempo.timing.PlayOptions;

import java.io.PrintWriter;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** A ROUTINE argument: an id from the library, or a path to a routine file. */
final class RoutineArgument {

    private RoutineArgument() {
    }

    /** The routine, or empty after explaining on {@code err} why there is none. */
    static Optional<Routine> resolve(String argument, Supplier<RoutineLibrary> library, RoutineReader reader, PrintWriter err) {
        Path path = Path.of(argument);
        if (argument.endsWith(".json") || Files.isRegularFile(path)) {
            LoadResult result = RoutineLibrary.readFile(reader, path);
            if (!result.ok()) {
                result.problems().stream().map(Problem::toString).forEach(err::println);
                return Optional.empty();
            }
            return Optional.of(result.routine());
        }
        RoutineLibrary routines = library.get();
        Optional<Routine> found = routines.find(argument);
        if (found.isEmpty()) {
            err.println("toetempo: no routine '" + argument + "'. Known routines: " + String.join(", ",
                    routines.entries().stream().filter(RoutineLibrary.Entry::ok).map(e -> e.routine().id()).toList()));
        }
        return found;
    }

    /** The --bpm and --stage options checked against the routine, or empty after saying on {@code err} what is wrong. */
    static Optional<PlayOptions> playOptions(Routine routine, Double bpm, String stage, PrintWriter err) {
        PlayOptions options = PlayOptions.defaults();
        if (bpm != null) {
            if (!routine.tempo().allows(bpm)) {
                err.printf(Locale.ROOT, "toetempo: --bpm %s is outside %s's range %s–%s BPM%n", Wording.number(bpm),
                        routine.id(), Wording.number(routine.tempo().minBpm()), Wording.number(routine.tempo().maxBpm()));
                return Optional.empty();
            }
            options = options.withBpm(bpm);
        }
        if (stage != null) {
            if (routine.stages().stream().noneMatch(s -> s.id().equals(stage))) {
                err.println("toetempo: " + routine.id() + " has no stage '" + stage + "'"
                        + (routine.stages().isEmpty() ? "" : "; its stages are "
                        + String.join(", ", routine.stages().stream().map(s -> s.id()).toList())));
                return Optional.empty();
            }
            options = options.withStage(stage);
        }
        return Optional.of(options);
    }
}
