package org.toetempo.cli;

import java.util.List;

/**
 * Bad input found while running a command (an unknown routine, an invalid file, an option that does not fit the
 * routine): {@link Cli} prints its lines to stderr as they are and exits with {@link Cli#BAD_INPUT}.
 */
final class BadInput extends RuntimeException {

    private final List<String> lines;

    BadInput(String line) {
        this(List.of(line));
    }

    BadInput(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
