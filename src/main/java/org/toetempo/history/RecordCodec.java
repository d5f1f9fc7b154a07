package org.toetempo.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.toetempo.routine.Side;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of one log entry, on one line (Jackson's streaming API: fast, and no binding magic between the file
 * format and the records). Fields are {@code snake_case}; optional fields are left out when empty; unknown fields
 * are skipped, so a newer version's extra fields do not make a record unreadable.
 */
final class RecordCodec {

    static final int FORMAT = 1;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(64 * 1024).build())
            .build();

    private RecordCodec() {
    }

    static byte[] encode(LogEntry entry) {
        return RecordEncoder.encode(entry);
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
                    case "ratings" -> f.ratings = value == JsonToken.VALUE_NULL ? null : RatingsDecoder.ratings(in);
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
                    yield new LogEntry.Session(new SessionRecord(id, LogTimes.instant(started), LogTimes.instant(ended), zone(), routine,
                            routineName, stage, outcome(outcome), active, planned, tempos, steps,
                            ratings, timing));
                }
                case "ratings" -> new LogEntry.Rate(id, LogTimes.instant(at), required(ratings, "ratings"));
                case "morning" -> new LogEntry.Morning(id, LogTimes.instant(at), pain, stiffness);
                case "delete" -> new LogEntry.Delete(id, LogTimes.instant(at));
                default -> throw new IOException("unknown entry kind '" + kind + "'");
            };
        }

        /** The zone as written; if this Java does not know it, the offset the session had (so its date is still right). */
        private ZoneId zone() throws IOException {
            try {
                String id = required(zone, "zone");
                ZoneId known = LogTimes.ZONES.get(id);
                if (known == null) {
                    known = ZoneId.of(id);
                    LogTimes.ZONES.put(id, known);
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

    static <T> T required(T value, String name) throws IOException {
        if (value == null) {
            throw new IOException("missing " + name);
        }
        return value;
    }

    /** The block tempos; {@code derived[0]} tells whether every one was derived from what its steps played. */
    private static List<BlockTempo> tempos(JsonParser in, boolean[] derived) throws IOException {
        List<BlockTempo> out = new ArrayList<>();
        derived[0] = true;
        expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.START_OBJECT) {
            int block = -1;
            String name = null;
            double bpm = 0;
            boolean song = false;
            boolean played = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                switch (field) {
                    case "block" -> block = in.getIntValue();
                    case "name" -> name = text(in);
                    case "bpm" -> bpm = in.getDoubleValue();
                    case "song" -> song = in.getBooleanValue();
                    case "played" -> played = in.getBooleanValue();
                    default -> in.skipChildren();
                }
            }
            derived[0] &= played;
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
        boolean[] derived = {true};
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String field = in.currentName();
            in.nextToken();
            switch (field) {
                case "tempos" -> tempos = tempos(in, derived);
                case "timing" -> timing = RatingsDecoder.timing(in);
                case "exercise_ratings" -> exerciseRatings = RatingsDecoder.exerciseRatings(in);
                case "steps" -> steps = steps(in);
                default -> in.skipChildren();
            }
        }
        if (!derived[0]) {
            // Written before block tempos were derived from the steps: derive them now (the file stays as it is).
            tempos = PlayedTempo.migrate(tempos, steps);
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

    static int nextInt(JsonParser in) throws IOException {
        expect(in, in.nextToken(), JsonToken.VALUE_NUMBER_INT);
        return in.getIntValue();
    }

    /** A side as written ({@code right-then-left}); quicker than the general enum lookup, as steps are many. */
    static Side side(String text) throws IOException {
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

    static String text(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new IOException("expected text at " + in.currentName() + ", found " + token);
        }
        return in.getText();
    }

    static Integer integer(JsonParser in) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("expected a whole number at " + in.currentName() + ", found " + token);
        }
        return in.getIntValue();
    }

    static void expect(JsonParser in, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + in.currentLocation());
        }
    }
}
