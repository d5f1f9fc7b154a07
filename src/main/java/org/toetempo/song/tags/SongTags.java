package org.toetempo.song.tags;

import org.toetempo.song.decode.AudioFiles;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A song's title and artist as its tags give them, so the user recognises a song in lists and on the player by
 * what they know it as, not by a file name like {@code track03.mp3}. Reading never fails: a song with damaged or
 * missing tags still plays, and is named by its file.
 *
 * <p>Read from ID3v2.2 to 2.4 and ID3v1 (MP3), iTunes {@code ilst} items (M4A), {@code LIST INFO} (WAV),
 * {@code NAME}/{@code AUTH} (AIFF), and ID3 chunks in WAV and AIFF. Text is trimmed, control characters are
 * removed, and each value is at most 200 characters.
 *
 * @param title  the song's title, never blank: from its tags, else its file name without the extension
 * @param artist the artist, or null when the tags do not say
 */
public record SongTags(String title, String artist) {

    /** The title of a song whose tags and file name say nothing. */
    static final String UNTITLED = "Untitled";

    public SongTags {
        Objects.requireNonNull(title, "title");
    }

    /**
     * The tags in a song file's bytes (the format is recognised by the bytes, as for decoding); {@code file} names
     * the song when they have no title. Accepts anything, nulls included, without throwing.
     */
    public static SongTags read(byte[] bytes, Path file) {
        TagFields found;
        try {
            found = parse(bytes == null ? new byte[0] : bytes);
        } catch (RuntimeException e) {
            // The parsers are fuzzed not to throw; should a file still find a way, it plays untagged all the same.
            found = TagFields.NONE;
        }
        return new SongTags(found.title() != null ? found.title() : titleFrom(file), found.artist());
    }

    /** The tags by format, without the safety net of {@link #read} (so that tests see any failure). */
    static TagFields parse(byte[] bytes) {
        return switch (AudioFiles.sniff(bytes)) {
            case "MP3" -> Id3Tags.readV2(bytes, 0, bytes.length).orElse(Id3Tags.readV1(bytes));
            case "M4A" -> Mp4Tags.read(bytes);
            case "WAV" -> ChunkTags.readWav(bytes);
            case "AIFF" -> ChunkTags.readAiff(bytes);
            default -> TagFields.NONE;
        };
    }

    /** The file's name without its extension (a name that is all extension, like {@code .mp3}, stays whole). */
    static String titleFrom(Path file) {
        Path name = file == null ? null : file.getFileName();
        if (name == null) {
            return UNTITLED;
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        String title = TagText.clean(dot > 0 ? text.substring(0, dot) : text);
        return title != null ? title : UNTITLED;
    }
}
