package org.toetempo.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.toetempo.routine.Side;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the ratings, exercise ratings, warning signs and timing checks of a log entry (see {@link RecordCodec}). */
final class RatingsDecoder {

    private RatingsDecoder() {
    }

    static Ratings ratings(JsonParser in) throws IOException {
        RecordCodec.expect(in, in.currentToken(), JsonToken.START_OBJECT);
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
                case "pain" -> pain = RecordCodec.integer(in);
                case "stiffness" -> stiffness = RecordCodec.integer(in);
                case "morning_pain" -> morningPain = RecordCodec.integer(in);
                case "morning_stiffness" -> morningStiffness = RecordCodec.integer(in);
                case "cramp" -> cramp = in.getBooleanValue();
                case "red_flags" -> flags = flags(in);
                case "note" -> note = RecordCodec.text(in);
                case "exercises" -> exercises = exerciseRatings(in);
                case "blocks" -> blocks = blockRatings(in);
                default -> in.skipChildren();
            }
        }
        return new Ratings(exercises, blocks, pain, stiffness, morningPain, morningStiffness, flags, cramp, note);
    }

    static List<ExerciseRating> exerciseRatings(JsonParser in) throws IOException {
        List<ExerciseRating> out = new ArrayList<>();
        RecordCodec.expect(in, in.currentToken(), JsonToken.START_ARRAY);
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
                    case "exercise" -> exercise = RecordCodec.text(in);
                    case "effort" -> effort = effort(RecordCodec.text(in));
                    case "pain" -> pain = RecordCodec.integer(in);
                    case "harder_side" -> harder = RecordCodec.side(RecordCodec.text(in));
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

    static Effort effort(String text) throws IOException {
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

    static List<BlockRating> blockRatings(JsonParser in) throws IOException {
        List<BlockRating> out = new ArrayList<>();
        RecordCodec.expect(in, in.currentToken(), JsonToken.START_ARRAY);
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
            out.add(new BlockRating(block, RecordCodec.required(onBeat, "on_beat")));
        }
        return out;
    }

    static Set<RedFlag> flags(JsonParser in) throws IOException {
        EnumSet<RedFlag> out = EnumSet.noneOf(RedFlag.class);
        RecordCodec.expect(in, in.currentToken(), JsonToken.START_ARRAY);
        while (in.nextToken() == JsonToken.VALUE_STRING) {
            out.add(Names.parse(RedFlag.class, in.getText()));
        }
        return out;
    }

    static List<TimingCheck> timing(JsonParser in) throws IOException {
        List<TimingCheck> out = new ArrayList<>();
        RecordCodec.expect(in, in.currentToken(), JsonToken.START_ARRAY);
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
                    case "exercise" -> exercise = RecordCodec.text(in);
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
}
