package org.toetempo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.Schedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Print the timeline of a routine: every cue at its exact time.",
                "",
                "ROUTINE is a routine id (see 'list') or a routine file.",
                "Text output is one cue a line; --json prints an array of cue objects."})
final class ScheduleCommand implements Callable<Integer> {

    private final Supplier<RoutineLibrary> library;
    private final RoutineReader reader;

    @Mixin
    private RoutineArgument routine = new RoutineArgument();

    @Mixin
    private PlayChoices play = new PlayChoices();

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    ScheduleCommand(Supplier<RoutineLibrary> library, RoutineReader reader) {
        this.library = library;
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Routine r = routine.resolve(library, reader);
        Schedule schedule = Schedule.compile(r, play.options(r, Cli.words(reader)));
        if (json) {
            writeJson(schedule, out);
        } else {
            Messages words = Cli.words(reader);
            for (Cue cue : schedule.cues()) {
                out.println(line(cue, words));
            }
        }
        out.flush();
        return 0;
    }

    /** {@code   12.500s  beat 25  right single-big-toe-raise  set 1  rep 3/10  lift "up"} */
    static String line(Cue cue) {
        return line(cue, Messages.of(Language.ENGLISH));
    }

    /**
     * One cue as a line, its labels (beat, set, rep) in the language of {@code words}; ids, sides and cue types stay
     * as the routine format writes them.
     */
    static String line(Cue cue, Messages words) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%10.3fs  ", cue.seconds()));
        String beat = words.get("cli.schedule.beat");
        s.append(cue.beat() >= 0 ? String.format(Locale.ROOT, "%s %-5d", beat, cue.beat()) : " ".repeat(beat.length() + 6))
                .append(' ');
        if (cue.exercise() != null) {
            s.append(cue.side() != null ? cue.side().json() + " " : "").append(cue.exercise()).append("  ");
        }
        if (cue.set() > 0 && cue.sets() > 0) {
            s.append(words.get("cli.schedule.set")).append(' ').append(cue.set()).append("/").append(cue.sets()).append("  ");
        }
        if (cue.rep() > 0) {
            s.append(words.get("cli.schedule.rep")).append(' ').append(cue.rep()).append("/").append(cue.reps())
                    .append("  ");
        }
        s.append(cue.type() == CueType.PHASE || cue.type() == CueType.HOLD_START ? cue.phase().json() : cue.type().json());
        if (!cue.text().isEmpty()) {
            s.append(" \"").append(cue.text()).append('"');
        }
        return s.toString().stripTrailing();
    }

    private static void writeJson(Schedule schedule, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Cue cue : schedule.cues()) {
                g.writeStartObject();
                g.writeNumberField("time_s", cue.nanos() / 1e9);
                g.writeNumberField("time_ns", cue.nanos());
                if (cue.beat() >= 0) {
                    g.writeNumberField("beat", cue.beat());
                } else {
                    g.writeNullField("beat");
                }
                g.writeStringField("type", cue.type().json());
                g.writeStringField("exercise", cue.exercise());
                g.writeStringField("side", cue.side() == null ? null : cue.side().json());
                g.writeNumberField("set", cue.set());
                g.writeNumberField("sets", cue.sets());
                g.writeNumberField("rep", cue.rep());
                g.writeNumberField("reps", cue.reps());
                g.writeStringField("phase", cue.phase() == null ? null : cue.phase().json());
                g.writeStringField("text", cue.text());
                g.writeNumberField("value", cue.value());
                g.writeNumberField("step", cue.step());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }
}
