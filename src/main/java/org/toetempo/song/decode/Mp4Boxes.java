package org.toetempo.song.decode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks an MP4 file's box structure before the demuxer sees it: every box must lie inside its parent, and every
 * sample table's entry count must fit in its box. jcodec allocates what a count claims, so one flipped byte in an
 * {@code stsz} (0x3fffffff entries) asked for 4 GB; checked here, it is one clear line instead.
 */
final class Mp4Boxes {

    /** Boxes that hold only other boxes, on the way to the sample tables. */
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts");

    private Mp4Boxes() {
    }

    static void check(ByteBuffer bytes) throws SongFormatException {
        walk(bytes, 0, bytes.limit(), 0);
    }

    private static void walk(ByteBuffer b, int from, int to, int depth) throws SongFormatException {
        int at = from;
        while (to - at >= 8) {
            long size = u32(b, at);
            byte[] name = new byte[4];
            b.get(at + 4, name);
            String type = new String(name, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                if (to - at < 16) {
                    throw damaged(type, at, "its 64-bit size is cut off");
                }
                size = u32(b, at + 8) << 32 | u32(b, at + 12);
                header = 16;
            } else if (size == 0) {
                size = to - at;   // "to the end of the file"
            }
            if (size < header || size > to - at) {
                if (depth == 0 && !"moov".equals(type)) {
                    return;   // a cut-off mdat or trailing junk at the top: the demuxer reads what is there
                }
                throw damaged(type, at, "it claims " + size + " bytes where " + (to - at) + " remain");
            }
            int start = at + header;
            int end = (int) (at + size);
            if (CONTAINERS.contains(type)) {
                walk(b, start, end, depth + 1);
            } else {
                checkTable(b, type, start, end, at);
            }
            at = end;
        }
    }

    /** Sample tables: version and flags, [a fixed field,] a count, then count entries of a fixed size. */
    private static void checkTable(ByteBuffer b, String type, int start, int end, int at) throws SongFormatException {
        int countAt;
        int entry;
        switch (type) {
            case "stsz" -> {
                if (end - start < 12) {
                    throw damaged(type, at, "it is too short");
                }
                countAt = start + 8;
                entry = u32(b, start + 4) == 0 ? 4 : 0;
            }
            case "stco", "stss" -> {
                countAt = start + 4;
                entry = 4;
            }
            case "co64", "stts", "ctts" -> {
                countAt = start + 4;
                entry = 8;
            }
            case "stsc" -> {
                countAt = start + 4;
                entry = 12;
            }
            default -> {
                return;
            }
        }
        if (end - countAt < 4) {
            throw damaged(type, at, "it is too short");
        }
        long count = u32(b, countAt);
        if (count * entry > end - countAt - 4) {
            throw damaged(type, at, "it claims " + count + " entries, more than its " + (end - countAt - 4)
                    + " bytes hold");
        }
    }

    private static SongFormatException damaged(String type, int at, String what) {
        return new SongFormatException("damaged M4A: the '" + printable(type) + "' box at byte " + at + " is broken ("
                + what + "), so its audio cannot be found");
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? type : "?";
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & 0xffffffffL;
    }
}
