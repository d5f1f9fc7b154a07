package org.toetempo.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a {@link Routine} as a routine file, format 1: {@code snake_case} fields in the order
 * {@code docs/routine-format.md} lists them, {@code "$schema"} first, optional fields left out when absent or at
 * their defaults, two-space indent, {@code \n} line ends, UTF-8, a final newline.
 *
 * <p>Lossless: {@code reader.read(writer.write(r))} gives a routine equal to {@code r} for every routine the reader
 * produced. It also writes routines that are not (yet) valid, as an editor holds them: a missing value is left out
 * and a wrong one is written as it is, so the reader reports exactly what is wrong with them.
 *
 * <p>Two ways to treat the exercises ({@link Routine#exercises()} holds every exercise the routine uses):
 * <ul>
 *   <li>{@link #standalone()}: every exercise is written into the file, so it stands alone (for sharing: the
 *       recipient's built-in library may differ).</li>
 *   <li>{@link #forLibrary(ExerciseLibrary)}: an exercise that a step uses and that is identical to the built-in
 *       library's entry is left out, so the file stays short and follows fixes to the library; exercises of the
 *       routine's own, or changed from the library's, are written. User routines in the data folder are saved
 *       this way.</li>
 * </ul>
 */
public final class RoutineWriter {

    /** Where editors find the JSON Schema, relative to the routine files' folder. */
    public static final String SCHEMA = "./schema/routine.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final ExerciseLibrary library;

    private RoutineWriter(ExerciseLibrary library) {
        this.library = library;
    }

    /** A writer that puts every exercise the routine uses into the file. */
    public static RoutineWriter standalone() {
        return new RoutineWriter(null);
    }

    /** A writer that leaves out exercises the built-in {@code library} has unchanged. */
    public static RoutineWriter forLibrary(ExerciseLibrary library) {
        return new RoutineWriter(Objects.requireNonNull(library));
    }

    /** The routine file's text. */
    public String write(Routine routine) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            routine(g, routine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a routine to memory", e);
        }
        return out + "\n";
    }

    /** The routine file's bytes, UTF-8. */
    public byte[] bytes(Routine routine) {
        return write(routine).getBytes(StandardCharsets.UTF_8);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    // ------------------------------------------------------------------ the routine

    private void routine(JsonGenerator g, Routine r) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeNumberField("format", Routine.FORMAT);
        text(g, "id", r.id());
        text(g, "name", r.name());
        text(g, "summary", r.summary());
        text(g, "purpose", r.purpose());
        if (r.audience() != null) {
            g.writeArrayFieldStart("audience");
            for (Audience a : r.audience()) {
                choiceValue(g, a);
            }
            g.writeEndArray();
        }
        if (r.difficulty() != null && r.difficulty() != Difficulty.MODERATE) {
            g.writeStringField("difficulty", r.difficulty().json());
        }
        if (r.duration() != null) {
            g.writeObjectFieldStart("duration");
            number(g, "minutes", r.duration().minutes());
            if (r.duration().toleranceMinutes() != 1) {
                number(g, "tolerance_minutes", r.duration().toleranceMinutes());
            }
            g.writeEndObject();
        }
        frequency(g, "frequency", r.frequency());
        text(g, "setup", r.setup());
        texts(g, "equipment", r.equipment(), true);
        texts(g, "safety", r.safety(), true);
        texts(g, "credits", r.credits(), false);
        texts(g, "notes", r.notes(), false);
        tempo(g, r.tempo());
        exercises(g, r);
        if (r.stages() != null && !r.stages().isEmpty()) {
            g.writeArrayFieldStart("stages");
            for (Stage stage : r.stages()) {
                stage(g, stage);
            }
            g.writeEndArray();
        }
        if (r.blocks() != null) {
            g.writeArrayFieldStart("blocks");
            for (Block block : r.blocks()) {
                block(g, block);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void frequency(JsonGenerator g, String field, Frequency f) throws IOException {
        if (f == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeNumberField("times", f.times());
        choice(g, "per", f.per());
        text(g, "note", f.note());
        g.writeEndObject();
    }

    private static void tempo(JsonGenerator g, Tempo t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart("tempo");
        number(g, "bpm", t.bpm());
        if (t.minBpm() != Math.max(20, t.bpm() - 20)) {
            number(g, "min_bpm", t.minBpm());
        }
        if (t.maxBpm() != Math.min(240, t.bpm() + 40)) {
            number(g, "max_bpm", t.maxBpm());
        }
        if (t.rampToBpm() != 0) {
            number(g, "ramp_to_bpm", t.rampToBpm());
        }
        if (t.source() != null && t.source() != TempoSource.METRONOME) {
            choice(g, "source", t.source());
        }
        if (t.countInBeats() != 4) {
            g.writeNumberField("count_in_beats", t.countInBeats());
        }
        if (t.beatsPerBar() != 4) {
            g.writeNumberField("beats_per_bar", t.beatsPerBar());
        }
        if (t.halfTimeAboveBpm() != 120) {
            number(g, "half_time_above_bpm", t.halfTimeAboveBpm());
        }
        g.writeEndObject();
    }

    /** A block's or step's tempo: written whenever present (even empty), so {@code {}} and absent stay apart. */
    private static void tempoOverride(JsonGenerator g, TempoOverride t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart("tempo");
        number(g, "bpm", t.bpm());
        number(g, "min_bpm", t.minBpm());
        number(g, "max_bpm", t.maxBpm());
        number(g, "ramp_to_bpm", t.rampToBpm());
        choice(g, "source", t.source());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ exercises

    private void exercises(JsonGenerator g, Routine r) throws IOException {
        Map<String, Exercise> written = exercisesToWrite(r);
        if (written.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("exercises");
        for (Exercise exercise : written.values()) {
            g.writeFieldName(exercise.id());
            exercise(g, exercise);
        }
        g.writeEndObject();
    }

    /**
     * The exercises this file defines, in a stable order: as the steps first use them, then any others by id.
     * Exercises the library has unchanged and a step uses are left out when writing for the library.
     */
    Map<String, Exercise> exercisesToWrite(Routine r) {
        Map<String, Exercise> all = r.exercises() == null ? Map.of() : r.exercises();
        Map<String, Exercise> ordered = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        if (r.blocks() != null) {
            for (Block block : r.blocks()) {
                for (Step step : block.steps() == null ? List.<Step>of() : block.steps()) {
                    if (step != null && step.exercise() != null && !used.contains(step.exercise())) {
                        used.add(step.exercise());
                    }
                }
            }
        }
        for (String id : used) {
            Exercise exercise = all.get(id);
            if (exercise != null) {
                ordered.put(id, exercise);
            }
        }
        new TreeMap<>(all).forEach(ordered::putIfAbsent);
        if (library != null) {
            ordered.values().removeIf(e -> used.contains(e.id())
                    && library.find(e.id()).map(e::equals).orElse(false));
        }
        return ordered;
    }

    private static void exercise(JsonGenerator g, Exercise e) throws IOException {
        g.writeStartObject();
        text(g, "name", e.name());
        texts(g, "aliases", e.aliases(), false);
        text(g, "start", e.start());
        texts(g, "instructions", e.instructions(), true);
        texts(g, "cues", e.cues(), true);
        texts(g, "mistakes", e.mistakes(), false);
        texts(g, "targets", e.targets(), false);
        texts(g, "equipment", e.equipment(), false);
        choice(g, "figure", e.figure());
        phases(g, e.phases());
        if (e.levels() != null && !e.levels().isEmpty()) {
            g.writeArrayFieldStart("levels");
            for (Level level : e.levels()) {
                g.writeStartObject();
                text(g, "id", level.id());
                text(g, "name", level.name());
                text(g, "how", level.how());
                phases(g, level.phases());
                clip(g, level.clip());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        boolean defaultIsFirst = e.levels() != null && !e.levels().isEmpty()
                && e.levels().get(0).id() != null && e.levels().get(0).id().equals(e.defaultLevel());
        if (e.defaultLevel() != null && !defaultIsFirst) {
            g.writeStringField("default_level", e.defaultLevel());
        }
        texts(g, "safety", e.safety(), false);
        text(g, "source", e.source());
        clip(g, e.clip());
        g.writeEndObject();
    }

    private static void clip(JsonGenerator g, Clip clip) throws IOException {
        if (clip == null) {
            return;
        }
        g.writeObjectFieldStart("clip");
        g.writeStringField("file", clip.file());
        number(g, "rep_in", clip.repInSeconds());
        number(g, "rep_out", clip.repOutSeconds());
        g.writeEndObject();
    }

    private static void phases(JsonGenerator g, List<Phase> phases) throws IOException {
        if (phases == null) {
            return;
        }
        g.writeArrayFieldStart("phases");
        for (Phase p : phases) {
            g.writeStartObject();
            choice(g, "action", p.action());
            if (p.beats() != 0) {
                g.writeNumberField("beats", p.beats());
            }
            if (p.seconds() != 0) {
                number(g, "seconds", p.seconds());
            }
            if (p.cue() != null && !p.cue().isEmpty()) {
                g.writeStringField("cue", p.cue());
            }
            choice(g, "part", p.part());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ stages, blocks, steps

    private static void stage(JsonGenerator g, Stage s) throws IOException {
        g.writeStartObject();
        text(g, "id", s.id());
        text(g, "name", s.name());
        g.writeObjectFieldStart("weeks");
        g.writeNumberField("from", s.fromWeek());
        g.writeNumberField("to", s.toWeek());
        g.writeEndObject();
        frequency(g, "frequency", s.frequency());
        text(g, "note", s.note());
        g.writeEndObject();
    }

    private static void block(JsonGenerator g, Block b) throws IOException {
        g.writeStartObject();
        text(g, "name", b.name());
        text(g, "stage", b.stage());
        tempoOverride(g, b.tempo());
        if (b.repeat() != null) {
            g.writeObjectFieldStart("repeat");
            number(g, "seconds", b.repeat().seconds());
            if (b.repeat().untilSongEnds()) {
                g.writeBooleanField("until_song_ends", true);
            }
            g.writeEndObject();
        }
        if (b.restAfterSeconds() != 0) {
            number(g, "rest_after_s", b.restAfterSeconds());
        }
        text(g, "note", b.note());
        if (b.steps() != null) {
            g.writeArrayFieldStart("steps");
            for (Step step : b.steps()) {
                step(g, step);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void step(JsonGenerator g, Step s) throws IOException {
        g.writeStartObject();
        text(g, "exercise", s.exercise());
        text(g, "title", s.title());
        text(g, "level", s.level());
        text(g, "only_at_level", s.onlyAtLevel());
        choice(g, "side", s.side());
        if (s.sets() != 1) {
            g.writeNumberField("sets", s.sets());
        }
        if (s.reps() != 0) {
            g.writeNumberField("reps", s.reps());
        }
        if (s.forSeconds() != 0) {
            number(g, "for_seconds", s.forSeconds());
        }
        phases(g, s.phases());
        if (s.restBetweenSetsSeconds() != 0) {
            number(g, "rest_between_sets_s", s.restBetweenSetsSeconds());
        }
        if (s.restAfterSeconds() != 0) {
            number(g, "rest_after_s", s.restAfterSeconds());
        }
        tempoOverride(g, s.tempo());
        if (s.cues() != null) {
            texts(g, "cues", s.cues(), true);
        }
        text(g, "prompt", s.prompt());
        text(g, "note", s.note());
        if (s.optional()) {
            g.writeBooleanField("optional", true);
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ values

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    /** A list of texts; an empty one is written only when {@code always} (required lists such as equipment). */
    private static void texts(JsonGenerator g, String field, List<String> values, boolean always) throws IOException {
        if (values == null || values.isEmpty() && !always) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (String value : values) {
            if (value == null) {
                g.writeNull();
            } else {
                g.writeString(value);
            }
        }
        g.writeEndArray();
    }

    private static void choice(JsonGenerator g, String field, Choice value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.json());
        }
    }

    private static void choiceValue(JsonGenerator g, Choice value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.json());
        }
    }

    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value != null) {
            number(g, field, value.doubleValue());
        }
    }

    /** Whole numbers without a decimal point ({@code 60}, not {@code 60.0}); others in their shortest exact form. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }
}
