package org.toetempo.editor;

import org.toetempo.files.AtomicFiles;
import org.toetempo.media.ClipException;
import org.toetempo.media.ClipStore;
import org.toetempo.media.VideoProbe;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A routine with its videos as one file to hand over: a ZIP archive (extension {@code .toetempo}) holding
 * {@code routine.json} (the routine, standalone) and {@code clips/<sha256>.mp4} (or {@code .m4v}) for every clip it
 * names. See docs/routine-format.md.
 *
 * <p>Reading treats the file as hostile. Before anything is extracted, the archive's central directory is read
 * by this class (not trusted to a library that hides it) and refused when it has more than {@link #MAX_ENTRIES}
 * entries; a name other than {@code routine.json} and {@code clips/<hash>.mp4|m4v} (so no {@code ../}, absolute
 * or drive paths); a symbolic link; an encrypted or unusual entry; a declared size over the limits
 * ({@link #MAX_ROUTINE_BYTES}, {@link ClipStore#MAX_BYTES} a video, {@link #MAX_TOTAL_BYTES} in all); or a
 * compression ratio over {@link #MAX_RATIO} (a zip bomb). Extraction then counts the bytes really inflated against
 * the same limits, checks each video's hash against its name and that it is an H.264 MP4, into a staging area that is
 * deleted on any refusal: nothing is written unless everything passes.
 */
public final class RoutineBundle {

    public static final String EXTENSION = ".toetempo";
    public static final String ROUTINE_ENTRY = "routine.json";
    static final Pattern CLIP_ENTRY = Pattern.compile("clips/([0-9a-f]{64})\\.(mp4|m4v)");
    public static final int MAX_ENTRIES = 64;
    public static final long MAX_ROUTINE_BYTES = UserRoutines.MAX_IMPORT_BYTES;
    public static final long MAX_TOTAL_BYTES = 1L << 30;
    /** Videos hardly compress and JSON about 10:1; a far higher ratio is a bomb. */
    public static final long MAX_RATIO = 100;

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RoutineBundle() {
    }

    /** Why a bundle was refused, one sentence. */
    public static final class BundleException extends IOException {
        public BundleException(String message) {
            super(message);
        }
    }

    /** Whether a file is a ZIP archive (a bundle, or something pretending), by its first bytes. */
    public static boolean isBundle(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
        }
    }

    // ------------------------------------------------------------------ writing

    /** Writes the routine and every video it names into one bundle, atomically. */
    public static void write(Routine routine, ClipStore clips, Path target) throws IOException {
        Map<String, Path> videos = new LinkedHashMap<>();
        for (String file : ClipStore.clipsOf(routine)) {
            Path video = clips.find(file).orElseThrow(() -> new IOException("the video " + file.substring(0, 12)
                    + "… is missing from the clip folder; attach it again before sharing"));
            videos.put(file, video);
        }
        AtomicFiles.write(target, temporary -> {
            try (OutputStream file = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(ROUTINE_ENTRY));
                zip.write(RoutineWriter.standalone().bytes(routine));
                zip.closeEntry();
                for (Map.Entry<String, Path> video : videos.entrySet()) {
                    // Videos are compressed already: stored as they are, deflating would only cost time.
                    ZipEntry entry = new ZipEntry("clips/" + video.getKey());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(Files.size(video.getValue()));
                    entry.setCompressedSize(Files.size(video.getValue()));
                    entry.setCrc(crc(video.getValue()));
                    zip.putNextEntry(entry);
                    Files.copy(video.getValue(), zip);
                    zip.closeEntry();
                }
            }
        });
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    // ------------------------------------------------------------------ reading

    /** An entry as the central directory declares it. */
    record Entry(String name, int method, long compressed, long size, boolean symlink, boolean encrypted) {
    }

    /** A bundle read and checked: the routine file's bytes and the videos it holds (not yet extracted). */
    public record Contents(Path file, byte[] routineJson, List<String> clips) {
    }

    /** Reads the directory and the routine file, checking everything but the videos' content. Writes nothing. */
    public static Contents read(Path file) throws BundleException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BundleException("not a regular file");
        }
        List<Entry> entries = directory(file);
        Set<String> names = new HashSet<>();
        List<String> clips = new ArrayList<>();
        long total = 0;
        boolean routine = false;
        for (Entry e : entries) {
            String why = nameProblem(e.name());
            if (why != null) {
                throw new BundleException(why);
            }
            if (!names.add(e.name())) {
                throw new BundleException("'" + e.name() + "' is in the bundle twice");
            }
            if (e.symlink()) {
                throw new BundleException("'" + e.name() + "' is a symbolic link; bundles hold only files");
            }
            if (e.encrypted()) {
                throw new BundleException("'" + e.name() + "' is encrypted");
            }
            if (e.method() != ZipEntry.STORED && e.method() != ZipEntry.DEFLATED) {
                throw new BundleException("'" + e.name() + "' is compressed in a way bundles do not use (method " + e.method() + ")");
            }
            if (e.name().endsWith("/")) {
                continue;
            }
            long limit = e.name().equals(ROUTINE_ENTRY) ? MAX_ROUTINE_BYTES : ClipStore.MAX_BYTES;
            if (e.size() > limit) {
                throw new BundleException("'" + e.name() + "' is " + (e.size() >> 20) + " MB; at most " + (limit >> 20)
                        + " MB " + (e.name().equals(ROUTINE_ENTRY) ? "for the routine" : "a video"));
            }
            if (e.size() > 65_536 && e.size() > MAX_RATIO * Math.max(1, e.compressed())) {
                throw new BundleException("'" + e.name() + "' would inflate " + (e.size() / Math.max(1, e.compressed()))
                        + " times (a zip bomb?); refused");
            }
            total += e.size();
            if (total > MAX_TOTAL_BYTES) {
                throw new BundleException("the bundle would unpack to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
            }
            if (e.name().equals(ROUTINE_ENTRY)) {
                routine = true;
            } else {
                clips.add(e.name().substring("clips/".length()));
            }
        }
        if (!routine) {
            throw new BundleException("no routine.json in the bundle");
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(ROUTINE_ENTRY);
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] json = in.readNBytes((int) MAX_ROUTINE_BYTES + 1);
                if (json.length > MAX_ROUTINE_BYTES || json.length > entry.getSize()) {
                    throw new BundleException("routine.json unpacks to more than it declares; refused");
                }
                return new Contents(file, json, List.copyOf(clips));
            }
        } catch (BundleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BundleException("the bundle is damaged (" + e.getMessage() + ")");
        }
    }

    /** Why a name is not one a bundle may hold, or {@code null} when it is. */
    static String nameProblem(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return "'" + name + "' is an absolute path; a bundle holds only its own files";
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return "'" + name + "' points outside the bundle (../)";
            }
        }
        if (name.equals(ROUTINE_ENTRY) || name.equals("clips/") || CLIP_ENTRY.matcher(name).matches()) {
            return null;
        }
        return "'" + name + "' is not a file a bundle holds (only routine.json and clips/<sha256>.mp4 or .m4v)";
    }

    /**
     * Extracts the videos the routine names into the clip store, each checked (size as inflated, hash against its
     * name, an H.264 MP4), through a staging folder: on any refusal nothing stays. Returns the names newly stored.
     */
    public static List<String> extractClips(Contents contents, Set<String> needed, ClipStore store) throws IOException {
        for (String clip : needed) {
            if (!contents.clips().contains(clip) && store.find(clip).isEmpty()) {
                throw new BundleException("the routine names the video " + clip.substring(0, 12)
                        + "…, which is not in the bundle");
            }
        }
        Files.createDirectories(store.folder());
        Path staging = Files.createDirectory(store.folder().resolve(".staging-" + Long.toUnsignedString(RANDOM.nextLong(), 36)));
        List<String> added = new ArrayList<>();
        try {
            List<Path> staged = new ArrayList<>();
            long total = 0;
            try (ZipFile zip = new ZipFile(contents.file().toFile(), StandardCharsets.UTF_8)) {
                for (String clip : contents.clips()) {
                    if (!needed.contains(clip) || store.find(clip).isPresent()) {
                        continue;
                    }
                    ZipEntry entry = zip.getEntry("clips/" + clip);
                    ClipStore stage = new ClipStore(staging);
                    String stored;
                    try (InputStream in = zip.getInputStream(entry)) {
                        stored = stage.put(in, clip.substring(65), clip.substring(0, 64),
                                Math.min(ClipStore.MAX_BYTES, Math.max(0, entry.getSize())));
                    }
                    Path video = staging.resolve(stored);
                    total += Files.size(video);
                    if (total > MAX_TOTAL_BYTES) {
                        throw new BundleException("the bundle unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB");
                    }
                    try {
                        VideoProbe.probe(video);
                    } catch (ClipException e) {
                        throw new BundleException("clips/" + clip + ": " + e.getMessage());
                    }
                    staged.add(video);
                }
            }
            for (Path video : staged) {
                Path target = store.folder().resolve(video.getFileName().toString());
                if (!Files.exists(target)) {
                    Files.move(video, target, StandardCopyOption.ATOMIC_MOVE);
                    added.add(video.getFileName().toString());
                }
            }
            return added;
        } catch (ClipException e) {
            throw new BundleException(e.getMessage());
        } finally {
            try (Stream<Path> left = Files.list(staging)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    /** The archive's central directory, parsed here so that symlinks and declared sizes are seen. */
    static List<Entry> directory(Path file) throws BundleException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new BundleException("not a Toe Tempo bundle (no ZIP directory found)");
            }
            int count = Short.toUnsignedInt(end.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long offset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (count > MAX_ENTRIES) {
                throw new BundleException("the bundle has " + count + " entries; at most " + MAX_ENTRIES);
            }
            if (count == 0xFFFF || offset == 0xFFFFFFFFL || directorySize > 1 << 20 || offset + directorySize > size) {
                throw new BundleException("the bundle's directory is damaged or too large");
            }
            ByteBuffer cd = read(channel, offset, (int) directorySize);
            List<Entry> entries = new ArrayList<>();
            int p = 0;
            for (int i = 0; i < count; i++) {
                if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL) {
                    throw new BundleException("the bundle's directory is damaged");
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(p + 4)) >>> 8;
                int flags = Short.toUnsignedInt(cd.getShort(p + 8));
                int method = Short.toUnsignedInt(cd.getShort(p + 10));
                long compressed = Integer.toUnsignedLong(cd.getInt(p + 20));
                long uncompressed = Integer.toUnsignedLong(cd.getInt(p + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
                int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
                long external = Integer.toUnsignedLong(cd.getInt(p + 38));
                if (p + 46 + nameLength > cd.limit()) {
                    throw new BundleException("the bundle's directory is damaged");
                }
                byte[] name = new byte[nameLength];
                cd.get(p + 46, name);
                boolean symlink = madeBy == UNIX && ((external >>> 16) & 0170000) == 0120000;
                if (compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL) {
                    throw new BundleException("an entry of the bundle is too large (ZIP64)");
                }
                entries.add(new Entry(new String(name, StandardCharsets.UTF_8), method, compressed, uncompressed,
                        symlink, (flags & 1) != 0));
                p += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        } catch (BundleException e) {
            throw e;
        } catch (IOException e) {
            throw new BundleException("cannot read the bundle: " + e.getMessage());
        }
    }

    private static ByteBuffer read(FileChannel channel, long from, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                throw new BundleException("the bundle is cut short");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
