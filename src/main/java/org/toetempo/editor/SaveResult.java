package org.toetempo.editor;

import org.toetempo.routine.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of a save, an import or an export: the file written, or why nothing was written.
 *
 * @param file     the file written, or {@code null} when refused
 * @param problems why it was refused (the loader's problems, or a problem with the id or the target), else empty
 */
public record SaveResult(Path file, List<Problem> problems) {

    public SaveResult {
        problems = List.copyOf(problems);
    }

    static SaveResult written(Path file) {
        return new SaveResult(file, List.of());
    }

    static SaveResult refused(List<Problem> problems) {
        return new SaveResult(null, problems);
    }

    static SaveResult refused(String file, String path, String message) {
        return refused(List.of(new Problem(file, 0, 0, path, message)));
    }

    public boolean ok() {
        return file != null;
    }

    /** The problems, one line each, for a dialog. */
    public String message() {
        return String.join("\n", problems.stream().map(p -> p.line() > 0 ? p.toString() : p.path() + ": " + p.message()).toList());
    }
}
