package org.toetempo.editor;

import org.toetempo.routine.Problem;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the loader says about the routine being edited: the same {@link Problem}s as {@code validate} and the
 * library give for the saved file, each also placed on the field a screen shows it next to.
 *
 * <p>Most problems already name their field ({@code $.blocks[0].steps[2].reps}). The loader reports missing
 * required fields on the object that lacks them ({@code $: missing required field 'name'}); here those are placed
 * on the missing field itself ({@code $.name}), one per field; a step with neither reps nor for_seconds on its
 * {@code reps}, a phase with neither beats nor seconds on its {@code beats}. Line and column refer to the file the routine would
 * be saved as, so they are of little use to a screen; the path is what to go by.
 */
public record Validation(List<Problem> problems, List<FieldProblem> fields) {

    private static final Pattern MISSING_ONE = Pattern.compile("missing required field '([^']+)'.*");
    private static final Pattern MISSING_MANY = Pattern.compile("missing required fields (.+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /**
     * A problem placed on a field.
     *
     * @param path    the field's JSON path, as {@link FieldPaths} builds them
     * @param message what to show next to it
     * @param problem the loader's problem it comes from
     */
    public record FieldProblem(String path, String message, Problem problem) {

        /** The message in the language of {@code words} (English {@link #message} where it has no words yet). */
        public String message(Messages words) {
            if (message.equals(problem.message())) {
                return problem.message(words);
            }
            Matcher one = MISSING_ONE.matcher(message);
            return one.matches() ? Phrase.phrase("check.missing", one.group(1)).in(words) : message;
        }
    }

    public Validation {
        problems = List.copyOf(problems);
        fields = List.copyOf(fields);
    }

    public static final Validation OK = new Validation(List.of(), List.of());

    /** Places the loader's problems on fields. */
    public static Validation of(List<Problem> problems) {
        List<FieldProblem> fields = new ArrayList<>();
        for (Problem problem : problems) {
            Matcher one = MISSING_ONE.matcher(problem.message());
            Matcher many = MISSING_MANY.matcher(problem.message());
            if (one.matches()) {
                fields.add(new FieldProblem(FieldPaths.child(problem.path(), one.group(1)), problem.message(), problem));
            } else if (many.matches()) {
                Matcher name = QUOTED.matcher(many.group(1));
                while (name.find()) {
                    fields.add(new FieldProblem(FieldPaths.child(problem.path(), name.group(1)),
                            "missing required field '" + name.group(1) + "'", problem));
                }
            } else if (problem.message().startsWith("missing the dose:")) {
                fields.add(new FieldProblem(FieldPaths.child(problem.path(), "reps"), problem.message(), problem));
            } else if (problem.message().startsWith("missing the length:")) {
                fields.add(new FieldProblem(FieldPaths.child(problem.path(), "beats"), problem.message(), problem));
            } else {
                fields.add(new FieldProblem(problem.path(), problem.message(), problem));
            }
        }
        return new Validation(problems, fields);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The messages for exactly this field (e.g. {@code FieldPaths.step(0, 2, "reps")}). */
    public List<String> at(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).map(FieldProblem::message).toList();
    }

    /** The messages for exactly this field, in the language of {@code words}. */
    public List<String> at(String path, Messages words) {
        return fields.stream().filter(f -> f.path().equals(path)).map(f -> f.message(words)).toList();
    }

    /** The problems of this field and everything inside it (e.g. a whole step, to mark its row). */
    public List<FieldProblem> within(String path) {
        return fields.stream().filter(f -> FieldPaths.within(f.path(), path)).toList();
    }

    /** Each problem as the loader prints it, {@code FILE:LINE:COL: $.path: message}. */
    public List<String> lines() {
        return problems.stream().map(Problem::toString).toList();
    }
}
