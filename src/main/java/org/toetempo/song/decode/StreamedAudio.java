package org.toetempo.song.decode;

/**
 * What a decoder streamed to its {@link PcmSink}.
 *
 * @param format       {@code WAV}, {@code AIFF}, {@code MP3}, {@code M4A}, {@code OGG} or {@code FLAC}
 * @param sampleRate   frames per second
 * @param channels     channels in the file
 * @param trimmedStart frames cut from the start of the decoder's output (encoder and decoder delay)
 * @param frames       frames passed to the sink
 */
public record StreamedAudio(String format, int sampleRate, int channels, int trimmedStart, long frames) {

    public double durationSeconds() {
        return frames / (double) sampleRate;
    }
}
