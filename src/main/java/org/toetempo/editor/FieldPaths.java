package org.toetempo.editor;

import java.util.regex.Pattern;

/**
 * The JSON paths the loader uses in its messages ({@code $.blocks[0].steps[2].reps}), built from indices, so a
 * screen can ask {@link Validation} for the problems of the field it shows.
 */
public final class FieldPaths {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    /** The whole routine. */
    public static final String ROOT = "$";

    private FieldPaths() {
    }

    /** A top-level field: {@code field("name")} is {@code $.name}; also {@code "tempo"}, {@code "frequency"}... */
    public static String field(String name) {
        return child(ROOT, name);
    }

    /** {@code path.name}, or {@code path['odd name']} for names the loader quotes. */
    public static String child(String path, String name) {
        return PLAIN_KEY.matcher(name).matches() ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** An entry of a top-level list: {@code item("safety", 1)} is {@code $.safety[1]}. */
    public static String item(String listField, int i) {
        return index(field(listField), i);
    }

    public static String stage(int stage) {
        return index(field("stages"), stage);
    }

    public static String block(int block) {
        return index(field("blocks"), block);
    }

    public static String block(int block, String field) {
        return child(block(block), field);
    }

    public static String step(int block, int step) {
        return index(child(block(block), "steps"), step);
    }

    /** A field of a step: {@code step(0, 2, "reps")} is {@code $.blocks[0].steps[2].reps}. */
    public static String step(int block, int step, String field) {
        return child(step(block, step), field);
    }

    public static String phase(int block, int step, int phase) {
        return index(step(block, step, "phases"), phase);
    }

    public static String exercise(String exerciseId) {
        return child(field("exercises"), exerciseId);
    }

    /** True when {@code path} is {@code ancestor} or lies inside it. */
    public static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor) && path.length() > ancestor.length()
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }
}
