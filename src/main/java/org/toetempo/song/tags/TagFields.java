package org.toetempo.song.tags;

/**
 * A title and artist as one tag format held them, tidied ({@link TagText#clean}); either may be null. Formats
 * often carry two tags (ID3v2 and ID3v1, RIFF INFO and an ID3 chunk), so what one lacks another may fill in.
 */
record TagFields(String title, String artist) {

    static final TagFields NONE = new TagFields(null, null);

    TagFields {
        title = TagText.clean(title);
        artist = TagText.clean(artist);
    }

    /** These fields, each completed from {@code other} where missing. */
    TagFields orElse(TagFields other) {
        return new TagFields(title != null ? title : other.title, artist != null ? artist : other.artist);
    }
}
