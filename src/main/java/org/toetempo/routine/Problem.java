package org.toetempo.routine;

/**
 * One thing wrong with a routine file, precise enough for a person to fix it:
 * {@code FILE:LINE:COL: $.path.to.field: message}.
 *
 * @param file    the file as the user named it (or the built-in resource name)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when the problem concerns the whole file
 * @param path    JSON path of the field ({@code $} for the whole document)
 * @param message what is wrong and, where possible, how to put it right
 */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }
}
