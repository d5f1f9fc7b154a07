package org.toetempo.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.toetempo.audio.SoundMode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the settings file's few fields with Jackson's streaming parser. The file is read before the window opens
 * (its theme picks the stylesheet), and building Jackson's object mapper would cost that first frame more than the
 * whole parse; the mapper is made only when settings are saved.
 *
 * <p>A field the file lacks, or gives as {@code null}, keeps its default; fields of a newer version are skipped; a
 * value of the wrong kind (text where a number belongs, an unknown theme) makes the whole file unreadable, as the
 * store expects.
 */
final class SettingsReader {

    private static final JsonFactory JSON = new JsonFactory();

    private SettingsReader() {
    }

    /** The settings in {@code bytes}, or {@code null} when the file holds no JSON value at all. */
    static Settings read(byte[] bytes) throws IOException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Settings defaults = Settings.defaults();
            Settings.Theme theme = defaults.theme();
            SoundMode sound = defaults.sound();
            boolean muted = defaults.muted();
            double clicks = defaults.clickVolume();
            double voice = defaults.voiceVolume();
            double music = defaults.musicVolume();
            Map<String, Integer> latency = defaults.latencyMillis();
            boolean welcomed = defaults.welcomed();
            Settings.ClipLayout layout = defaults.clipLayout();
            String language = defaults.language();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case "theme" -> theme = constant(parser, Settings.Theme.class);
                    case "sound" -> sound = constant(parser, SoundMode.class);
                    case "muted" -> muted = bool(parser);
                    case "click_volume" -> clicks = number(parser);
                    case "voice_volume" -> voice = number(parser);
                    case "music_volume" -> music = number(parser);
                    case "latency_millis" -> latency = latencies(parser);
                    case "welcomed" -> welcomed = bool(parser);
                    case "clip_layout" -> layout = constant(parser, Settings.ClipLayout.class);
                    case "language" -> language = text(parser);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IOException("not one JSON object");
            }
            return new Settings(theme, sound, muted, clicks, voice, music, latency, welcomed, layout, language);
        }
    }

    private static <E extends Enum<E>> E constant(JsonParser parser, Class<E> type) throws IOException {
        String name = text(parser);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException(parser.currentName() + ": unknown value '" + name + "'");
        }
    }

    private static String text(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new IOException(parser.currentName() + ": text expected");
        }
        return parser.getText();
    }

    private static boolean bool(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw new IOException(parser.currentName() + ": true or false expected");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static double number(JsonParser parser) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            throw new IOException(parser.currentName() + ": a number expected");
        }
        return parser.getDoubleValue();
    }

    private static Map<String, Integer> latencies(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("latency_millis: an object expected");
        }
        Map<String, Integer> latencies = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String device = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (!value.isNumeric()) {
                throw new IOException("latency_millis." + device + ": a number expected");
            }
            // Clamped by Settings; a number beyond int's range is as absurd as the largest int.
            double millis = parser.getDoubleValue();
            latencies.put(device, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, millis)));
        }
        return latencies;
    }
}
