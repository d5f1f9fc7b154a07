package org.toetempo.song.analysis;

import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Analyses song files: read, decode ({@link AudioFiles}) and find the beat ({@link BeatAnalyzer}), timing all of it.
 * Safe to call from several threads at once.
 */
public final class SongAnalyzer {

    /**
     * The analyzer's version, stored with cached analyses: a cached analysis by another version is done again
     * (the user's corrections are kept).
     */
    public static final int VERSION = 2;

    private SongAnalyzer() {
    }

    /** A song file's bytes, their hash and the analysis. */
    public record Analyzed(String sha256, SongAnalysis analysis) {
    }

    /** Reads, hashes, decodes and analyses a file; {@code analysisSeconds} covers the decoding and the analysis. */
    public static Analyzed analyze(Path file) throws IOException {
        long start = System.nanoTime();
        byte[] bytes = AudioFiles.read(file);
        String hash = sha256(bytes);
        SongAnalysis analysis = analyze(bytes, start);
        return new Analyzed(hash, analysis);
    }

    /** Decodes and analyses a whole file's bytes. */
    public static SongAnalysis analyze(byte[] bytes) throws IOException {
        return analyze(bytes, System.nanoTime());
    }

    private static SongAnalysis analyze(byte[] bytes, long startNanos) throws IOException {
        return analyze(AudioFiles.decode(bytes), startNanos);
    }

    /** Analyses audio already decoded; {@code analysisSeconds} counts from {@code startNanos} ({@link System#nanoTime}). */
    public static SongAnalysis analyze(DecodedAudio audio, long startNanos) {
        BeatAnalyzer.Tracked tracked = BeatAnalyzer.track(audio.samples(), audio.sampleRate());
        return BeatAnalyzer.summary(tracked, (System.nanoTime() - startNanos) / 1e9);
    }

    /** The SHA-256 of a file's content, in lower-case hex: the song's identity for the cache. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
