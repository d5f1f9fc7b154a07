package org.toetempo.editor;

import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;

import java.nio.file.Path;
import java.util.List;

/**
 * An import file, read and checked, before anything is written. Either refused ({@link #problems()} says why) or
 * ready, possibly with an id clash the user must decide on ({@link ImportDecision}).
 *
 * @param source     the file as the user chose it
 * @param routine    the routine it holds, or {@code null} when refused
 * @param problems   why it cannot be imported, as the loader reports them; empty when it can
 * @param clash      whether its id is already taken, and by what
 * @param clashWith  the routine or file holding the id: a built-in routine's name or a user file's path
 * @param freeId     a free id to offer for "rename" (the id itself when there is no clash)
 */
public record ImportCheck(Path source, Routine routine, List<Problem> problems, Clash clash, String clashWith, String freeId) {

    /** Whose id the imported routine has. */
    public enum Clash {
        /** The id is free: import as it is. */
        NONE,
        /** One of the user's own routines (or a file of theirs) has the id: rename the import, or replace theirs. */
        USER_ROUTINE,
        /** A built-in routine has the id: the import can only be renamed. */
        BUILT_IN
    }

    public ImportCheck {
        problems = List.copyOf(problems);
    }

    static ImportCheck refused(Path source, List<Problem> problems) {
        return new ImportCheck(source, null, problems, Clash.NONE, null, null);
    }

    public boolean ok() {
        return problems.isEmpty() && routine != null;
    }

    /** Replacing is allowed only over the user's own routine (or when nothing clashes). */
    public boolean canReplace() {
        return ok() && clash != Clash.BUILT_IN;
    }

    /** A sentence for the dialog that asks the user ("A routine with the id 'x' exists: ..."). */
    public String question() {
        return switch (clash) {
            case NONE -> "Import '" + routine.name() + "' as " + routine.id() + ".json?";
            case USER_ROUTINE -> "You already have a routine with the id '" + routine.id() + "' (" + clashWith
                    + "). Import this one as a copy, '" + freeId + "', or replace yours?";
            case BUILT_IN -> "'" + routine.id() + "' is the id of the built-in routine " + clashWith
                    + ", which cannot be replaced. Import this one as a copy, '" + freeId + "'?";
        };
    }
}
