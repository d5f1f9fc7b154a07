package org.toetempo.song.decode;

import java.io.InputStream;
import java.nio.ByteBuffer;

/** A file's bytes (read or mapped) as a stream, for decoders that read streams; it knows how far it has read. */
final class ByteBufferInput extends InputStream {

    private final ByteBuffer bytes;

    ByteBufferInput(ByteBuffer bytes) {
        this.bytes = bytes.duplicate().position(0);
    }

    /** The share of the bytes read so far, 0 to 1. */
    double fraction() {
        return bytes.limit() == 0 ? 1 : bytes.position() / (double) bytes.limit();
    }

    @Override
    public int read() {
        return bytes.hasRemaining() ? bytes.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!bytes.hasRemaining()) {
            return -1;
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        return bytes.remaining();
    }

    @Override
    public long skip(long n) {
        int k = (int) Math.max(0, Math.min(n, bytes.remaining()));
        bytes.position(bytes.position() + k);
        return k;
    }
}
