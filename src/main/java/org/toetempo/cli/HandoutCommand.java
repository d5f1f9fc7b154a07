package org.toetempo.cli;

import org.toetempo.files.AppPaths;
import org.toetempo.handout.FootStills;
import org.toetempo.handout.Handout;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "handout", mixinStandardHelpOptions = true,
        description = {"Write a one-to-two-page patient handout of a routine as a PDF.",
                "",
                "Title, purpose, how often and how long, each step with its foot figure,",
                "dose, rhythm and cues, the safety notes and a box for notes.",
                "For a programme, one stage (--stage). The foot figures are drawn",
                "offscreen (no display needed)."})
final class HandoutCommand implements Callable<Integer> {

    private final Supplier<RoutineLibrary> library;
    private final RoutineReader reader;
    private final AppPaths paths;

    @Mixin
    private RoutineArgument routine = new RoutineArgument();

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--stage", paramLabel = "ID", description = "For a programme: the stage to hand out (default: the first).")
    private String stage;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", description = "Page size (default: ${DEFAULT-VALUE}).")
    private String paper;

    @Option(names = "--no-figures", description = "Leave out the foot figures (no JavaFX needed).")
    private boolean noFigures;

    @Spec
    private CommandSpec spec;

    HandoutCommand(Supplier<RoutineLibrary> library, RoutineReader reader, AppPaths paths) {
        this.library = library;
        this.reader = reader;
        this.paths = paths;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Routine r = routine.resolve(library, reader);
        HandoutOptions.Paper size;
        try {
            size = HandoutOptions.Paper.valueOf(paper.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println(Cli.words(reader).get("cli.handout.bad-paper", paper));
            return Cli.BAD_INPUT;
        }
        RoutineArgument.checkStage(r, stage, Cli.words(reader));
        OutputFile.notAFolder(out, "handout.pdf", Cli.words(reader));
        FootStills stills = noFigures ? FootStills.NONE : FootStills.MODEL;
        Handout.write(r, new HandoutOptions(stage, size).inLanguage(Cli.languageOf(reader))
                .withClips(ClipStore.in(paths)::find), stills, out);
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
