package org.toetempo.audio;

import java.io.ByteArrayOutputStream;
import java.util.function.LongSupplier;

/**
 * A stand-in sound device that plays in (fake) real time: from the moment it is opened it takes one frame per
 * 1/48000 s of {@code now} from its queue, or plays silence when the queue is empty (an underrun). What it played
 * is kept frame by frame in real time, as a recording of the device's output would be. Its position behaves like
 * Java's ALSA line: frames written minus the device's delay, the device reporting what it consumed in coarse steps
 * (so the position lags and jumps), and a flush (which drops what is queued) leaving it at the frames written.
 *
 * <p>Like PulseAudio's ALSA plugin, it can be made to wait for a nearly full buffer before it starts playing (and
 * again after a flush or an underrun), reporting a position a whole buffer ahead meanwhile.
 */
final class FakeLine implements AudioOutput {

    private final LongSupplier now;
    private final long openedAt;
    private final int capacity;
    private final int granularity;
    private final byte[] queue;
    private int head;
    private int size;
    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();
    private final ByteArrayOutputStream consumed = new ByteArrayOutputStream();
    private long realFrames;
    private long played;
    private long written;
    private long writtenAtFlush;
    private long consumedSinceFlush;
    private long underruns;
    private int flushes;
    boolean open = true;
    boolean failOnWrite;
    boolean frozen;
    /** Behave like PulseAudio through ALSA (see above). */
    boolean pulseLike;
    private boolean playing;

    FakeLine(LongSupplier now, int bufferBytes, int granularityFrames) {
        this.now = now;
        this.openedAt = now.getAsLong();
        this.capacity = bufferBytes / Pcm.FRAME_BYTES;
        this.granularity = granularityFrames;
        this.queue = new byte[capacity * Pcm.FRAME_BYTES];
    }

    private void advance() {
        long target = (now.getAsLong() - openedAt) * Pcm.SAMPLE_RATE / 1_000_000_000L;
        while (realFrames < target && !frozen) {
            if (pulseLike && !playing && size >= capacity - granularity) {
                playing = true;
            }
            if (pulseLike && size == 0) {
                playing = false;
            }
            if (size > 0 && (playing || !pulseLike)) {
                heard.write(queue, head * Pcm.FRAME_BYTES, Pcm.FRAME_BYTES);
                consumed.write(queue, head * Pcm.FRAME_BYTES, Pcm.FRAME_BYTES);
                head = (head + 1) % capacity;
                size--;
                played++;
                consumedSinceFlush++;
            } else {
                heard.write(new byte[Pcm.FRAME_BYTES], 0, Pcm.FRAME_BYTES);
                underruns++;
            }
            realFrames++;
        }
    }

    @Override
    public int available() {
        advance();
        return (capacity - size) * Pcm.FRAME_BYTES;
    }

    @Override
    public int write(byte[] bytes, int offset, int length) {
        if (failOnWrite) {
            throw new IllegalStateException("device unplugged");
        }
        advance();
        int frames = Math.min(length / Pcm.FRAME_BYTES, capacity - size);
        for (int i = 0; i < frames; i++) {
            int at = (head + size) % capacity;
            System.arraycopy(bytes, offset + i * Pcm.FRAME_BYTES, queue, at * Pcm.FRAME_BYTES, Pcm.FRAME_BYTES);
            size++;
        }
        written += frames;
        return frames * Pcm.FRAME_BYTES;
    }

    @Override
    public long framePosition() {
        advance();
        if (pulseLike && !playing) {
            return writtenAtFlush + consumedSinceFlush / granularity * granularity + capacity;
        }
        return writtenAtFlush + consumedSinceFlush / granularity * granularity;
    }

    @Override
    public void flush() {
        advance();
        size = 0;
        playing = false;
        writtenAtFlush = written;
        consumedSinceFlush = 0;
        flushes++;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    /** Everything the device played, one frame per 1/48000 s since it was opened. */
    byte[] heard() {
        advance();
        return heard.toByteArray();
    }

    /** Only the frames the device took from its queue, in order (what was heard, without underrun gaps). */
    byte[] consumed() {
        advance();
        return consumed.toByteArray();
    }

    /** Frames taken from the queue so far. */
    long played() {
        advance();
        return played;
    }

    /** Frames of real time since opening (what was heard, silence included). */
    long realFrames() {
        advance();
        return realFrames;
    }

    long underruns() {
        return underruns;
    }

    int flushes() {
        return flushes;
    }
}
