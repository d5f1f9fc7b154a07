package org.toetempo.song.decode;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** WAV and AIFF through {@code javax.sound.sampled}: 8 to 32-bit integer PCM, 32/64-bit float, and what Java converts (A-law, µ-law). */
final class PcmDecoding {

    private PcmDecoding() {
    }

    static DecodedAudio decode(byte[] bytes, String format, boolean keepStereo) throws IOException {
        AudioInputStream in;
        try {
            in = AudioSystem.getAudioInputStream(new BufferedInputStream(new ByteArrayInputStream(bytes)));
        } catch (UnsupportedAudioFileException e) {
            throw new SongFormatException("unsupported: this " + format + " file's encoding cannot be read", e);
        }
        try (AudioInputStream stream = toPcm(in, format)) {
            AudioFormat f = stream.getFormat();
            byte[] data = stream.readAllBytes();
            int channels = f.getChannels();
            int bytesPerSample = f.getSampleSizeInBits() / 8;
            int frameSize = bytesPerSample * channels;
            if (channels < 1 || bytesPerSample < 1 || frameSize != f.getFrameSize()) {
                throw new SongFormatException("unsupported: " + format + " with " + f);
            }
            int frames = data.length / frameSize;
            float[] mono = new float[frames];
            boolean floating = f.getEncoding() == AudioFormat.Encoding.PCM_FLOAT;
            boolean unsigned = f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
            boolean big = f.isBigEndian();
            short[] stereo = keepStereo ? new short[2 * frames] : null;
            float scale = 1f / channels;
            for (int i = 0, p = 0; i < frames; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++, p += bytesPerSample) {
                    float v = sample(data, p, bytesPerSample, big, floating, unsigned);
                    sum += v;
                    if (stereo != null && c < 2) {
                        stereo[2 * i + c] = Pcm16.of(v);
                    }
                }
                mono[i] = sum * scale;
                if (stereo != null && channels == 1) {
                    stereo[2 * i + 1] = stereo[2 * i];
                }
            }
            return new DecodedAudio(mono, Math.round(f.getSampleRate()), channels, format, 0, stereo);
        }
    }

    private static AudioInputStream toPcm(AudioInputStream in, String format) throws SongFormatException {
        AudioFormat f = in.getFormat();
        AudioFormat.Encoding e = f.getEncoding();
        if (e == AudioFormat.Encoding.PCM_SIGNED || e == AudioFormat.Encoding.PCM_UNSIGNED || e == AudioFormat.Encoding.PCM_FLOAT) {
            return in;
        }
        AudioFormat target = new AudioFormat(f.getSampleRate(), 16, f.getChannels(), true, false);
        if (!AudioSystem.isConversionSupported(target, f)) {
            throw new SongFormatException("unsupported: " + format + " encoded as " + e);
        }
        return AudioSystem.getAudioInputStream(target, in);
    }

    private static float sample(byte[] d, int p, int bytes, boolean big, boolean floating, boolean unsigned) {
        long v = 0;
        if (big) {
            for (int i = 0; i < bytes; i++) {
                v = (v << 8) | (d[p + i] & 0xff);
            }
        } else {
            for (int i = bytes - 1; i >= 0; i--) {
                v = (v << 8) | (d[p + i] & 0xff);
            }
        }
        if (floating) {
            return bytes == 8 ? (float) Double.longBitsToDouble(v) : Float.intBitsToFloat((int) v);
        }
        int bits = bytes * 8;
        if (unsigned) {
            return (float) ((v - (1L << (bits - 1))) / (double) (1L << (bits - 1)));
        }
        long signed = (v << (64 - bits)) >> (64 - bits);
        return (float) (signed / (double) (1L << (bits - 1)));
    }
}
