package org.toetempo.song.tags;

/**
 * iTunes-style tags in an M4A: the {@code ilst} list under {@code moov/udta/meta} (or {@code moov/meta}), whose
 * {@code ©nam} and {@code ©ART} items each hold a {@code data} box. Boxes are walked by their sizes, which are
 * clamped to their parent, so a cut-off file still yields what it holds.
 */
final class Mp4Tags {

    private Mp4Tags() {
    }

    /** The region [start, end) of a box's content. */
    private record Box(int start, int end) {
    }

    static TagFields read(byte[] b) {
        Box moov = child(b, new Box(0, b.length), "moov");
        if (moov == null) {
            return TagFields.NONE;
        }
        Box udta = child(b, moov, "udta");
        Box meta = udta == null ? null : child(b, udta, "meta");
        if (meta == null) {
            meta = child(b, moov, "meta");
        }
        if (meta == null) {
            return TagFields.NONE;
        }
        // Normally a full box (4 bytes of version and flags first); QuickTime's own is not: then a box size is there.
        Box items = child(b, TagBytes.be(b, meta.start(), 4) == 0 ? new Box(meta.start() + 4, meta.end()) : meta, "ilst");
        if (items == null) {
            return TagFields.NONE;
        }
        return new TagFields(text(b, child(b, items, "\u00a9nam")), text(b, child(b, items, "\u00a9ART")));
    }

    /** An item's text: its {@code data} box holds 4 bytes of type, 4 of locale, then the value. */
    private static String text(byte[] b, Box item) {
        Box data = item == null ? null : child(b, item, "data");
        if (data == null || data.end() - data.start() < 8) {
            return null;
        }
        long type = TagBytes.be(b, data.start(), 4);
        int from = data.start() + 8;
        return switch ((int) type) {
            case 0, 1 -> TagText.utf8(b, from, data.end());        // 0: implicit, in practice UTF-8
            case 2 -> TagText.utf16(b, from, data.end(), false);
            default -> null;                                      // a number or a picture
        };
    }

    /** The first child box of this type within the parent, or null. */
    private static Box child(byte[] b, Box parent, String type) {
        long pos = parent.start();
        while (pos + 8 <= parent.end()) {
            long size = TagBytes.be(b, pos, 4);
            int header = 8;
            if (size == 1) {
                size = TagBytes.be(b, pos + 8, 8);
                header = 16;
            } else if (size == 0) {
                size = parent.end() - pos;      // to the end of the parent
            }
            if (size < header || pos + header > parent.end()) {
                return null;                    // cannot go on from a box this malformed
            }
            long end = size > parent.end() - pos ? parent.end() : pos + size;
            if (TagBytes.is(b, pos + 4, type)) {
                return new Box((int) (pos + header), (int) end);
            }
            pos = end;
        }
        return null;
    }
}
