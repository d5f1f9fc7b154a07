package org.toetempo.song.decode;

import org.toetempo.files.RegularFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.DoubleConsumer;

/**
 * Decodes a song file to mono PCM, recognising the format by its first bytes (not its name): WAV and AIFF through
 * {@code javax.sound.sampled}, MP3 and M4A/AAC through jcodec, OGG Vorbis through JOrbis and FLAC through jFLAC. Every failure is a {@link SongFormatException} or
 * an {@link IOException} whose message can be shown to the user as it is.
 */
public final class AudioFiles {

    /** Songs larger than this are refused (an hour of 320 kbit/s MP3 is 144 MB; a 10-minute WAV is about 100 MB). */
    public static final long MAX_BYTES = 400L << 20;

    /**
     * How far into a file the first MP3 frame is looked for: files with 70 KB of junk (a damaged download, a
     * container's leftovers) before the audio play elsewhere. Two frames in a row of one stream are needed, so
     * random bytes are rarely taken for MP3.
     */
    private static final int MP3_SEARCH = 1 << 20;

    /** Below this a song file is read onto the heap, above it mapped. */
    private static final long SMALL_FILE = 16L << 20;

    /** How much of a large file's start is read for its tags. */
    private static final int TAG_HEAD = 8 << 20;

    private AudioFiles() {
    }

    /** Reads a file's bytes with a clear message for a missing, unreadable or oversized file. */
    public static byte[] read(Path file) throws IOException {
        try {
            refuseFoldersAndDevices(file);
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException("too large for a song (" + (size >> 20) + " MB)");
            }
            return RegularFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot be read (permission denied)", e);
        }
    }

    /**
     * A song file's content for decoding, mapped from the file rather than read onto the heap (an hour's MP3 is
     * 80 MB): the same checks and messages as {@link #read}, and nothing is opened before the file is known to be a
     * regular file, so a pipe never blocks.
     */
    public static ByteBuffer open(Path file) throws IOException {
        try {
            refuseFoldersAndDevices(file);
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IOException("too large for a song (" + (size >> 20) + " MB; at most " + (MAX_BYTES >> 20)
                        + " MB)");
            }
            RegularFiles.check(file, MAX_BYTES);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long length = channel.size();
                if (length > MAX_BYTES) {
                    throw new IOException("too large for a song (" + (length >> 20) + " MB)");
                }
                if (length < SMALL_FILE) {
                    // Small files are read: mapping costs more than it saves, and a file that shrinks while mapped
                    // would fault on access.
                    ByteBuffer bytes = ByteBuffer.allocate((int) length);
                    while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                        // reads until full or the end
                    }
                    return bytes.flip();
                }
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, length);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot be read (permission denied)", e);
        }
    }

    private static void refuseFoldersAndDevices(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a song file");
        }
        if (RegularFiles.isSpecial(file)) {
            // A pipe would block the song loader until someone writes to it; a device never ends.
            throw new IOException("is not a song file but a device, a pipe or a socket");
        }
    }

    /**
     * The bytes that tags live in, as an array: the whole file when it is small; else its first 8 MB (ID3v2, an
     * MP4's front {@code moov}) and its last 128 bytes (ID3v1), so a long mix's tags cost no more than a song's.
     */
    public static byte[] head(ByteBuffer bytes) {
        int length = bytes.limit();
        if (length <= SMALL_FILE) {
            byte[] all = new byte[length];
            bytes.get(0, all);
            return all;
        }
        int front = TAG_HEAD;
        byte[] head = new byte[front + 128];
        bytes.get(0, head, 0, front);
        bytes.get(length - 128, head, front, 128);
        return head;
    }

    public static DecodedAudio decode(Path file) throws IOException {
        return decode(read(file));
    }

    /** Decodes a whole file's bytes to mono, for analysis. */
    public static DecodedAudio decode(byte[] bytes) throws IOException {
        return decode(bytes, false);
    }

    /**
     * Decodes a whole file's bytes into memory; with {@code stereo}, also to interleaved 16-bit stereo for playback
     * ({@link DecodedAudio#stereo()}), trimmed the same way as the mono.
     */
    public static DecodedAudio decode(byte[] bytes, boolean stereo) throws IOException {
        PcmCollector collector = new PcmCollector(stereo);
        StreamedAudio streamed = stream(ByteBuffer.wrap(bytes), collector, fraction -> { });
        return collector.finish(streamed.format(), streamed.trimmedStart());
    }

    /**
     * Decodes a song file's content block by block into {@code sink}, never holding the whole song's PCM;
     * {@code progress} hears the share of the file decoded (0 to 1) as it goes.
     */
    public static StreamedAudio stream(ByteBuffer bytes, PcmSink sink, DoubleConsumer progress) throws IOException {
        ByteBuffer b = bytes.duplicate();
        PcmOut out = new PcmOut(sink, progress);
        String format = sniff(b);
        try {
            StreamedAudio streamed = switch (format) {
                case "WAV", "AIFF" -> PcmDecoding.stream(b, format, out);
                case "MP3" -> Mp3Decoding.stream(b, out);
                case "M4A" -> M4aDecoding.stream(b, out);
                case "OGG" -> OggDecoding.stream(b, out);
                case "FLAC" -> FlacDecoding.stream(b, out);
                case "EMPTY" -> throw new SongFormatException("unsupported: the file is empty");
                default -> throw new SongFormatException("unsupported: " + format
                        + " (songs can be MP3, WAV, AIFF, M4A, OGG Vorbis or FLAC; or tap the tempo instead)");
            };
            out.progress(1);
            return streamed;
        } catch (PcmOut.Stop e) {
            throw e.reason();
        } catch (InternalError e) {
            // A mapped file cut short by someone else while it is decoded faults on access.
            throw new IOException("the file changed while it was read", e);
        }
    }

    /** The format by the file's first bytes: WAV, AIFF, MP3, M4A, OGG, FLAC, or a name for what is not supported. */
    public static String sniff(byte[] b) {
        return sniff(ByteBuffer.wrap(b));
    }

    /** The same for the bytes from {@code b}'s position 0 to its limit. */
    public static String sniff(ByteBuffer b) {
        if (b.limit() == 0) {
            return "EMPTY";
        }
        if (starts(b, 0, "RIFF") && starts(b, 8, "WAVE") || starts(b, 0, "RF64") || starts(b, 0, "BW64")) {
            return "WAV";
        }
        if (starts(b, 0, "FORM") && (starts(b, 8, "AIFF") || starts(b, 8, "AIFC"))) {
            return "AIFF";
        }
        if (starts(b, 4, "ftyp")) {
            return "M4A";
        }
        if (starts(b, 0, "OggS")) {
            return "OGG";
        }
        if (starts(b, 0, "fLaC")) {
            return "FLAC";
        }
        if (starts(b, 0, "MThd")) {
            return "a MIDI file";
        }
        if (b.limit() >= 2 && (b.get(0) & 0xff) == 0xff && (b.get(1) & 0xf6) == 0xf0) {
            return "raw AAC (ADTS)";
        }
        if (starts(b, 0, "ID3") || Mp3Decoding.findFirstFrame(b, 0, Math.min(b.limit(), MP3_SEARCH)) >= 0) {
            return "MP3";
        }
        return "not an audio file this app knows";
    }

    private static boolean starts(ByteBuffer b, int at, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        if (b.limit() < at + want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (b.get(at + i) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
