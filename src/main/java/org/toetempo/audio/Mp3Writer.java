package org.toetempo.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.VBRTag;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Encodes the player's PCM ({@link Pcm#FORMAT}: 48 kHz, 16-bit, stereo) to MP3 as it comes, block by block: a routine
 * of any length needs only the encoder's own buffers. Constant bit rate, joint stereo, 48 kHz, which every phone plays.
 */
public final class Mp3Writer implements Closeable {

    /** Bit rate: spoken cues and a song stay clear; about 1 MB a minute. */
    public static final int KBPS = 128;

    private final Path file;
    private final OutputStream out;
    private final LameEncoder encoder;
    private final int pcmBlock;
    private final byte[] encoded;
    private long frames;
    private boolean closed;
    private boolean lameTagMissing;

    public Mp3Writer(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.encoder = new LameEncoder(Pcm.FORMAT, KBPS, LameEncoder.CHANNEL_MODE_JOINT_STEREO, LameEncoder.QUALITY_MIDDLE, false);
        this.pcmBlock = encoder.getPCMBufferSize();
        this.encoded = new byte[Math.max(encoder.getMP3BufferSize(), 1 << 16)];
    }

    /** Encodes {@code frameCount} frames of {@code pcm}. */
    public void write(byte[] pcm, int frameCount) throws IOException {
        int bytes = frameCount * Pcm.FRAME_BYTES;
        for (int at = 0; at < bytes; at += pcmBlock) {
            int n = encoder.encodeBuffer(pcm, at, Math.min(pcmBlock, bytes - at), encoded);
            if (n < 0) {
                throw new IOException("the MP3 encoder failed (" + n + ")");
            }
            out.write(encoded, 0, n);
        }
        frames += frameCount;
    }

    /** Frames of PCM written so far. */
    public long frames() {
        return frames;
    }

    /** Flushes the encoder's last frames and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream o = out) {
            int n = encoder.encodeFinish(encoded);
            if (n > 0) {
                o.write(encoded, 0, n);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            writeLameTag(raf);
        } finally {
            encoder.close();
        }
    }

    /**
     * Fills the first frame, which the encoder left blank, with the Xing/LAME header: it holds the encoder's delay and
     * padding, so a gapless decoder (phones, ffmpeg, the app's own) plays sample 0 at frame 0 and every cue at its
     * frame. jump3r's stream API has no call for it (its file front end does it), so its own method is reached by
     * reflection; should that ever fail, the blank frame stays: still a valid MP3, one frame of silence later.
     */
    private void writeLameTag(RandomAccessFile raf) throws IOException {
        try {
            Field flags = LameEncoder.class.getDeclaredField("gfp");
            Field tags = LameEncoder.class.getDeclaredField("vbr");
            flags.setAccessible(true);
            tags.setAccessible(true);
            byte[] frame = new byte[VBRTag.MAXFRAMESIZE];
            int n = ((VBRTag) tags.get(encoder)).getLameTagFrame((LameGlobalFlags) flags.get(encoder), frame);
            if (n <= 0 || n > frame.length) {
                lameTagMissing = true;
                return;
            }
            // The blank frame the encoder reserved at the very start has the same size: overwrite it in place.
            raf.seek(0);
            raf.write(frame, 0, n);
        } catch (ReflectiveOperationException | RuntimeException e) {
            lameTagMissing = true;
        }
    }

    /** Whether the header with the encoder's delay could not be written (the file then starts one frame late). */
    boolean lameTagMissing() {
        return lameTagMissing;
    }
}
