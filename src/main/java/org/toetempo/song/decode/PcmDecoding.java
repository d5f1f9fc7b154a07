package org.toetempo.song.decode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** WAV and AIFF through {@code javax.sound.sampled}: 8 to 32-bit integer PCM, 32/64-bit float, and what Java converts (A-law, µ-law). */
final class PcmDecoding {

    private PcmDecoding() {
    }

    static StreamedAudio stream(ByteBuffer bytes, String format, PcmOut out) throws IOException {
        ByteBufferInput input = new ByteBufferInput(bytes);
        AudioInputStream in;
        try {
            in = AudioSystem.getAudioInputStream(new BufferedInputStream(input));
        } catch (UnsupportedAudioFileException e) {
            throw new SongFormatException("unsupported: this " + format + " file's encoding cannot be read", e);
        }
        try (AudioInputStream stream = toPcm(in, format)) {
            AudioFormat f = stream.getFormat();
            int channels = f.getChannels();
            int bytesPerSample = f.getSampleSizeInBits() / 8;
            int frameSize = bytesPerSample * channels;
            if (channels < 1 || bytesPerSample < 1 || frameSize != f.getFrameSize()) {
                throw new SongFormatException("unsupported: " + format + " with " + f);
            }
            boolean floating = f.getEncoding() == AudioFormat.Encoding.PCM_FLOAT;
            boolean unsigned = f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
            boolean big = f.isBigEndian();
            float scale = 1f / channels;
            out.begin(Math.round(f.getSampleRate()), channels);
            byte[] data = new byte[frameSize * 4096];
            int held = 0;
            int read;
            while ((read = stream.read(data, held, data.length - held)) >= 0) {
                held += read;
                int frames = held / frameSize;
                for (int i = 0, p = 0; i < frames; i++) {
                    float sum = 0;
                    short left = 0;
                    short right = 0;
                    for (int c = 0; c < channels; c++, p += bytesPerSample) {
                        float v = sample(data, p, bytesPerSample, big, floating, unsigned);
                        sum += v;
                        if (c == 0) {
                            left = Pcm16.of(v);
                            right = left;
                        } else if (c == 1) {
                            right = Pcm16.of(v);
                        }
                    }
                    out.add(sum * scale, left, right);
                }
                int used = frames * frameSize;
                System.arraycopy(data, used, data, 0, held - used);
                held -= used;
                out.progress(input.fraction());
            }
            out.flush();
            return new StreamedAudio(format, Math.round(f.getSampleRate()), channels, 0, out.frames());
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
