package org.toetempo.song.decode;

import java.util.Arrays;

/** Grows a decoder's output: the mono mix for analysis and, when asked, the 16-bit stereo copy for playback. */
final class PcmCollector {

    private final boolean keepStereo;
    private float[] mono = new float[1 << 16];
    private short[] stereo;
    private int frames;

    PcmCollector(boolean keepStereo) {
        this.keepStereo = keepStereo;
        this.stereo = keepStereo ? new short[1 << 17] : null;
    }

    /** One frame: its left and right samples (the same for a mono file), full scale ±1. */
    void add(float left, float right) {
        if (frames == mono.length) {
            if (frames >= Integer.MAX_VALUE / 4) {
                throw new IllegalStateException("too long to hold in memory");
            }
            mono = Arrays.copyOf(mono, 2 * mono.length);
        }
        mono[frames] = (left + right) * 0.5f;
        if (keepStereo) {
            stereo = Pcm16.ensure(stereo, 2 * frames + 2);
            stereo[2 * frames] = Pcm16.of(left);
            stereo[2 * frames + 1] = Pcm16.of(right);
        }
        frames++;
    }

    int frames() {
        return frames;
    }

    DecodedAudio finish(int sampleRate, int channels, String format) {
        return new DecodedAudio(Arrays.copyOf(mono, frames), sampleRate, channels, format, 0,
                keepStereo ? Arrays.copyOf(stereo, 2 * frames) : null);
    }
}
