package org.toetempo.song.decode;

import org.toetempo.files.RegularFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

    private AudioFiles() {
    }

    /** Reads a file's bytes with a clear message for a missing, unreadable or oversized file. */
    public static byte[] read(Path file) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new IOException("is a folder, not a song file");
            }
            if (RegularFiles.isSpecial(file)) {
                // A pipe would block the song loader until someone writes to it; a device never ends.
                throw new IOException("is not a song file but a device, a pipe or a socket");
            }
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

    public static DecodedAudio decode(Path file) throws IOException {
        return decode(read(file));
    }

    /** Decodes a whole file's bytes to mono, for analysis. */
    public static DecodedAudio decode(byte[] bytes) throws IOException {
        return decode(bytes, false);
    }

    /**
     * Decodes a whole file's bytes; with {@code stereo}, also to interleaved 16-bit stereo for playback
     * ({@link DecodedAudio#stereo()}), trimmed the same way as the mono.
     */
    public static DecodedAudio decode(byte[] bytes, boolean stereo) throws IOException {
        String format = sniff(bytes);
        return switch (format) {
            case "WAV", "AIFF" -> PcmDecoding.decode(bytes, format, stereo);
            case "MP3" -> Mp3Decoding.decode(bytes, stereo);
            case "M4A" -> M4aDecoding.decode(bytes, stereo);
            case "OGG" -> OggDecoding.decode(bytes, stereo);
            case "FLAC" -> FlacDecoding.decode(bytes, stereo);
            case "EMPTY" -> throw new SongFormatException("unsupported: the file is empty");
            default -> throw new SongFormatException("unsupported: " + format
                    + " (songs can be MP3, WAV, AIFF, M4A, OGG Vorbis or FLAC; or tap the tempo instead)");
        };
    }

    /** The format by the file's first bytes: WAV, AIFF, MP3, M4A, OGG, FLAC, or a name for what is not supported. */
    public static String sniff(byte[] b) {
        if (b.length == 0) {
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
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xf6) == 0xf0) {
            return "raw AAC (ADTS)";
        }
        if (starts(b, 0, "ID3") || Mp3Decoding.findFirstFrame(b, 0, Math.min(b.length, MP3_SEARCH)) >= 0) {
            return "MP3";
        }
        return "not an audio file this app knows";
    }

    private static boolean starts(byte[] b, int at, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        if (b.length < at + want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (b[at + i] != want[i]) {
                return false;
            }
        }
        return true;
    }
}
