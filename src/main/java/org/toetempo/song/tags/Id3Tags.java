package org.toetempo.song.tags;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * ID3 tags: version 2.2, 2.3 and 2.4 at the start of an MP3 (or inside a WAV or AIFF chunk) and version 1 in the
 * last 128 bytes. Only the title and lead artist frames are read; compressed and encrypted frames are skipped.
 */
final class Id3Tags {

    private static final int HEADER = 10;

    private Id3Tags() {
    }

    /** The ID3v2 tag starting at {@code start}, read no further than {@code end}. */
    static TagFields readV2(byte[] b, int start, int end) {
        if (end - start < HEADER || !TagBytes.is(b, start, "ID3")) {
            return TagFields.NONE;
        }
        int major = b[start + 3] & 0xff;
        int flags = b[start + 5] & 0xff;
        if (major < 2 || major > 4 || major == 2 && (flags & 0x40) != 0) {
            return TagFields.NONE;          // unknown version, or 2.2's never-defined compression
        }
        long size = syncsafe(b, start + 6);
        byte[] body = Arrays.copyOfRange(b, start + HEADER, (int) Math.min(end, start + HEADER + size));
        boolean unsynchronised = (flags & 0x80) != 0;
        if (unsynchronised && major < 4) {
            body = resynchronise(body);     // before 2.4 the whole tag is unsynchronised as one
        }
        int pos = 0;
        if (major > 2 && (flags & 0x40) != 0) {
            long extended = major == 3 ? 4 + TagBytes.be(body, 0, 4) : syncsafe(body, 0);
            if (extended < 4 || extended > body.length) {
                return TagFields.NONE;
            }
            pos = (int) extended;
        }
        return frames(body, pos, major, unsynchronised);
    }

    private static TagFields frames(byte[] body, int pos, int major, boolean allUnsynchronised) {
        int idLength = major == 2 ? 3 : 4;
        int headerLength = major == 2 ? 6 : 10;
        String titleId = major == 2 ? "TT2" : "TIT2";
        String artistId = major == 2 ? "TP1" : "TPE1";
        String title = null;
        String artist = null;
        while (pos + headerLength <= body.length && isFrameId(body, pos, idLength)) {
            long size = frameSize(body, pos, major, idLength);
            int data = pos + headerLength;
            if (size < 0 || size > body.length - data) {
                break;                      // a size that lies: the rest cannot be trusted
            }
            boolean wanted = TagBytes.is(body, pos, titleId) && title == null
                    || TagBytes.is(body, pos, artistId) && artist == null;
            if (wanted) {
                byte[] content = content(body, pos, data, (int) size, major, allUnsynchronised);
                String text = content == null ? null : text(content);
                if (TagBytes.is(body, pos, titleId)) {
                    title = text;
                } else {
                    artist = text;
                }
            }
            pos = data + (int) size;
        }
        return new TagFields(title, artist);
    }

    /**
     * A frame's size. In 2.4 it is syncsafe, but some writers (old iTunes among them) wrote 2.3-style plain sizes
     * there; when only the plain reading lands on another frame (or the padding, or the end), it is taken.
     */
    private static long frameSize(byte[] body, int pos, int major, int idLength) {
        if (major == 2) {
            return TagBytes.be(body, pos + 3, 3);
        }
        long plain = TagBytes.be(body, pos + 4, 4);
        if (major == 3) {
            return plain;
        }
        long safe = syncsafe(body, pos + 4);
        boolean isSyncsafe = (plain & 0x80808080L) == 0;
        if (!isSyncsafe || !followedByFrame(body, pos + 10 + safe, idLength) && followedByFrame(body, pos + 10 + plain, idLength)) {
            return plain;
        }
        return safe;
    }

    private static boolean followedByFrame(byte[] body, long next, int idLength) {
        return next == body.length || next < body.length && (body[(int) next] == 0 || isFrameId(body, next, idLength));
    }

    /** A frame's content with its flags' extra bytes removed and unsynchronisation undone; null if unreadable. */
    private static byte[] content(byte[] body, int pos, int data, int size, int major, boolean allUnsynchronised) {
        int end = data + size;
        int skip = 0;
        boolean unsynchronised = false;
        if (major == 3) {
            int format = body[pos + 9] & 0xff;
            if ((format & 0xc0) != 0) {
                return null;                // compressed or encrypted
            }
            skip = (format & 0x20) != 0 ? 1 : 0;
        } else if (major == 4) {
            int format = body[pos + 9] & 0xff;
            if ((format & 0x0c) != 0) {
                return null;                // compressed or encrypted
            }
            skip = ((format & 0x40) != 0 ? 1 : 0) + ((format & 0x01) != 0 ? 4 : 0);
            unsynchronised = allUnsynchronised || (format & 0x02) != 0;
        }
        if (skip > size) {
            return null;
        }
        byte[] content = Arrays.copyOfRange(body, data + skip, end);
        return unsynchronised ? resynchronise(content) : content;
    }

    /** A text frame's first value, by its encoding byte. */
    private static String text(byte[] content) {
        if (content.length == 0) {
            return null;
        }
        return switch (content[0]) {
            case 0 -> TagText.singleByteOrUtf8(content, 1, content.length);
            case 1 -> TagText.utf16(content, 1, content.length, true);
            case 2 -> TagText.utf16(content, 1, content.length, false);
            case 3 -> TagText.utf8(content, 1, content.length);
            default -> null;
        };
    }

    /** The ID3v1 tag in the last 128 bytes, if there is one. */
    static TagFields readV1(byte[] b) {
        int at = b.length - 128;
        if (at < 0 || !TagBytes.is(b, at, "TAG")) {
            return TagFields.NONE;
        }
        return new TagFields(TagText.singleByteOrUtf8(b, at + 3, at + 33), TagText.singleByteOrUtf8(b, at + 33, at + 63));
    }

    private static boolean isFrameId(byte[] b, long at, int length) {
        if (at < 0 || at + length > b.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte c = b[(int) at + i];
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** A 28-bit number stored 7 bits a byte; -1 past the end. */
    private static long syncsafe(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 7 | b[at + i] & 0x7f;
        }
        return value;
    }

    /** Undoes unsynchronisation: every 0xFF 0x00 was 0xFF. */
    static byte[] resynchronise(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            out.write(b[i]);
            if ((b[i] & 0xff) == 0xff && i + 1 < b.length && b[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }
}
