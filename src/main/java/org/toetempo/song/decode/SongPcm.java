package org.toetempo.song.decode;

import java.nio.ShortBuffer;

/**
 * A song's sound for playback: interleaved 16-bit stereo frames, read by frame number (the player reads exactly the
 * frame its clock asks for). Held in an array for short sounds and tests, or mapped from a spool file
 * ({@link PcmSpool}), so that an hour-long mix costs the heap nothing. Immutable; safe to read from any thread.
 */
public final class SongPcm {

    /** Shorts per mapped segment: 1 GiB, under the 2 GiB a single mapping may span. */
    static final int SEGMENT_SHIFT = 29;
    private static final long SEGMENT_MASK = (1L << SEGMENT_SHIFT) - 1;

    private final ShortBuffer[] segments;
    private final long frames;
    private final int sampleRate;

    SongPcm(ShortBuffer[] segments, long frames, int sampleRate) {
        if (sampleRate <= 0 || frames < 0) {
            throw new IllegalArgumentException("bad sound: " + frames + " frames at " + sampleRate + " Hz");
        }
        this.segments = segments;
        this.frames = frames;
        this.sampleRate = sampleRate;
    }

    /** Interleaved left/right 16-bit samples held in memory (the array is not copied: do not change it). */
    public static SongPcm of(short[] stereo, int sampleRate) {
        if (stereo.length % 2 != 0) {
            throw new IllegalArgumentException("stereo needs an even number of samples, not " + stereo.length);
        }
        return new SongPcm(new ShortBuffer[] {ShortBuffer.wrap(stereo)}, stereo.length / 2, sampleRate);
    }

    public long frames() {
        return frames;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public double durationSeconds() {
        return frames / (double) sampleRate;
    }

    /** Frame {@code frame}'s sample of channel {@code channel} (0 left, 1 right); the frame must be in the song. */
    public short sample(long frame, int channel) {
        long index = 2 * frame + channel;
        return segments[(int) (index >>> SEGMENT_SHIFT)].get((int) (index & SEGMENT_MASK));
    }
}
