package org.toetempo.media;

import java.io.IOException;

/** A video that cannot be used as a clip, with one sentence for the user saying why. */
public final class ClipException extends IOException {

    public ClipException(String message) {
        super(message);
    }
}
