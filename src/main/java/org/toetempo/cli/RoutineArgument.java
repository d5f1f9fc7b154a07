package org.toetempo.cli;

import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Messages;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The ROUTINE argument of a command ({@code @Mixin}): an id from the library, or a path to a routine file. */
final class RoutineArgument {

    @Parameters(index = "0", paramLabel = "ROUTINE", description = "A routine id or a routine file.")
    private String routine;

    /** For picocli, which fills in the argument. */
    RoutineArgument() {
    }

    /** For a command whose routine is optional (snapshot --poses) and read by the command itself. */
    RoutineArgument(String routine) {
        this.routine = routine;
    }

    /** The routine; {@link BadInput} with the file's problems, or the known ids, when there is none. */
    Routine resolve(Supplier<RoutineLibrary> library, RoutineReader reader) {
        Path path = Path.of(routine);
        if (routine.endsWith(".json") || Files.isRegularFile(path)) {
            LoadResult result = RoutineLibrary.readFile(reader, path);
            if (!result.ok()) {
                throw new BadInput(result.problems().stream().map(p -> p.in(Cli.words(reader))).toList());
            }
            return result.routine();
        }
        RoutineLibrary routines = library.get();
        Optional<Routine> found = routines.find(routine);
        return found.orElseThrow(() -> new BadInput(Cli.words(reader).get("cli.no-routine", routine,
                String.join(", ", routines.entries().stream().filter(RoutineLibrary.Entry::ok)
                        .map(e -> e.routine().id()).toList()))));
    }

    /** {@link BadInput} unless {@code stage} is {@code null} or one of the routine's stages. */
    static void checkStage(Routine routine, String stage, Messages words) {
        if (stage != null && routine.stages().stream().noneMatch(s -> s.id().equals(stage))) {
            throw new BadInput(routine.stages().isEmpty() ? words.get("cli.no-stage", routine.id(), stage)
                    : words.get("cli.no-stage-of", routine.id(), stage,
                    String.join(", ", routine.stages().stream().map(s -> s.id()).toList())));
        }
    }
}
