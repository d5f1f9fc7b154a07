package org.toetempo.song.tags;

/**
 * Tags in WAV and AIFF chunks: a WAV's {@code LIST} chunk of type {@code INFO} ({@code INAM} title, {@code IART}
 * artist), an AIFF's {@code NAME} and {@code AUTH} chunks, and in either an ID3v2 tag in an {@code id3 } chunk
 * (as iTunes and many taggers write) for what those lack. Chunk sizes are clamped to the file.
 */
final class ChunkTags {

    private static final long UNKNOWN_SIZE = 0xffff_ffffL;

    private ChunkTags() {
    }

    /** RIFF (little-endian sizes; RF64 and BW64 too, whose {@code ds64} chunk holds the data chunk's real size). */
    static TagFields readWav(byte[] b) {
        String title = null;
        String artist = null;
        TagFields id3 = TagFields.NONE;
        long dataSize = -1;
        long pos = 12;
        while (pos + 8 <= b.length) {
            long size = TagBytes.le(b, pos + 4, 4);
            int start = (int) pos + 8;
            if (TagBytes.is(b, pos, "ds64")) {
                dataSize = TagBytes.le(b, start + 8, 8);
            } else if (TagBytes.is(b, pos, "data") && size == UNKNOWN_SIZE && dataSize >= 0) {
                size = Math.min(dataSize, b.length);
            }
            int end = (int) Math.min(b.length, start + size);
            if (TagBytes.is(b, pos, "LIST") && TagBytes.is(b, start, "INFO")) {
                TagFields info = readInfo(b, start + 4, end);
                title = title != null ? title : info.title();
                artist = artist != null ? artist : info.artist();
            } else if (isId3Chunk(b, pos)) {
                id3 = id3.orElse(Id3Tags.readV2(b, start, end));
            }
            pos = start + size + (size & 1);
        }
        return new TagFields(title, artist).orElse(id3);
    }

    private static TagFields readInfo(byte[] b, int from, int to) {
        String title = null;
        String artist = null;
        long pos = from;
        while (pos + 8 <= to) {
            long size = TagBytes.le(b, pos + 4, 4);
            int start = (int) pos + 8;
            int end = (int) Math.min(to, start + size);
            if (TagBytes.is(b, pos, "INAM") && title == null) {
                title = TagText.singleByteOrUtf8(b, start, end);
            } else if (TagBytes.is(b, pos, "IART") && artist == null) {
                artist = TagText.singleByteOrUtf8(b, start, end);
            }
            pos = start + size + (size & 1);
        }
        return new TagFields(title, artist);
    }

    /** AIFF and AIFF-C (big-endian sizes). */
    static TagFields readAiff(byte[] b) {
        String title = null;
        String artist = null;
        TagFields id3 = TagFields.NONE;
        long pos = 12;
        while (pos + 8 <= b.length) {
            long size = TagBytes.be(b, pos + 4, 4);
            int start = (int) pos + 8;
            int end = (int) Math.min(b.length, start + size);
            if (TagBytes.is(b, pos, "NAME") && title == null) {
                title = TagText.singleByteOrUtf8(b, start, end);
            } else if (TagBytes.is(b, pos, "AUTH") && artist == null) {
                artist = TagText.singleByteOrUtf8(b, start, end);
            } else if (isId3Chunk(b, pos)) {
                id3 = id3.orElse(Id3Tags.readV2(b, start, end));
            }
            pos = start + size + (size & 1);
        }
        return new TagFields(title, artist).orElse(id3);
    }

    private static boolean isId3Chunk(byte[] b, long pos) {
        return TagBytes.is(b, pos, "id3 ") || TagBytes.is(b, pos, "ID3 ");
    }
}
