package org.toetempo.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.SourceDataLine;

/** The output line as the audio engine uses it (an interface so tests can stand in for a device). */
interface AudioOutput {

    /** Bytes that can be written without blocking. */
    int available();

    int write(byte[] bytes, int offset, int length);

    /** Frames played since the line opened, as {@link SourceDataLine#getLongFramePosition()}. */
    long framePosition();

    /** Drops what is queued and not yet played. */
    void flush();

    boolean isOpen();

    void close();

    /** Opens output lines. */
    @FunctionalInterface
    interface Factory {
        /** Opens the named device ({@code null}: the default). */
        AudioOutput open(String device, AudioFormat format, int bufferBytes) throws Exception;
    }
}
