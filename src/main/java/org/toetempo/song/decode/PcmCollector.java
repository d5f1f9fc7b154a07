package org.toetempo.song.decode;

import java.util.Arrays;

/** Keeps a decoder's whole output in memory as {@link DecodedAudio}: for short sounds and the tests. */
final class PcmCollector implements PcmSink {

    private final boolean keepStereo;
    private float[] mono = new float[1 << 16];
    private short[] stereo;
    private int frames;
    private int sampleRate;
    private int channels;

    PcmCollector(boolean keepStereo) {
        this.keepStereo = keepStereo;
        this.stereo = keepStereo ? new short[1 << 17] : null;
    }

    @Override
    public void begin(int rate, int fileChannels) {
        sampleRate = rate;
        channels = fileChannels;
    }

    @Override
    public void block(float[] m, short[] s, int n) {
        if (frames + n > mono.length) {
            if ((long) frames + n >= Integer.MAX_VALUE / 4) {
                throw new PcmOut.Stop(new SongFormatException("too long to hold in memory"));
            }
            mono = Arrays.copyOf(mono, Math.max(2 * mono.length, frames + n));
        }
        System.arraycopy(m, 0, mono, frames, n);
        if (keepStereo) {
            stereo = Pcm16.ensure(stereo, 2 * (frames + n));
            System.arraycopy(s, 0, stereo, 2 * frames, 2 * n);
        }
        frames += n;
    }

    int frames() {
        return frames;
    }

    DecodedAudio finish(String format, int trimmedStart) {
        return new DecodedAudio(Arrays.copyOf(mono, frames), sampleRate, channels, format, trimmedStart,
                keepStereo ? Arrays.copyOf(stereo, 2 * frames) : null);
    }
}
