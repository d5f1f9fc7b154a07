package org.toetempo.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a user's or the app's own file only when it is a regular file, and never more than a limit. A named pipe
 * would block the reading thread until someone writes to it (so it is refused before it is opened); a device such
 * as {@code /dev/zero} reports size 0 and never ends; a file can grow while it is read. Every refusal is an
 * {@link IOException} whose message is one plain sentence ending the way "the file ..." reads.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /**
     * The whole file, if it is a regular file (a symbolic link to one is fine) of at most {@code maxBytes} bytes.
     *
     * @throws NoSuchFileException when there is no such file (so callers can tell "not yet created" apart)
     * @throws IOException         with a sentence for the user otherwise
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        long size = check(file, maxBytes);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            // Never trust the size for the allocation alone: it is checked again by reading at most one byte more.
            byte[] bytes = new byte[(int) Math.min(maxBytes + 1, Math.max(size, 0) + 1)];
            int filled = 0;
            while (true) {
                if (filled == bytes.length) {
                    if (filled > maxBytes) {
                        throw new IOException("the file grew past " + human(maxBytes) + " while it was read");
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes + 1, Math.max(1024, (long) filled * 2)));
                }
                int n = channel.read(ByteBuffer.wrap(bytes, filled, bytes.length - filled));
                if (n < 0) {
                    break;
                }
                filled += n;
            }
            return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
        } catch (AccessDeniedException e) {
            throw new IOException("the file cannot be read (permission denied)", e);
        }
    }

    /**
     * Checks that the file is a regular file of at most {@code maxBytes} and returns its size; opens nothing, so a
     * pipe never blocks the caller.
     */
    public static long check(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new IOException("the file cannot be read (permission denied)", e);
        }
        if (attributes.isDirectory()) {
            throw new IOException("it is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("it is not a regular file (a device, a pipe or a socket)");
        }
        if (attributes.size() > maxBytes) {
            throw new IOException("the file is " + human(attributes.size()) + "; at most " + human(maxBytes)
                    + " is read");
        }
        return attributes.size();
    }

    /** Whether the path is there but is not a regular file (a pipe, a device, a folder): never to be opened. */
    public static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file);
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 10L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
