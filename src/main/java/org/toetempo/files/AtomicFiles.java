package org.toetempo.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes user files so that a crash never leaves half a file: the bytes go to a temporary file beside the
 * target, are flushed to disk, then the temporary file is moved over the target in one step. The file ends up
 * with the permissions any file the user saves there gets (their umask), or those of the file it replaces: an
 * exported routine or CSV must be readable by whoever it is handed to, not only by its owner. Never writable by
 * everyone, whatever it replaces. A symbolic link to a regular file is kept: the file it points to is replaced
 * (users link their settings into a synced folder); a link to anything else (a device) is replaced by a file.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Files.createDirectories(followLink(target).toAbsolutePath().getParent());
        write(target, temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
    }

    /** What goes into the file, written to a path that does not exist yet (a temporary file beside the target). */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Path temporary) throws IOException;
    }

    /**
     * Writes a file too large to hold in memory (a bundle with its videos, a rendered routine) the same way: the
     * contents are written to a temporary file beside the target, flushed to disk, then moved over the target.
     * If writing fails or is cancelled (an exception), the target is left as it was and the temporary file removed.
     * The target's folder must exist.
     */
    public static void write(Path target, Contents contents) throws IOException {
        Path destination = followLink(target);
        // Not Files.createTempFile: it makes the file readable by its owner only, whatever the umask.
        Path temporary = destination.toAbsolutePath().getParent().resolve("." + destination.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            contents.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(destination, temporary);
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where to write: through a link to a regular file (or to nothing yet), else the path itself. */
    private static Path followLink(Path target) throws IOException {
        Path path = target;
        for (int hops = 0; hops < 16 && Files.isSymbolicLink(path); hops++) {
            Path next = path.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(path));
            if (Files.exists(next, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(next)
                    && !Files.isRegularFile(next, LinkOption.NOFOLLOW_LINKS)) {
                return target;    // a device or a folder: the link itself is replaced by the file
            }
            path = next;
        }
        return Files.isSymbolicLink(path) ? target : path;
    }

    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target) : Files.getPosixFilePermissions(temporary);
        permissions.remove(PosixFilePermission.OTHERS_WRITE);
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
