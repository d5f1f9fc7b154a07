package org.toetempo.routine;

import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in one file, so the user sees them all at once. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(JsonNode node, String path, String message) {
        found.add(new Problem(file, node.line(), node.column(), path, message));
    }

    void at(int line, int column, String path, String message) {
        found.add(new Problem(file, line, column, path, message));
    }

    /** A problem in English ({@code message}) and as a phrase to word in the app's language (the same words). */
    void at(JsonNode node, String path, String message, Phrase phrase) {
        found.add(new Problem(file, node.line(), node.column(), path, message, phrase));
    }

    void at(int line, int column, String path, String message, Phrase phrase) {
        found.add(new Problem(file, line, column, path, message, phrase));
    }

    /** A problem worded by its phrase (its English is the message scripts and logs read). */
    void at(JsonNode node, String path, Phrase phrase) {
        found.add(new Problem(file, node.line(), node.column(), path, phrase));
    }

    void at(int line, int column, String path, Phrase phrase) {
        found.add(new Problem(file, line, column, path, phrase));
    }

    void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in file order. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
