package org.toetempo.media;

import org.toetempo.routine.Clip;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Routine;
import org.toetempo.files.AppPaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The user's clip folder: every attached video is copied here under its content's SHA-256 (so the same video
 * attached twice is stored once, and a routine never depends on where a video happened to be), and removed when no
 * routine uses it any more.
 */
public final class ClipStore {

    /** The largest video accepted: a minute of phone video at a high bit rate. */
    public static final long MAX_BYTES = 200L << 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    public ClipStore(Path folder) {
        this.folder = folder;
    }

    /** The clip folder of the user's data folder. */
    public static ClipStore in(AppPaths paths) {
        return new ClipStore(paths.dataDirectory().resolve("clips"));
    }

    public Path folder() {
        return folder;
    }

    /** A stored clip: its name in the folder and what it holds. */
    public record Stored(String file, VideoInfo info) {
    }

    /**
     * Checks a video (MP4/M4V with H.264, at most {@link #MAX_BYTES}) and copies it into the folder under its hash.
     * Nothing is written when it is refused.
     */
    public Stored add(Path source) throws ClipException {
        if (!Files.isRegularFile(source)) {
            throw new ClipException(Files.isDirectory(source) ? "is a folder, not a video" : "no such file");
        }
        try {
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw new ClipException("too large for a clip (" + (size >> 20) + " MB; at most " + (MAX_BYTES >> 20)
                        + " MB): trim it to a few reps");
            }
        } catch (ClipException e) {
            throw e;
        } catch (IOException e) {
            throw new ClipException("cannot be read");
        }
        VideoInfo info = VideoProbe.probe(source);
        String extension = source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".m4v") ? "m4v" : "mp4";
        try (InputStream in = Files.newInputStream(source)) {
            return new Stored(put(in, extension, null, MAX_BYTES), info);
        } catch (ClipException e) {
            throw e;
        } catch (IOException e) {
            throw new ClipException("could not be copied into " + folder + ": " + e.getMessage());
        }
    }

    /**
     * Stores a video from a stream (a bundle's entry), at most {@code maxBytes}; when {@code expected} is given the
     * content's hash must match it. Returns the stored name.
     */
    public String put(InputStream in, String extension, String expected, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve(".incoming." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            MessageDigest sha = sha256();
            long total = 0;
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ClipException("a video unpacks to more than the " + maxBytes + " bytes it may have; refused");
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            if (expected != null && !expected.equals(hash)) {
                throw new ClipException("a video's content does not match its name (damaged or altered)");
            }
            String name = hash + "." + extension;
            Path target = folder.resolve(name);
            if (!Files.exists(target)) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                }
            }
            return name;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The stored video a clip names, if it is here. */
    public Optional<Path> find(Clip clip) {
        return clip == null ? Optional.empty() : find(clip.file());
    }

    public Optional<Path> find(String file) {
        if (file == null || !Clip.FILE.matcher(file).matches()) {
            return Optional.empty();
        }
        Path path = folder.resolve(file);
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    /** Every clip file a routine names (its exercises' and their levels'). */
    public static Set<String> clipsOf(Routine routine) {
        Set<String> files = new LinkedHashSet<>();
        if (routine.exercises() == null) {
            return files;
        }
        for (Exercise e : routine.exercises().values()) {
            if (e.clip() != null) {
                files.add(e.clip().file());
            }
            for (Level l : e.levels() == null ? List.<Level>of() : e.levels()) {
                if (l.clip() != null) {
                    files.add(l.clip().file());
                }
            }
        }
        return files;
    }

    /**
     * Deletes the stored videos none of {@code used} names (what every saved routine and unsaved draft uses);
     * returns how many were removed.
     */
    public int removeUnused(Collection<String> used) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Set<String> keep = Set.copyOf(used);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (Clip.FILE.matcher(name).matches() && !keep.contains(name)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
