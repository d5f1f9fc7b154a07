package org.toetempo.song;

import org.toetempo.song.analysis.SongAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Decodes and analyses the bundled demo song (84 s) once, soon after the app starts, so that the
 * user's first song finds the MP3 decoder, the spectra and the beat tracker already loaded and compiled by the JIT
 * (measured in docs/benchmarks.md: in a cold JVM they cost more than the song itself). Quiet: nothing is kept,
 * and a failure only means the first song loads as it would have anyway.
 */
public final class SongWarmUp {

    /**
     * All of the demo (84 s at 120 kbit/s): half a minute of it left the first song with two thirds of the JIT's
     * work still to do (docs/benchmarks.md).
     */
    private static final int BYTES = 2 << 20;
    private static final String DEMO = "/audio/demo/toe-tempo-demo-112bpm.mp3";

    private SongWarmUp() {
    }

    /** Runs the warm-up on the calling thread; returns whether it ran to the end. */
    public static boolean run() {
        try (InputStream in = SongWarmUp.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                return false;
            }
            byte[] head = in.readNBytes(BYTES);
            SongAnalyzer.stream(ByteBuffer.wrap(head), null, true, fraction -> { }, System.nanoTime());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
