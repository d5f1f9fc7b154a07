package org.toetempo.song.decode;

import java.io.IOException;

/**
 * A song file that cannot be decoded: an unsupported format (with what to do instead) or a damaged file. The
 * message is written for the user, for example {@code unsupported: M4A (tap the tempo instead)}.
 */
public final class SongFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public SongFormatException(String message) {
        super(message);
    }

    public SongFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
