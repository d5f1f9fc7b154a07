package org.toetempo.ui.editor;

import org.toetempo.editor.Validation;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says where a problem of the loader is in words a physio reads: "Block 1, step 2 · reps: must be at least 1". */
final class ProblemWords {

    private static final Pattern BLOCK_PATH = Pattern.compile("^\\$\\.blocks\\[(\\d+)](?:\\.steps\\[(\\d+)])?(?:\\.(.*))?$");

    private final Messages messages;

    ProblemWords(Messages messages) {
        this.messages = messages;
    }

    /** "Block 1, step 2 · reps: message"; "Id must be..." when the message names its field already. */
    String text(String path, String message) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String last = cut >= 0 ? path.substring(cut + 1) : path;
        if (!path.startsWith("$.blocks") && !last.isEmpty() && message.startsWith(last + " ")) {
            return Wording.capitalised(message);
        }
        return describe(path) + ": " + message;
    }

    /** "Block 1, step 2 · reps" for a path like {@code $.blocks[0].steps[1].reps}. */
    String describe(String path) {
        Matcher m = BLOCK_PATH.matcher(path);
        if (m.matches()) {
            int block = Integer.parseInt(m.group(1)) + 1;
            String where = m.group(2) == null ? messages.get("editor.where.block", block)
                    : messages.get("editor.where.block-step", block, Integer.parseInt(m.group(2)) + 1);
            return m.group(3) == null ? where : where + " · " + m.group(3).replace('_', ' ');
        }
        if (path.equals("$")) {
            return messages.get("editor.where.routine");
        }
        return path.startsWith("$.") ? Wording.capitalised(path.substring(2).replace('_', ' ')) : path;
    }

    /** The problems as "path: message" lines, for a notice's details (each a link to its field). */
    static List<String> lines(Validation validation, Messages words) {
        return validation.fields().stream().map(f -> f.path() + ": " + f.message(words)).toList();
    }
}
