package org.toetempo.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The framing of the history log: one entry a line,
 *
 * <pre>~tt1 LENGTH CRC32C JSON\n</pre>
 *
 * where LENGTH is the JSON's size in bytes (decimal) and CRC32C its checksum (8 hex digits). JSON written by
 * Jackson never holds a raw line break, so the log reads as text and greps well. A reader accepts an entry only
 * when its length, checksum and JSON all check out; anything else is damage, and reading resumes at the next
 * {@code ~tt1 } marker, wherever it is (a torn write can swallow a line break).
 */
final class LogFormat {

    static final byte[] MAGIC = "~tt1 ".getBytes(StandardCharsets.US_ASCII);
    /** Longest entry accepted, in bytes: far more than any session, far less than memory. */
    static final int MAX_ENTRY = 4 * 1024 * 1024;

    private LogFormat() {
    }

    /** The line for an entry, with its header and final line break. */
    static byte[] frame(byte[] json) {
        CRC32C crc = new CRC32C();
        crc.update(json, 0, json.length);
        byte[] header = String.format(Locale.ROOT, "~tt1 %d %08x ", json.length, crc.getValue())
                .getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[header.length + json.length + 1];
        System.arraycopy(header, 0, line, 0, header.length);
        System.arraycopy(json, 0, line, header.length, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /** An entry found in the log: its bytes are {@code [start, end)}, its line break included when there is one. */
    record Found(int start, int end, LogEntry entry, boolean newline) {
    }

    /** Bytes that are not a readable entry. */
    record Bad(int start, int end, String reason) {
        int length() {
            return end - start;
        }
    }

    record Scan(List<Found> entries, List<Bad> damaged) {
    }

    /**
     * Reads every entry it can; everything else is reported as damaged ranges. Blank lines are ignored. First the
     * framing and checksums are checked in one pass; then the JSON of the entries that passed is decoded
     * (on the caller's thread: the app creates its threads in one place only); an entry whose JSON cannot be decoded
     * is damage like any other.
     */
    static Scan scan(byte[] data, int size) {
        List<Frame> frames = new ArrayList<>();
        List<Bad> damaged = new ArrayList<>();
        int pos = 0;
        int badStart = -1;
        String badReason = null;
        while (pos < size) {
            if (badStart < 0 && (data[pos] == '\n' || data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n')) {
                pos++;
                continue;
            }
            Object attempt = frameAt(data, size, pos);
            if (attempt instanceof Frame frame) {
                if (badStart >= 0) {
                    damaged.add(new Bad(badStart, pos, badReason));
                    badStart = -1;
                }
                frames.add(frame);
                pos = frame.end;
                continue;
            }
            if (badStart < 0) {
                badStart = pos;
                badReason = (String) attempt;
            }
            pos = nextMagic(data, size, pos + 1);
        }
        if (badStart >= 0) {
            damaged.add(new Bad(badStart, size, badReason));
        }
        Object[] decoded = new Object[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            try {
                decoded[i] = RecordCodec.decode(data, frame.json, frame.length);
            } catch (IOException e) {
                decoded[i] = "unreadable by this version: " + e.getMessage();
            }
        }
        List<Found> entries = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Frame frame = frames.get(i);
            if (decoded[i] instanceof LogEntry entry) {
                entries.add(new Found(frame.start, frame.end, entry, frame.newline));
            } else {
                damaged.add(new Bad(frame.start, frame.end, (String) decoded[i]));
            }
        }
        damaged.sort(Comparator.comparingInt(Bad::start));
        return new Scan(entries, merge(damaged));
    }

    /** Touching damaged ranges as one. */
    private static List<Bad> merge(List<Bad> damaged) {
        List<Bad> out = new ArrayList<>(damaged.size());
        for (Bad bad : damaged) {
            Bad last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == bad.start()) {
                out.set(out.size() - 1, new Bad(last.start(), bad.end(), last.reason()));
            } else {
                out.add(bad);
            }
        }
        return out;
    }

    /** A well-framed entry whose checksum matches: {@code [start, end)} with its JSON at {@code json}. */
    private record Frame(int start, int end, int json, int length, boolean newline) {
    }

    /** The frame at {@code pos}, or why there is none (a String). */
    private static Object frameAt(byte[] data, int size, int pos) {
        if (!startsWith(data, size, pos, MAGIC)) {
            return "not an entry";
        }
        int p = pos + MAGIC.length;
        long length = 0;
        int digits = 0;
        while (p < size && data[p] >= '0' && data[p] <= '9' && digits < 8) {
            length = length * 10 + (data[p] - '0');
            p++;
            digits++;
        }
        if (digits == 0 || p >= size || data[p] != ' ') {
            return p >= size ? "cut off in its header" : "a damaged header";
        }
        p++;
        long crc = 0;
        for (int i = 0; i < 8; i++, p++) {
            if (p >= size) {
                return "cut off in its header";
            }
            int digit = Character.digit(data[p], 16);
            if (digit < 0) {
                return "a damaged header";
            }
            crc = crc << 4 | digit;
        }
        if (p >= size || data[p] != ' ') {
            return p >= size ? "cut off in its header" : "a damaged header";
        }
        p++;
        if (length > MAX_ENTRY) {
            return "a damaged header (length " + length + ")";
        }
        long end = p + length;
        if (end > size) {
            return "cut off: " + (size - p) + " of its " + length + " bytes are there";
        }
        // A log that went through Windows (an editor, a sync tool, git) has CRLF line ends: as good as LF.
        int lineEnd = end < size && data[(int) end] == '\n' ? 1
                : end + 1 < size && data[(int) end] == '\r' && data[(int) end + 1] == '\n' ? 2 : 0;
        boolean newline = lineEnd > 0;
        if (!newline && end + 1 == size && data[(int) end] == '\r') {
            lineEnd = 1;    // a CRLF torn after its CR: the LF is added by the repair
        } else if (end < size && !newline) {
            return "its length does not match its contents";
        }
        CRC32C check = new CRC32C();
        check.update(data, p, (int) length);
        if (check.getValue() != crc) {
            return "its checksum does not match its contents";
        }
        return new Frame(pos, (int) end + lineEnd, p, (int) length, newline);
    }

    private static int nextMagic(byte[] data, int size, int from) {
        for (int i = from; i <= size - MAGIC.length; i++) {
            if (data[i] == MAGIC[0] && startsWith(data, size, i, MAGIC)) {
                return i;
            }
        }
        return size;
    }

    private static boolean startsWith(byte[] data, int size, int pos, byte[] prefix) {
        if (pos + prefix.length > size) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[pos + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
