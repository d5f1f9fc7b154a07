package org.toetempo.song.tags;

import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads for the tag parsers: song files come from anywhere, so every size in them may lie, and a
 * read past the end gives a value the callers treat as "no tag" instead of an exception.
 */
final class TagBytes {

    private TagBytes() {
    }

    /** Whether the bytes at {@code at} are {@code id} in ISO-8859-1 (so {@code "\u00a9nam"} works for MP4). */
    static boolean is(byte[] b, long at, String id) {
        if (at < 0 || at + id.length() > b.length) {
            return false;
        }
        byte[] want = id.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < want.length; i++) {
            if (b[(int) at + i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    /** An unsigned big-endian number of {@code length} (1 to 8) bytes, or -1 when that runs past the end. */
    static long be(byte[] b, long at, int length) {
        if (at < 0 || at + length > b.length) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | b[(int) at + i] & 0xff;
        }
        return value;
    }

    /** An unsigned little-endian number of {@code length} (1 to 8) bytes, or -1 when that runs past the end. */
    static long le(byte[] b, long at, int length) {
        if (at < 0 || at + length > b.length) {
            return -1;
        }
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = value << 8 | b[(int) at + i] & 0xff;
        }
        return value;
    }
}
