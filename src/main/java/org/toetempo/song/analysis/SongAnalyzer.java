package org.toetempo.song.analysis;

import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;
import org.toetempo.song.decode.PcmSink;
import org.toetempo.song.decode.StreamedAudio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.DoubleConsumer;

/**
 * Analyses song files: decode ({@link AudioFiles}) and find the beat ({@link BeatAnalyzer}), timing all of it. The
 * song is decoded in a stream: the analysis keeps its onset envelope, never the song's samples, so an hour-long
 * mix is analysed in a few megabytes of heap. Safe to call from several threads at once.
 */
public final class SongAnalyzer {

    /**
     * The analyzer's version, stored with cached analyses: a cached analysis by another version is done again
     * (the user's corrections are kept).
     */
    public static final int VERSION = 2;

    /** The share of a load's progress that decoding takes; finding the beat in the envelope is the rest. */
    public static final double DECODING_SHARE = 0.85;

    private SongAnalyzer() {
    }

    /** A song file's hash and its analysis. */
    public record Analyzed(String sha256, SongAnalysis analysis) {
    }

    /** What one pass over a song's content gave: its sound's format and length, and its analysis if asked for. */
    public record Streamed(StreamedAudio audio, SongAnalysis analysis) {
    }

    /** Reads, hashes, decodes and analyses a file; {@code analysisSeconds} covers the decoding and the analysis. */
    public static Analyzed analyze(Path file) throws IOException {
        long start = System.nanoTime();
        ByteBuffer bytes = AudioFiles.open(file);
        String hash = sha256(bytes);
        SongAnalysis analysis = stream(bytes, null, true, fraction -> { }, start).analysis();
        return new Analyzed(hash, analysis);
    }

    /** Decodes and analyses a whole file's bytes. */
    public static SongAnalysis analyze(byte[] bytes) throws IOException {
        return stream(ByteBuffer.wrap(bytes), null, true, fraction -> { }, System.nanoTime()).analysis();
    }

    /**
     * Decodes a song's content once, block by block: to {@code playback} (or nowhere, when null) and, with
     * {@code analyse}, into the onset envelope whose beat is then found. {@code progress} hears the share done, 0 to
     * 1 ({@link #DECODING_SHARE} of it decoding); {@code analysisSeconds} counts from {@code startNanos}.
     */
    public static Streamed stream(ByteBuffer bytes, PcmSink playback, boolean analyse, DoubleConsumer progress,
                                  long startNanos) throws IOException {
        OnsetEnvelopeBuilder envelope = analyse ? new OnsetEnvelopeBuilder() : null;
        PcmSink sink = envelope == null ? playback : playback == null ? envelope : PcmSink.both(playback, envelope);
        if (sink == null) {
            throw new IllegalArgumentException("nothing to decode for");
        }
        double share = analyse ? DECODING_SHARE : 1;
        StreamedAudio audio;
        try {
            audio = AudioFiles.stream(bytes, sink, fraction -> progress.accept(fraction * share));
        } catch (IllegalArgumentException e) {
            throw new IOException("unsupported: " + e.getMessage(), e);
        }
        if (!analyse) {
            return new Streamed(audio, null);
        }
        BeatAnalyzer.Tracked tracked = BeatAnalyzer.track(envelope.finish(), envelope.seconds());
        SongAnalysis analysis = BeatAnalyzer.summary(tracked, (System.nanoTime() - startNanos) / 1e9);
        progress.accept(1);
        return new Streamed(audio, analysis);
    }

    /** Analyses audio already decoded; {@code analysisSeconds} counts from {@code startNanos} ({@link System#nanoTime}). */
    public static SongAnalysis analyze(DecodedAudio audio, long startNanos) {
        BeatAnalyzer.Tracked tracked = BeatAnalyzer.track(audio.samples(), audio.sampleRate());
        return BeatAnalyzer.summary(tracked, (System.nanoTime() - startNanos) / 1e9);
    }

    /** The SHA-256 of a file's content, in lower-case hex: the song's identity for the cache. */
    public static String sha256(byte[] bytes) {
        return sha256(ByteBuffer.wrap(bytes));
    }

    /** The same for the bytes from {@code bytes}' position 0 to its limit (the buffer itself is not moved). */
    public static String sha256(ByteBuffer bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes.duplicate().position(0));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
