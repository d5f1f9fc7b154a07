package org.toetempo.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.timing.BeatMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Find every beat of songs (MP3, WAV, AIFF, M4A, OGG, FLAC): the beat is followed through the",
                "whole song, however its tempo moves.",
                "",
                "Prints one line per file:",
                "  FILE  bpm=128.02  first_beat=0.512  confidence=0.91  seconds=0.08",
                "bpm is the median tempo; first_beat is the first downbeat in seconds from the start of the song;",
                "--json adds every beat's time (beats), the downbeats and each beat's confidence; --beats prints",
                "the beat times alone, one a line.",
                "seconds is the time the analysis of that file took, decoding included.",
                "Audio with no steady beat prints 'no beat found' instead of a tempo.",
                "A missing, unreadable or unsupported file is reported on stderr after the others are",
                "analysed, and the exit code is then 2."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Song files to analyse.")
    private List<Path> files;

    @Option(names = "--json", description = "Print a JSON array, one object per file, instead of text.")
    private boolean json;

    @Option(names = "--beats", description = {"Print every beat's time in seconds, one a line (a downbeat followed by",
            "a tab and 'downbeat'); with several files, each file's beats after a '# FILE' line."})
    private boolean beats;

    @Spec
    private CommandSpec spec;

    /** One file's outcome: an analysis or an error message. */
    record Outcome(Path file, SongAnalysis analysis, String error) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Outcome outcome;
            try {
                outcome = new Outcome(file, SongAnalyzer.analyze(file).analysis(), null);
            } catch (IOException | RuntimeException e) {
                outcome = new Outcome(file, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (OutOfMemoryError e) {
                // The analysis holds an envelope, not the song (about 1 MB a minute): only a heap set very small runs out.
                outcome = new Outcome(file, null, "too long to analyse in the memory this Java was given (-Xmx"
                        + (Runtime.getRuntime().maxMemory() >> 20) + "m)");
            }
            outcomes.add(outcome);
            if (beats && outcome.analysis() != null) {
                printBeats(file, outcome.analysis(), out);
            } else if (!json && outcome.analysis() != null) {
                out.println(line(file, outcome.analysis()));
                out.flush();
            }
        }
        if (json && !beats) {
            writeJson(outcomes, out);
        }
        out.flush();
        int failed = 0;
        for (Outcome o : outcomes) {
            if (o.error() != null) {
                failed++;
                err.println("toetempo: " + o.file() + ": " + o.error());
            }
        }
        if (failed > 0) {
            err.println(failed == 1 ? "1 file could not be analysed." : failed + " files could not be analysed.");
        }
        err.flush();
        return failed > 0 ? Cli.BAD_INPUT : 0;
    }

    private void printBeats(Path file, SongAnalysis a, PrintWriter out) {
        if (files.size() > 1) {
            out.println("# " + file);
        }
        BeatMap map = a.beatMap();
        if (map == null) {
            out.println("# no beat found");
        }
        for (int i = 0; map != null && i < map.size(); i++) {
            out.printf(Locale.ROOT, "%.4f%s%n", map.time(i), map.isDownbeat(i) ? "\tdownbeat" : "");
        }
        out.flush();
    }

    /** {@code FILE  bpm=128.02  first_beat=0.512  confidence=0.91  seconds=0.08}, or "no beat found". */
    static String line(Path file, SongAnalysis a) {
        if (!a.found()) {
            return String.format(Locale.ROOT, "%s  no beat found  confidence=%.2f  seconds=%.2f", file, a.confidence(),
                    a.analysisSeconds());
        }
        return String.format(Locale.ROOT, "%s  bpm=%.2f  first_beat=%.3f  confidence=%.2f  seconds=%.2f", file, a.bpm(),
                a.firstBeatSeconds(), a.confidence(), a.analysisSeconds());
    }

    private static void writeJson(List<Outcome> outcomes, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Outcome o : outcomes) {
                g.writeStartObject();
                g.writeStringField("file", o.file().toString());
                SongAnalysis a = o.analysis();
                if (a == null) {
                    g.writeStringField("error", o.error());
                } else {
                    g.writeBooleanField("beat_found", a.found());
                    BeatMap map = a.beatMap();
                    if (a.found()) {
                        g.writeNumberField("bpm", round(a.bpm(), 3));
                        g.writeNumberField("first_beat_s", round(a.firstBeatSeconds(), 4));
                        g.writeNumberField("beats_per_bar", map.beatsPerBar());
                    } else {
                        g.writeNullField("bpm");
                        g.writeNullField("first_beat_s");
                        g.writeNullField("beats_per_bar");
                    }
                    g.writeNumberField("confidence", round(a.confidence(), 3));
                    g.writeArrayFieldStart("beats");
                    for (int i = 0; map != null && i < map.size(); i++) {
                        g.writeNumber(round(map.time(i), 4));
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("downbeats");
                    for (double t : map == null ? new double[0] : map.downbeatTimes()) {
                        g.writeNumber(round(t, 4));
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("beat_confidence");
                    for (int i = 0; map != null && i < map.size(); i++) {
                        g.writeNumber(round(map.confidence(i), 2));
                    }
                    g.writeEndArray();
                    g.writeNumberField("duration_s", round(a.durationSeconds(), 3));
                    g.writeNumberField("seconds", round(a.analysisSeconds(), 4));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.rint(value * scale) / scale;
    }
}
