package org.toetempo.song.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a song's 16-bit stereo to a file as it is decoded and maps it for playback ({@link SongPcm}): the heap
 * holds one block, however long the song. The file is opened to be deleted on close, and closed as soon as it is
 * mapped: on Linux and macOS it vanishes from the folder at once (the mapping keeps its pages until the song is
 * let go), on Windows when the mapping is released. A spool left by a crash is removed by a later song's.
 */
public final class PcmSpool implements PcmSink, AutoCloseable {

    private static final String PREFIX = ".playing-";
    private static final String SUFFIX = ".pcm";

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.nativeOrder());
    private final ShortBuffer shorts = buffer.asShortBuffer();
    private long frames;
    private int sampleRate;

    /** A new spool file in {@code directory} (created if missing). */
    public PcmSpool(Path directory) throws IOException {
        Files.createDirectories(directory);
        removeStale(directory);
        file = Files.createTempFile(directory, PREFIX, SUFFIX);
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    @Override
    public void begin(int rate, int channels) {
        sampleRate = rate;
    }

    @Override
    public void block(float[] mono, short[] stereo, int n) throws IOException {
        for (int i = 0; i < 2 * n; ) {
            int k = Math.min(shorts.remaining(), 2 * n - i);
            shorts.put(stereo, i, k);
            i += k;
            if (!shorts.hasRemaining()) {
                drain();
            }
        }
        frames += n;
    }

    private void drain() throws IOException {
        buffer.position(0).limit(2 * shorts.position());
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new IOException("the song could not be made ready to play in " + file.getParent() + " ("
                    + (e.getMessage() != null ? e.getMessage() : "no room?") + ")", e);
        }
        buffer.clear();
        shorts.clear();
    }

    /** The spooled sound, mapped; the file is closed (and so deleted where the system allows). */
    public SongPcm finish() throws IOException {
        try {
            drain();
            long shorts = 2 * frames;
            int count = (int) ((shorts + (1L << SongPcm.SEGMENT_SHIFT) - 1) >>> SongPcm.SEGMENT_SHIFT);
            ShortBuffer[] segments = new ShortBuffer[Math.max(1, count)];
            if (shorts == 0) {
                segments[0] = ShortBuffer.allocate(0);
            }
            for (int s = 0; s < count; s++) {
                long from = (long) s << SongPcm.SEGMENT_SHIFT;
                long length = Math.min(shorts - from, 1L << SongPcm.SEGMENT_SHIFT);
                segments[s] = channel.map(FileChannel.MapMode.READ_ONLY, 2 * from, 2 * length)
                        .order(ByteOrder.nativeOrder()).asShortBuffer();
            }
            return new SongPcm(segments, frames, Math.max(1, sampleRate));
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Windows keeps a mapped file until the mapping is released; DELETE_ON_CLOSE removes it then.
        }
    }

    /** Spools older than a day were left by a crash (a song being loaded now is seconds old). */
    private static void removeStale(Path directory) {
        Instant before = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> spools = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path old : spools) {
                FileTime modified = Files.getLastModifiedTime(old);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            // Tidying up is no reason to fail loading a song.
        }
    }
}
