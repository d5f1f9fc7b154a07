package org.toetempo.song.tags;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Text in tags: decoding the encodings the formats use, and tidying what was found for display. */
final class TagText {

    /** The longest title or artist kept. */
    static final int MAX_LENGTH = 200;

    /**
     * Single-byte tag text: Windows' superset of Latin-1, since Windows taggers write curly quotes and dashes in
     * bytes that Latin-1 leaves to invisible control codes.
     */
    private static final Charset SINGLE_BYTE = Charset.isSupported("windows-1252")
            ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;

    private TagText() {
    }

    /**
     * Text declared as Latin-1 or plain ASCII, up to its first NUL. Many taggers put UTF-8 there anyway; bytes
     * that are valid UTF-8 with more than ASCII in them are almost never meant as Latin-1, so they are read as UTF-8.
     */
    static String singleByteOrUtf8(byte[] b, int from, int to) {
        int end = firstNul(b, from, to, 1);
        byte[] text = Arrays.copyOfRange(b, from, end);
        String utf8 = strictUtf8(text, text.length);
        // A full fixed-size field (ID3v1's 30 bytes) may cut UTF-8 text's last character short: then the text goes
        // without it, if what comes before is UTF-8 beyond ASCII (and so not Latin-1 ending in, say, "é").
        for (int cut = 1; utf8 == null && end == to && cut <= 3 && cut < text.length; cut++) {
            if ((text[text.length - cut] & 0xc0) == 0xc0) {
                String before = strictUtf8(text, text.length - cut);
                utf8 = before != null && before.chars().anyMatch(c -> c > 0x7f) ? before : null;
            }
        }
        return utf8 != null ? utf8 : new String(text, SINGLE_BYTE);
    }

    private static String strictUtf8(byte[] text, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-8 text up to its first NUL (malformed bytes become U+FFFD). */
    static String utf8(byte[] b, int from, int to) {
        return new String(b, from, firstNul(b, from, to, 1) - from, StandardCharsets.UTF_8);
    }

    /**
     * UTF-16 text up to its first NUL character: big-endian unless a byte order mark says otherwise or, without one,
     * the text plainly starts with a little-endian ASCII character (a common mistake of taggers).
     */
    static String utf16(byte[] b, int from, int to, boolean bomExpected) {
        boolean little = false;
        if (to - from >= 2 && (b[from] & 0xff) == 0xff && (b[from + 1] & 0xff) == 0xfe) {
            little = true;
            from += 2;
        } else if (to - from >= 2 && (b[from] & 0xff) == 0xfe && (b[from + 1] & 0xff) == 0xff) {
            from += 2;
        } else if (bomExpected && to - from >= 2 && b[from] != 0 && b[from + 1] == 0) {
            little = true;
        }
        int end = firstNul(b, from, to, 2);
        end -= (end - from) % 2;
        return new String(b, from, end - from, little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }

    /**
     * Tag text ready to show, or null when nothing is left: line breaks and tabs become spaces, other control
     * characters and byte order marks go, runs of spaces shrink to one, and it is trimmed and cut to
     * {@value #MAX_LENGTH} characters (never in the middle of a surrogate pair).
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 4 * MAX_LENGTH));
        for (int i = 0; i < raw.length() && out.length() < 4 * MAX_LENGTH; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!Character.isISOControl(c) && c != '\ufeff') {
                out.append(c);
            }
        }
        String text = out.toString().strip();
        if (text.length() > MAX_LENGTH) {
            int cut = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, cut).strip();
        }
        return text.isEmpty() ? null : text;
    }

    /** The position of the first NUL unit ({@code width} zero bytes, aligned) in [from, to), or {@code to}. */
    private static int firstNul(byte[] b, int from, int to, int width) {
        for (int i = from; i + width <= to; i += width) {
            boolean nul = true;
            for (int j = 0; j < width; j++) {
                nul &= b[i + j] == 0;
            }
            if (nul) {
                return i;
            }
        }
        return to;
    }
}
