package org.toetempo.song.decode;

import java.io.IOException;

/**
 * Where a decoder's output goes, a block at a time as it is decoded, so that no one needs the whole song's PCM in
 * memory: the analysis builds its onset envelope from the mono mix, the player spools the 16-bit stereo to a file.
 * The blocks' arrays are the decoder's own and are reused: a sink copies what it keeps.
 */
public interface PcmSink {

    /** Before the first block: the rate and the file's channels. */
    void begin(int sampleRate, int channels) throws IOException;

    /**
     * The next {@code frames} frames: {@code mono[i]} the channels averaged (full scale ±1), {@code stereo[2i]} and
     * {@code stereo[2i + 1]} the left and right 16-bit samples (a mono file's channel in both).
     */
    void block(float[] mono, short[] stereo, int frames) throws IOException;

    /** A hint, before the first block, when the decoder knows the song's length: about {@code frames} will come. */
    default void expect(long frames) {
    }

    /** Sends every block to both sinks, {@code first} first. */
    static PcmSink both(PcmSink first, PcmSink second) {
        return new PcmSink() {
            @Override
            public void begin(int sampleRate, int channels) throws IOException {
                first.begin(sampleRate, channels);
                second.begin(sampleRate, channels);
            }

            @Override
            public void expect(long frames) {
                first.expect(frames);
                second.expect(frames);
            }

            @Override
            public void block(float[] mono, short[] stereo, int frames) throws IOException {
                first.block(mono, stereo, frames);
                second.block(mono, stereo, frames);
            }
        };
    }
}
