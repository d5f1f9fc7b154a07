package org.toetempo.editor;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way a routine file name is made: from a routine id that is lower-case ASCII letters and digits in words
 * joined by {@code -}, at most 64 characters, and not a name Windows reserves. Nothing of an imported file (its
 * name, its {@code $schema}, any text in it) ever becomes part of a path.
 */
final class SafeNames {

    /** The routine format's id rule ({@code Fields.ID} in the reader), ASCII only. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;

    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private SafeNames() {
    }

    /** Why {@code id} cannot name a file, or empty when it can. */
    static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("the routine has no id");
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of("the id must be at most " + MAX_ID_LENGTH + " characters, not " + id.length());
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("the id must be lower-case letters and digits in words joined by '-' (like 'toe-fan'), not '"
                    + printable(id) + "'");
        }
        if (WINDOWS_DEVICES.contains(id)) {
            return Optional.of("'" + id + "' cannot be a file name on Windows; choose another id");
        }
        return Optional.empty();
    }

    /**
     * The file for {@code id} in {@code folder}, checked: a safe id, a plain file name directly in the folder, and
     * no symbolic link, folder or other special file in its place.
     *
     * @throws UnsafeTarget with the reason, when any check fails
     */
    static Path target(Path folder, String id) throws UnsafeTarget {
        Optional<String> problem = problem(id);
        if (problem.isPresent()) {
            throw new UnsafeTarget(problem.get());
        }
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(id + ".json").normalize();
        if (!base.equals(target.getParent()) || !target.getFileName().toString().equals(id + ".json")) {
            throw new UnsafeTarget("the id '" + id + "' does not make a file name inside the routines folder");
        }
        if (Files.isSymbolicLink(target)) {
            throw new UnsafeTarget(target + " is a symbolic link; Toe Tempo will not write through it. Remove it first.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UnsafeTarget(target + " exists and is not a regular file");
        }
        if (Files.exists(base) && !Files.isDirectory(base)) {
            throw new UnsafeTarget("the routines folder " + base + " is not a folder");
        }
        return target;
    }

    /** The id with control and other invisible characters shown as code points, for a message. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? out + "..." : out.toString();
    }

    /** A target that must not be written. */
    static final class UnsafeTarget extends Exception {
        UnsafeTarget(String message) {
            super(message);
        }
    }
}
