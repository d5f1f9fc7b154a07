package org.toetempo.song.decode;

import java.util.Arrays;

/** 16-bit sample helpers for the decoders' playback copy. */
final class Pcm16 {

    private Pcm16() {
    }

    /** A full-scale float sample (±1) as a 16-bit one, clipped. */
    static short of(float v) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(v * 32768f)));
    }

    /** {@code buffer}, or a copy at least {@code length} long (doubling, as the decoders grow their output). */
    static short[] ensure(short[] buffer, int length) {
        return length <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(2 * buffer.length, length));
    }
}
