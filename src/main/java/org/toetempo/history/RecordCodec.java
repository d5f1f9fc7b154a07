package org.toetempo.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.toetempo.routine.Side;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON of one log entry, on one line (Jackson's streaming API: fast, and no binding magic between the file
 * format and the records). Fields are {@code snake_case}; optional fields are left out when empty; unknown fields
 * are skipped, so a newer version's extra fields do not make a record unreadable.
 */
final class RecordCodec {

    static final int FORMAT = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(64 * 1024).build())
            .build();

    private RecordCodec() {
    }

    // ------------------------------------------------------------------ writing

    static byte[] encode(LogEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            if (entry instanceof LogEntry.Session session) {
                out.writeStringField("kind", "session");
                out.writeNumberField("format", FORMAT);
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
        try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
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

    // ------------------------------------------------------------------ reading

    /** Decodes one entry; any problem (bad JSON, a missing or impossible field) is an {@link IOException}. */
    static LogEntry decode(byte[] buffer, int offset, int length) throws IOException {
        try (JsonParser in = FACTORY.createParser(buffer, offset, length)) {
            expect(in, in.nextToken(), JsonToken.START_OBJECT);
            Fields f = new Fields();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                switch (name) {
                    case "kind" -> f.kind = text(in);
                    case "format" -> f.format = in.getIntValue();
                    case "id" -> f.id = text(in);
                    case "at" -> f.at = text(in);
                    case "started" -> f.started = text(in);
                    case "ended" -> f.ended = text(in);
                    case "zone" -> f.zone = text(in);
                    case "offset" -> f.offset = text(in);
                    case "routine" -> f.routine = text(in);
                    case "routine_name" -> f.routineName = text(in);
                    case "stage" -> f.stage = text(in);
                    case "outcome" -> f.outcome = text(in);
                    case "active_ms" -> f.active = in.getLongValue() / 1000.0;
                    case "planned_ms" -> f.planned = in.getLongValue() / 1000.0;
                    case "active_s" -> f.active = in.getDoubleValue();
                    case "planned_s" -> f.planned = in.getDoubleValue();
                    case "pain" -> f.pain = integer(in);
                    case "stiffness" -> f.stiffness = integer(in);
                    case "reps_done" -> f.repsDone = in.getIntValue();
                    case "reps_planned" -> f.repsPlanned = in.getIntValue();
                    case "tempo_reached" -> f.tempoReached = in.getDoubleValue();
                    case "details_bytes" -> f.detailsBytes = in.getIntValue();
                    case "details" -> {
                        expect(in, value, JsonToken.START_OBJECT);
                        int at = offset + (int) in.currentTokenLocation().getByteOffset();
                        int end = at + f.detailsBytes;
                        if (f.detailsBytes >= 2 && f.repsDone >= 0 && f.repsPlanned >= 0 && end == offset + length - 1
                                && buffer[at] == '{' && buffer[end - 1] == '}' && buffer[end] == '}') {
                            // The last field, its length and the steps' totals known: keep it as bytes until read.
                            Details details = new Details(buffer, at, f.detailsBytes);
                            f.tempos = new LazyList<>(details, Details.Parts::tempos);
                            f.timing = new LazyList<>(details, Details.Parts::timing);
                            f.exerciseRatings = new LazyList<>(details, Details.Parts::exerciseRatings);
                            f.steps = StepList.lazy(details, f.repsDone, f.repsPlanned, f.tempoReached);
                            return f.entry();
                        }
                        Details.Parts parts = details(in);
                        f.tempos = parts.tempos();
                        f.timing = parts.timing();
                        f.exerciseRatings = parts.exerciseRatings();
                        f.steps = parts.steps();
                    }
                    case "ratings" -> f.ratings = value == JsonToken.VALUE_NULL ? null : ratings(in);
                    default -> in.skipChildren();
                }
            }
            if (in.nextToken() != null) {
                throw new IOException("text after the entry");
            }
            return f.entry();
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** The fields of any entry kind, gathered before the kind is known (it need not come first). */
    private static final class Fields {
        String kind;
        int format = FORMAT;
        String id;
        String at;
        String started;
        String ended;
        String zone;
        String offset;
        String routine;
        String routineName;
        String stage;
        String outcome;
        double active;
        double planned;
        Integer pain;
        Integer stiffness;
        List<BlockTempo> tempos = List.of();
        List<StepRecord> steps = List.of();
        int repsDone = -1;
        int repsPlanned = -1;
        double tempoReached;
        int detailsBytes = -1;
        List<ExerciseRating> exerciseRatings;
        Ratings ratings;
        List<TimingCheck> timing = List.of();

        LogEntry entry() throws IOException {
            if (kind == null || id == null) {
                throw new IOException("an entry needs a kind and an id");
            }
            if (exerciseRatings != null && ratings != null) {
                Ratings r = ratings;
                ratings = new Ratings(exerciseRatings, r.blocks(), r.pain(), r.stiffness(), r.morningPain(),
                        r.morningStiffness(), r.redFlags(), r.cramp(), r.note());
            }
            return switch (kind) {
                case "session" -> {
                    if (format > FORMAT) {
                        throw new IOException("a session written by a newer version (format " + format + ")");
                    }
                    yield new LogEntry.Session(new SessionRecord(id, instant(started), instant(ended), zone(), routine,
                            routineName, stage, outcome(outcome), active, planned, tempos, steps,
                            ratings, timing));
                }
                case "ratings" -> new LogEntry.Rate(id, instant(at), required(ratings, "ratings"));
                case "morning" -> new LogEntry.Morning(id, instant(at), pain, stiffness);
                case "delete" -> new LogEntry.Delete(id, instant(at));
                default -> throw new IOException("unknown entry kind '" + kind + "'");
            };
        }

        /** The zone as written; if this Java does not know it, the offset the session had (so its date is still right). */
        private ZoneId zone() throws IOException {
            try {
                String id = required(zone, "zone");
                ZoneId known = ZONES.get(id);
                if (known == null) {
                    known = ZoneId.of(id);
                    ZONES.put(id, known);
                }
                return known;
            } catch (DateTimeException e) {
                if (offset != null) {
                    return ZoneOffset.of(offset);
                }
                throw new IOException("unknown time zone " + zone, e);
            }
        }
    }

    private static Outcome outcome(String text) throws IOException {
        if ("completed".equals(text)) {
            return Outcome.COMPLETED;
        }
        if ("stopped".equals(text)) {
            return Outcome.STOPPED;
        }
        throw new IOException("unknown outcome '" + text + "'");
    }

    private static <T> T required(T value, String name) throws IOException {
        if (value == null) {
            throw new IOException("missing " + name);
        }
        return value;
    }

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    /**
     * An instant as {@link Instant#toString()} writes it ({@code 2026-11-22T08:00:00.123Z}), read without the general
     * formatter, which costs tens of microseconds a time before the JIT has warmed it. Anything else goes to
     * {@link Instant#parse}.
     */
    static Instant instant(String text) throws IOException {
        required(text, "time");
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
            if (ok && n > 20) {
                int fraction = n - 21;
                ok = text.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
                if (ok) {
                    nanos = digits(text, 20, fraction);
                    ok = nanos >= 0;
                    for (int i = fraction; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (ok && (n == 20 || text.charAt(19) == '.')) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
                } catch (DateTimeException e) {
                    throw new IOException("not a date: " + text, e);
                }
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IOException("not a time: " + text, e);
        }
    }

    /** The number in {@code count} decimal digits from {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static List<BlockTempo> tempos(JsonParser in) throws IOException {
        List<BlockTempo> out = new ArrayList<>();
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            int block = -1;
            String name = null;
            double bpm = 0;
            boolean song = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "block" -> block = in.getIntValue();
                    case "name" -> name = text(in);
                    case "bpm" -> bpm = in.getDoubleValue();
                    case "song" -> song = in.getBooleanValue();
                    default -> in.skipChildren();
                }
            }
            out.add(new BlockTempo(block, name, bpm, song));
        }
        return out;
    }

    /** Decodes a session's details on their own (for {@link Details}). */
    static Details.Parts decodeDetails(byte[] buffer, int offset, int length) throws IOException {
        try (JsonParser in = FACTORY.createParser(buffer, offset, length)) {
            in.nextToken();
            Details.Parts parts = details(in);
            if (in.nextToken() != null) {
                throw new IOException("text after the details");
            }
            return parts;
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static Details.Parts details(JsonParser in) throws IOException {
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        List<BlockTempo> tempos = List.of();
        List<TimingCheck> timing = List.of();
        List<ExerciseRating> exerciseRatings = List.of();
        List<StepRecord> steps = List.of();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "tempos" -> tempos = tempos(in);
                case "timing" -> timing = timing(in);
                case "exercise_ratings" -> exerciseRatings = exerciseRatings(in);
                case "steps" -> steps = steps(in);
                default -> in.skipChildren();
            }
        }
        return new Details.Parts(tempos, timing, exerciseRatings, steps);
    }

    private static List<StepRecord> steps(JsonParser in) throws IOException {
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        List<StepRecord> out = new ArrayList<>();
        while (in.nextToken() == JsonToken.START_ARRAY) {
            int index = nextInt(in);
            int block = nextInt(in);
            int step = nextInt(in);
            int cycle = nextInt(in);
            in.nextToken();
            String exercise = text(in);
            in.nextToken();
            String level = text(in);
            in.nextToken();
            Side side = side(text(in));
            in.nextToken();
            double bpm = in.getDoubleValue();
            in.nextToken();
            double hold = in.getDoubleValue();
            int reps = nextInt(in);
            List<FootCount> feet = new ArrayList<>(2);
            while (in.nextToken() == JsonToken.START_ARRAY) {
                in.nextToken();
                Side foot = side(text(in));
                feet.add(new FootCount(foot, nextInt(in), nextInt(in), nextInt(in), nextInt(in)));
                expect(in, in.nextToken(), JsonToken.END_ARRAY);
            }
            expect(in, in.currentToken(), JsonToken.END_ARRAY);
            out.add(new StepRecord(index, block, step, cycle, exercise, level, side, bpm, hold, reps, feet));
        }
        expect(in, in.currentToken(), JsonToken.END_ARRAY);
        return out;
    }

    private static int nextInt(JsonParser in) throws IOException {
        expect(in, in.nextToken(), JsonToken.VALUE_NUMBER_INT);
        return in.getIntValue();
    }

    /** A side as written ({@code right-then-left}); quicker than the general enum lookup, as steps are many. */
    private static Side side(String text) throws IOException {
        if (text == null) {
            throw new IOException("a step without a side");
        }
        return switch (text) {
            case "right" -> Side.RIGHT;
            case "left" -> Side.LEFT;
            case "both" -> Side.BOTH;
            case "right-then-left" -> Side.RIGHT_THEN_LEFT;
            case "left-then-right" -> Side.LEFT_THEN_RIGHT;
            case "alternating" -> Side.ALTERNATING;
            default -> throw new IOException("unknown side '" + text + "'");
        };
    }

    private static Ratings ratings(JsonParser in) throws IOException {
        expect(in, in.currentToken(), JsonToken.START_OBJECT);
        List<ExerciseRating> exercises = List.of();
        List<BlockRating> blocks = List.of();
        Integer pain = null;
        Integer stiffness = null;
        Integer morningPain = null;
        Integer morningStiffness = null;
        Set<RedFlag> flags = Set.of();
        boolean cramp = false;
        String note = null;
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "pain" -> pain = integer(in);
                case "stiffness" -> stiffness = integer(in);
                case "morning_pain" -> morningPain = integer(in);
                case "morning_stiffness" -> morningStiffness = integer(in);
                case "cramp" -> cramp = in.getBooleanValue();
                case "red_flags" -> flags = flags(in);
                case "note" -> note = text(in);
                case "exercises" -> exercises = exerciseRatings(in);
                case "blocks" -> blocks = blockRatings(in);
                default -> in.skipChildren();
            }
        }
        return new Ratings(exercises, blocks, pain, stiffness, morningPain, morningStiffness, flags, cramp, note);
    }

    private static List<ExerciseRating> exerciseRatings(JsonParser in) throws IOException {
        List<ExerciseRating> out = new ArrayList<>();
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            String exercise = null;
            Effort effort = null;
            Integer pain = null;
            Side harder = null;
            Boolean formOk = null;
            Double bestHold = null;
            boolean cramp = false;
            Set<RedFlag> flags = Set.of();
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "exercise" -> exercise = text(in);
                    case "effort" -> effort = effort(text(in));
                    case "pain" -> pain = integer(in);
                    case "harder_side" -> harder = side(text(in));
                    case "form_ok" -> formOk = in.currentToken() == JsonToken.VALUE_NULL ? null : in.getBooleanValue();
                    case "best_hold_s" -> bestHold = in.currentToken() == JsonToken.VALUE_NULL ? null : in.getDoubleValue();
                    case "cramp" -> cramp = in.getBooleanValue();
                    case "red_flags" -> flags = flags(in);
                    default -> in.skipChildren();
                }
            }
            out.add(new ExerciseRating(exercise, effort, pain, harder, formOk, bestHold, cramp, flags));
        }
        return out;
    }

    private static Effort effort(String text) throws IOException {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "easy" -> Effort.EASY;
            case "right" -> Effort.JUST_RIGHT;
            case "hard" -> Effort.HARD;
            default -> throw new IOException("unknown effort '" + text + "'");
        };
    }

    private static List<BlockRating> blockRatings(JsonParser in) throws IOException {
        List<BlockRating> out = new ArrayList<>();
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            int block = -1;
            Boolean onBeat = null;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "block" -> block = in.getIntValue();
                    case "on_beat" -> onBeat = in.getBooleanValue();
                    default -> in.skipChildren();
                }
            }
            out.add(new BlockRating(block, required(onBeat, "on_beat")));
        }
        return out;
    }

    private static Set<RedFlag> flags(JsonParser in) throws IOException {
        EnumSet<RedFlag> out = EnumSet.noneOf(RedFlag.class);
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.VALUE_STRING) {
            out.add(Names.parse(RedFlag.class, in.getText()));
        }
        return out;
    }

    private static List<TimingCheck> timing(JsonParser in) throws IOException {
        List<TimingCheck> out = new ArrayList<>();
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            int block = 0;
            String exercise = null;
            int taps = 0;
            double mean = 0;
            double spread = 0;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "block" -> block = in.getIntValue();
                    case "exercise" -> exercise = text(in);
                    case "taps" -> taps = in.getIntValue();
                    case "mean_ms" -> mean = in.getDoubleValue();
                    case "spread_ms" -> spread = in.getDoubleValue();
                    default -> in.skipChildren();
                }
            }
            out.add(new TimingCheck(block, exercise, taps, mean, spread));
        }
        return out;
    }

    private static String text(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("expected text at " + in.currentName() + ", found " + token);
        }
        return in.getText();
    }

    private static Integer integer(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("expected a whole number at " + in.currentName() + ", found " + token);
        }
        return in.getIntValue();
    }

    private static void expect(JsonParser in, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + in.currentLocation());
        }
    }
}
