package org.toetempo.history;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Writes log entries as {@link RecordCodec} describes them: one line of JSON each, empty optional fields left out. */
final class RecordEncoder {

    private RecordEncoder() {
    }

    static byte[] encode(LogEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = RecordCodec.FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            if (entry instanceof LogEntry.Session session) {
                out.writeStringField("kind", "session");
                out.writeNumberField("format", RecordCodec.FORMAT);
                writeSession(out, session.record());
            } else if (entry instanceof LogEntry.Rate rate) {
                out.writeStringField("kind", "ratings");
                out.writeStringField("id", rate.id());
                out.writeStringField("at", rate.at().toString());
                out.writeFieldName("ratings");
                writeRatings(out, rate.ratings(), true);
            } else if (entry instanceof LogEntry.Morning morning) {
                out.writeStringField("kind", "morning");
                out.writeStringField("id", morning.id());
                out.writeStringField("at", morning.at().toString());
                optional(out, "pain", morning.pain());
                optional(out, "stiffness", morning.stiffness());
            } else if (entry instanceof LogEntry.Delete delete) {
                out.writeStringField("kind", "delete");
                out.writeStringField("id", delete.id());
                out.writeStringField("at", delete.at().toString());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeSession(JsonGenerator out, SessionRecord r) throws IOException {
        out.writeStringField("id", r.id());
        out.writeStringField("started", r.started().toString());
        out.writeStringField("ended", r.ended().toString());
        out.writeStringField("zone", r.zone().getId());
        out.writeStringField("offset", r.zone().getRules().getOffset(r.started()).getId());
        out.writeStringField("routine", r.routineId());
        out.writeStringField("routine_name", r.routineName());
        if (r.stage() != null) {
            out.writeStringField("stage", r.stage());
        }
        out.writeStringField("outcome", r.outcome().json());
        out.writeNumberField("active_ms", Math.round(r.activeSeconds() * 1000));
        out.writeNumberField("planned_ms", Math.round(r.plannedSeconds() * 1000));
        if (r.ratings() != null) {
            out.writeFieldName("ratings");
            writeRatings(out, r.ratings(), false);
        }
        out.writeNumberField("reps_done", r.repsDone());
        out.writeNumberField("reps_planned", r.repsPlanned());
        number(out, "tempo_reached", r.tempoReached());
        // The bulky parts come last, after their length, so a reader can keep them as bytes until they are needed.
        byte[] details = encodeDetails(r);
        out.writeNumberField("details_bytes", details.length);
        out.writeFieldName("details");
        out.writeRawValue(new String(details, StandardCharsets.UTF_8));
    }

    /** {@code {"tempos":[...],"timing":[...],"exercise_ratings":[...],"steps":[...]}} (empty lists left out). */
    static byte[] encodeDetails(SessionRecord r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(80 * r.steps().size() + 256);
        try (JsonGenerator out = RecordCodec.FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeArrayFieldStart("tempos");
            for (BlockTempo tempo : r.tempos()) {
                out.writeStartObject();
                out.writeNumberField("block", tempo.block());
                out.writeStringField("name", tempo.name());
                number(out, "bpm", tempo.bpm());
                if (tempo.song()) {
                    out.writeBooleanField("song", true);
                }
                // Marks a tempo derived from what the steps played; one without it is migrated on read.
                out.writeBooleanField("played", true);
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!r.timing().isEmpty()) {
                out.writeArrayFieldStart("timing");
                for (TimingCheck check : r.timing()) {
                    out.writeStartObject();
                    out.writeNumberField("block", check.block());
                    out.writeStringField("exercise", check.exercise());
                    out.writeNumberField("taps", check.taps());
                    number(out, "mean_ms", check.meanMs());
                    number(out, "spread_ms", check.spreadMs());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            if (r.ratings() != null && !r.ratings().exercises().isEmpty()) {
                out.writeFieldName("exercise_ratings");
                writeExerciseRatings(out, r.ratings().exercises());
            }
            out.writeFieldName("steps");
            writeSteps(out, r.steps());
            out.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /**
     * The steps as one JSON array of arrays, one per step: {@code [index, block, step, cycle, exercise, level, side,
     * bpm, hold_s, reps_per_set, [foot, sets_done, sets_planned, reps_done, reps_planned], ...]}, a foot array for
     * each foot that worked.
     */
    private static void writeSteps(JsonGenerator out, List<StepRecord> steps) throws IOException {
        out.writeStartArray();
        for (StepRecord step : steps) {
            out.writeStartArray();
            out.writeNumber(step.index());
            out.writeNumber(step.block());
            out.writeNumber(step.stepInBlock());
            out.writeNumber(step.cycle());
            out.writeString(step.exercise());
            if (step.level() == null) {
                out.writeNull();
            } else {
                out.writeString(step.level());
            }
            out.writeString(step.side().json());
            number(out, step.bpm());
            number(out, step.holdSeconds());
            out.writeNumber(step.repsPerSet());
            for (FootCount foot : step.feet()) {
                out.writeStartArray();
                out.writeString(foot.foot().json());
                out.writeNumber(foot.setsDone());
                out.writeNumber(foot.setsPlanned());
                out.writeNumber(foot.repsDone());
                out.writeNumber(foot.repsPlanned());
                out.writeEndArray();
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    /** Whole numbers without a decimal point ("60", not "60.0"): shorter, and quicker to read back. */
    private static void number(JsonGenerator out, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.writeNumber((long) value);
        } else {
            out.writeNumber(value);
        }
    }

    private static void number(JsonGenerator out, String name, double value) throws IOException {
        out.writeFieldName(name);
        number(out, value);
    }

    private static void writeRatings(JsonGenerator out, Ratings ratings, boolean withExercises) throws IOException {
        out.writeStartObject();
        optional(out, "pain", ratings.pain());
        optional(out, "stiffness", ratings.stiffness());
        optional(out, "morning_pain", ratings.morningPain());
        optional(out, "morning_stiffness", ratings.morningStiffness());
        if (ratings.cramp()) {
            out.writeBooleanField("cramp", true);
        }
        writeFlags(out, ratings.redFlags());
        if (ratings.note() != null) {
            out.writeStringField("note", ratings.note());
        }
        if (withExercises && !ratings.exercises().isEmpty()) {
            out.writeFieldName("exercises");
            writeExerciseRatings(out, ratings.exercises());
        }
        if (!ratings.blocks().isEmpty()) {
            out.writeArrayFieldStart("blocks");
            for (BlockRating rating : ratings.blocks()) {
                out.writeStartObject();
                out.writeNumberField("block", rating.block());
                out.writeBooleanField("on_beat", rating.onBeat());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void writeExerciseRatings(JsonGenerator out, List<ExerciseRating> ratings) throws IOException {
        out.writeStartArray();
        for (ExerciseRating rating : ratings) {
            out.writeStartObject();
            out.writeStringField("exercise", rating.exercise());
            if (rating.effort() != null) {
                out.writeStringField("effort", rating.effort().json());
            }
            optional(out, "pain", rating.pain());
            if (rating.harderSide() != null) {
                out.writeStringField("harder_side", rating.harderSide().json());
            }
            if (rating.formOk() != null) {
                out.writeBooleanField("form_ok", rating.formOk());
            }
            if (rating.bestHoldSeconds() != null) {
                number(out, "best_hold_s", rating.bestHoldSeconds());
            }
            if (rating.cramp()) {
                out.writeBooleanField("cramp", true);
            }
            writeFlags(out, rating.redFlags());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeFlags(JsonGenerator out, Set<RedFlag> flags) throws IOException {
        if (flags.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("red_flags");
        for (RedFlag flag : EnumSet.copyOf(flags)) {
            out.writeString(flag.json());
        }
        out.writeEndArray();
    }

    private static void optional(JsonGenerator out, String name, Integer value) throws IOException {
        if (value != null) {
            out.writeNumberField(name, value);
        }
    }
}
