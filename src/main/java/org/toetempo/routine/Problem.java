package org.toetempo.routine;

import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.util.Objects;

/**
 * One thing wrong with a routine file, precise enough for a person to fix it:
 * {@code FILE:LINE:COL: $.path.to.field: message}.
 *
 * @param file    the file as the user named it (or the built-in resource name)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when the problem concerns the whole file
 * @param path    JSON path of the field ({@code $} for the whole document)
 * @param message what is wrong and, where possible, how to put it right (in English, as scripts and logs read it)
 * @param phrase  the same message kept as a key and its arguments, to be worded in the app's language; a
 *                message without a key yet is its English text taken as it is
 */
public record Problem(String file, int line, int column, String path, String message, Phrase phrase)
        implements Comparable<Problem> {

    public Problem {
        phrase = phrase == null ? Phrase.literal(message) : phrase;
    }

    /** A problem worded by its phrase: the message is the phrase in English. */
    public Problem(String file, int line, int column, String path, Phrase phrase) {
        this(file, line, column, path, phrase.english(), phrase);
    }

    /** A problem whose message is English only. */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, line, column, path, message, null);
    }

    /** The message in the language of {@code words}. */
    public String message(Messages words) {
        return phrase.in(words);
    }

    /** {@code FILE:LINE:COL: $.path: message} in the language of {@code words}. */
    public String in(Messages words) {
        return file + ":" + line + ":" + column + ": " + path + ": " + message(words);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }

    // The phrase is the message in another form: two problems with the same message are the same problem.
    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p && line == p.line && column == p.column && Objects.equals(file, p.file)
                && Objects.equals(path, p.path) && Objects.equals(message, p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, path, message);
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
