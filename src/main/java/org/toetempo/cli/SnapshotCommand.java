package org.toetempo.cli;

import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.ui.PoseSheet;
import org.toetempo.ui.PoseSheetRows;
import org.toetempo.ui.Snapshotter;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Draw the player screen at a moment of a routine to a PNG, offscreen (no display needed).",
                "",
                "With --library, draws the routine library with ROUTINE selected instead.",
                "With --poses, draws a contact sheet of the foot figure: every exercise of ROUTINE (of the whole",
                "built-in library when no ROUTINE is given) at its start position and the start, middle and end of",
                "each phase."})
final class SnapshotCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private final Supplier<RoutineLibrary> library;
    private final RoutineReader reader;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROUTINE",
            description = "A routine id or a routine file (with --poses, none for the whole library).")
    private String routine;

    @Option(names = "--at", paramLabel = "SECONDS", defaultValue = "0", description = "Moment of the routine (default: ${DEFAULT-VALUE}).")
    private double at;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "Where to write the PNG.")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", description = "Screen size (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Colour theme (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--presentation", description = "Presentation mode: no chrome, larger, high contrast.")
    private boolean presentation;

    @Option(names = "--library", description = "Draw the library screen instead of the player.")
    private boolean libraryScreen;

    @Option(names = "--poses", description = "A contact sheet of the foot figure's poses instead of a screen.")
    private boolean poses;

    @Spec
    private CommandSpec spec;

    SnapshotCommand(Supplier<RoutineLibrary> library, RoutineReader reader) {
        this.library = library;
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages words = Cli.words(reader);
        if (poses) {
            return poseSheet();
        }
        if (routine == null) {
            err.println(words.get("cli.snapshot.no-routine"));
            return Cli.BAD_INPUT;
        }
        Routine found = new RoutineArgument(routine).resolve(library, reader);
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            err.println(words.get("cli.snapshot.bad-size", size));
            return Cli.BAD_INPUT;
        }
        int width = Integer.parseInt(m.group(1));
        int height = Integer.parseInt(m.group(2));
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            err.println(words.get("cli.snapshot.size-range"));
            return Cli.BAD_INPUT;
        }
        Settings.Theme chosen;
        try {
            chosen = Settings.Theme.valueOf(theme.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(words.get("cli.snapshot.bad-theme", theme));
            return Cli.BAD_INPUT;
        }
        if (at < 0) {
            err.println(words.get("cli.snapshot.negative-at"));
            return Cli.BAD_INPUT;
        }
        Snapshotter.render(new Snapshotter.Request(found, library, libraryScreen, at, width, height, chosen,
                presentation, out, words.language()));
        spec.commandLine().getOut().println(out);
        return 0;
    }

    private Integer poseSheet() throws IOException {
        List<PoseSheet.Entry> entries = routine == null
                ? PoseSheetRows.ofLibrary(ExerciseLibrary.builtIn(), library.get())
                : PoseSheetRows.ofRoutine(new RoutineArgument(routine).resolve(library, reader));
        PoseSheet.render(entries, out);
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
