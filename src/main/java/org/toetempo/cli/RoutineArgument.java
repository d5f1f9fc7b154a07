package org.toetempo.cli;

import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The ROUTINE argument of a command ({@code @Mixin}): an id from the library, or a path to a routine file. */
final class RoutineArgument {

    @Parameters(index = "0", paramLabel = "ROUTINE", description = "A routine id or a routine file.")
    private String routine;

    /** The routine; {@link BadInput} with the file's problems, or the known ids, when there is none. */
    Routine resolve(Supplier<RoutineLibrary> library, RoutineReader reader) {
        Path path = Path.of(routine);
        if (routine.endsWith(".json") || Files.isRegularFile(path)) {
            LoadResult result = RoutineLibrary.readFile(reader, path);
            if (!result.ok()) {
                throw new BadInput(result.problems().stream().map(Problem::toString).toList());
            }
            return result.routine();
        }
        RoutineLibrary routines = library.get();
        Optional<Routine> found = routines.find(routine);
        return found.orElseThrow(() -> new BadInput("toetempo: no routine '" + routine + "'. Known routines: "
                + String.join(", ", routines.entries().stream().filter(RoutineLibrary.Entry::ok)
                        .map(e -> e.routine().id()).toList())));
    }

    /** {@link BadInput} unless {@code stage} is {@code null} or one of the routine's stages. */
    static void checkStage(Routine routine, String stage) {
        if (stage != null && routine.stages().stream().noneMatch(s -> s.id().equals(stage))) {
            throw new BadInput("toetempo: " + routine.id() + " has no stage '" + stage + "'"
                    + (routine.stages().isEmpty() ? "" : "; its stages are "
                    + String.join(", ", routine.stages().stream().map(s -> s.id()).toList())));
        }
    }
}
