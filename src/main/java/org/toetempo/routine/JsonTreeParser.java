package org.toetempo.routine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.toetempo.text.Phrase.phrase;

/**
 * Turns the bytes of a routine file into a {@link JsonNode} tree with positions, refusing hostile input
 * (oversized, binary, not UTF-8, absurdly deep) with one clear {@link Problem} instead of an exception.
 */
final class JsonTreeParser {

    /** Routine files are small; anything bigger is a mistake or an attack. */
    static final int MAX_BYTES = 1024 * 1024;
    /** A real routine nests about 8 deep; 32 leaves room and stops stack-exhaustion tricks. */
    static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(64 * 1024)
                    .maxNumberLength(32)
                    .build())
            .build();

    /** The tree, or the problems that prevented building it (exactly one of the two is present). */
    record Outcome(JsonNode root, List<Problem> problems) {
    }

    private final String file;

    JsonTreeParser(String file) {
        this.file = file;
    }

    Outcome parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failure(0, 0, tooLarge(bytes.length));
        }
        if (bytes.length == 0) {
            return failure(1, 1, phrase("check.json.empty"));
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return failure(lineOf(bytes, nul), columnOf(bytes, nul), phrase("check.file.binary", String.valueOf(nul)));
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            return failure(lineOf(bytes, bad), columnOf(bytes, bad), phrase("check.file.not-utf8",
                    String.format("0x%02X", bytes[bad] & 0xff), String.valueOf(bad)));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return failure(1, 1, phrase("check.json.none"));
            }
            JsonNode root = read(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return failure(at.getLineNr(), at.getColumnNr(), phrase("check.json.after-end"));
            }
            return new Outcome(root, List.of());
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for depth violations; the parser still knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            // Jackson's own words on a value too long stay English after a worded start, as its syntax errors do.
            return failure(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage().contains("depth")
                            ? phrase("check.json.too-deep", String.valueOf(MAX_DEPTH))
                            : phrase("check.json.too-long", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Jackson's own words say what it expected; they stay English after a worded start
            return failure(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    phrase("check.json.syntax", firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            return failure(0, 0, phrase("check.json.unreadable", String.valueOf(e.getMessage())));
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Parsing an in-memory string: closing cannot lose anything.
            }
        }
    }

    private JsonNode read(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonNode.Member> members = new LinkedHashMap<>();
                List<JsonNode.Member> duplicates = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation nameAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    parser.nextToken();
                    JsonNode.Member member = new JsonNode.Member(name, nameAt.getLineNr(), nameAt.getColumnNr(), read(parser));
                    if (members.putIfAbsent(name, member) != null) {
                        duplicates.add(member);
                    }
                }
                for (JsonNode.Member duplicate : duplicates) {
                    // Kept under a key no real field can have, so the reader reports it where it stands.
                    members.put("\u0000duplicate:" + duplicate.line() + ":" + duplicate.column(), duplicate);
                }
                return new JsonNode.Obj(line, column, members);
            }
            case START_ARRAY: {
                List<JsonNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new JsonNode.Arr(line, column, items);
            }
            case VALUE_STRING:
                return new JsonNode.Text(line, column, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonNode.Num(line, column, parser.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new JsonNode.Bool(line, column, token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new JsonNode.Null(line, column);
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private Outcome failure(int line, int column, Phrase phrase) {
        return new Outcome(null, List.of(new Problem(file, line, column, "$", phrase)));
    }


    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Finds the offset of the first byte that breaks UTF-8 (called only once decoding has failed). */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Column in characters, counting each UTF-8 sequence once (continuation bytes are skipped). */
    private static int columnOf(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** "the file is 3.2 MiB; a routine file may be at most 1 MiB". */
    static Phrase tooLarge(long bytes) {
        return phrase("check.file.too-large", humanSize(bytes));
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
