package org.toetempo.routine;

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
