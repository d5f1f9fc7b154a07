package org.toetempo.song.decode;

import java.io.IOException;
import java.util.function.DoubleConsumer;

/**
 * A decoder's output on its way to a {@link PcmSink}: frames gathered into blocks, the encoder's delay cut from the
 * start and the padding from the end (a gapless player's trim), a song too long to play refused as it is decoded,
 * and the share of the file decoded passed on for a progress line.
 */
final class PcmOut {

    /** Longer songs are refused: four hours of 44.1 kHz stereo is 2.5 GB of PCM to spool for playback. */
    static final double MAX_HOURS = 4;

    private static final int BLOCK = 4096;

    /** A sink's or the length check's failure, carried out of decoder callbacks that cannot throw it. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop(IOException cause) {
            super(cause);
        }

        IOException reason() {
            return (IOException) getCause();
        }
    }

    private final PcmSink sink;
    private final DoubleConsumer progress;
    private final float[] mono = new float[BLOCK];
    private final short[] stereo = new short[2 * BLOCK];
    private int filled;
    private long skip;
    private long limit = Long.MAX_VALUE;
    private long seen;
    private long sent;
    private long maxFrames = Long.MAX_VALUE;
    private int sampleRate;
    private int channels;
    private int lastPercent = -1;

    PcmOut(PcmSink sink, DoubleConsumer progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /** The rate and channels, before the first frame; again with the same values is fine (a decoder learns them late). */
    void begin(int rate, int fileChannels) {
        if (sampleRate != 0) {
            return;
        }
        sampleRate = rate;
        channels = fileChannels;
        maxFrames = (long) (MAX_HOURS * 3600 * rate);
        try {
            sink.begin(rate, fileChannels);
        } catch (IOException e) {
            throw new Stop(e);
        }
    }

    boolean begun() {
        return sampleRate != 0;
    }

    int sampleRate() {
        return sampleRate;
    }

    int channels() {
        return channels;
    }

    /** Drops the first {@code frames} decoded (the encoder's and decoder's delay). */
    void skip(long frames) {
        skip = frames;
    }

    /** Passes on at most {@code frames} after the skipped ones (the padding at the end is dropped). */
    void limit(long frames) {
        limit = frames;
    }

    /** Tells the sink how many frames will come, when the decoder knows before decoding them. */
    void expect(long frames) {
        sink.expect(frames);
    }

    /** One decoded frame. */
    void add(float monoSample, short left, short right) {
        long index = seen++;
        if (index < skip || sent >= limit) {
            return;
        }
        mono[filled] = monoSample;
        stereo[2 * filled] = left;
        stereo[2 * filled + 1] = right;
        sent++;
        if (++filled == BLOCK) {
            flush();
        }
    }

    /** One decoded frame as floats (full scale ±1): mono is their mean, the 16-bit copy rounded and clipped. */
    void add(float left, float right) {
        add((left + right) * 0.5f, Pcm16.of(left), Pcm16.of(right));
    }

    /** Frames decoded so far, trimmed ones included. */
    long decoded() {
        return seen;
    }

    /** Frames passed on. */
    long frames() {
        return sent;
    }

    /** The share of the file decoded so far, 0 to 1. */
    void progress(double fraction) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent != lastPercent) {
            lastPercent = percent;
            progress.accept(percent / 100.0);
        }
    }

    /** Sends what is gathered; at the end of the song. */
    void flush() {
        if (filled == 0) {
            return;
        }
        if (sent > maxFrames) {
            throw new Stop(new SongFormatException("too long: songs of up to " + (int) MAX_HOURS + " hours can be played"));
        }
        try {
            sink.block(mono, stereo, filled);
        } catch (IOException e) {
            throw new Stop(e);
        }
        filled = 0;
    }
}
