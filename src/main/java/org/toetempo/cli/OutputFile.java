package org.toetempo.cli;

import org.toetempo.text.Messages;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of a command's {@code --out} file. The option itself stays on each command, whose label and help say what
 * is written (FILE.json, FILE.pdf, ...).
 */
final class OutputFile {

    private OutputFile() {
    }

    /** {@link BadInput} when {@code out} is a folder; {@code example} is a file name to suggest instead. */
    static void notAFolder(Path out, String example, Messages words) {
        if (Files.isDirectory(out)) {
            throw new BadInput(words.get("cli.out-is-folder", out.toString(), example));
        }
    }

    /** {@link BadInput} when {@code out} exists and {@code --force} was not given. */
    static void newUnlessForced(Path out, boolean force, Messages words) {
        if (Files.exists(out) && !force) {
            throw new BadInput(words.get("cli.out-exists", out.toString()));
        }
    }
}
