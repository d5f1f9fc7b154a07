package org.toetempo.song.decode;

/**
 * A song decoded to mono PCM: sample 0 is the first sample of the music as a gapless player plays it (for an MP3
 * with a LAME/Xing info frame, the encoder's delay and the decoder's 529 samples are already cut off, and so is
 * the padding at the end).
 *
 * @param samples           mono samples, the channels averaged, full scale ±1
 * @param sampleRate        samples per second
 * @param channels          channels in the file
 * @param format            what was decoded: {@code WAV}, {@code AIFF}, {@code MP3} or {@code M4A}
 * @param trimmedStart      samples cut from the start of the decoder's output (encoder and decoder delay);
 *                          a player that does not cut them plays everything this much later
 * @param stereo            for playback: the same samples as interleaved 16-bit left/right pairs (a mono file's
 *                          channel in both), or {@code null} when only the analysis' mono was asked for
 */
public record DecodedAudio(float[] samples, int sampleRate, int channels, String format, int trimmedStart,
                           short[] stereo) {

    public DecodedAudio {
        if (sampleRate <= 0 || channels <= 0 || trimmedStart < 0) {
            throw new IllegalArgumentException("bad audio: " + sampleRate + " Hz, " + channels + " channels");
        }
        if (stereo != null && stereo.length != 2 * samples.length) {
            throw new IllegalArgumentException("stereo has " + stereo.length + " samples for " + samples.length + " frames");
        }
    }

    /** Mono only, for analysis. */
    public DecodedAudio(float[] samples, int sampleRate, int channels, String format, int trimmedStart) {
        this(samples, sampleRate, channels, format, trimmedStart, null);
    }

    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }

    /** The delay a player that ignores the gapless information adds, in seconds. */
    public double trimmedStartSeconds() {
        return trimmedStart / (double) sampleRate;
    }
}
