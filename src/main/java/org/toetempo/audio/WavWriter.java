package org.toetempo.audio;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the player's PCM ({@link Pcm#FORMAT}: 48 kHz, 16-bit, stereo) to a WAV file as it comes. */
public final class WavWriter implements Closeable {

    /** The largest data chunk a WAV file can describe. */
    public static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - 36;

    private final Path file;
    private final OutputStream out;
    private long frames;
    private boolean closed;

    public WavWriter(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        out.write(header(0));
    }

    public void write(byte[] pcm, int frameCount) throws IOException {
        if ((frames + frameCount) * Pcm.FRAME_BYTES > MAX_DATA_BYTES) {
            throw new IOException("a WAV file cannot hold more than " + MAX_DATA_BYTES + " bytes of audio");
        }
        out.write(pcm, 0, frameCount * Pcm.FRAME_BYTES);
        frames += frameCount;
    }

    public long frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(header(frames * Pcm.FRAME_BYTES));
        }
    }

    static byte[] header(long dataBytes) {
        byte[] h = new byte[44];
        ascii(h, 0, "RIFF");
        le32(h, 4, 36 + dataBytes);
        ascii(h, 8, "WAVE");
        ascii(h, 12, "fmt ");
        le32(h, 16, 16);
        le16(h, 20, 1);
        le16(h, 22, Pcm.CHANNELS);
        le32(h, 24, Pcm.SAMPLE_RATE);
        le32(h, 28, (long) Pcm.SAMPLE_RATE * Pcm.FRAME_BYTES);
        le16(h, 32, Pcm.FRAME_BYTES);
        le16(h, 34, 16);
        ascii(h, 36, "data");
        le32(h, 40, dataBytes);
        return h;
    }

    private static void ascii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at + i] = (byte) s.charAt(i);
        }
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    private static void le32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >> (8 * i));
        }
    }
}
