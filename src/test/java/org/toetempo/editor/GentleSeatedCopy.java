package org.toetempo.editor;

import org.toetempo.files.AppPaths;
import org.toetempo.routine.Routine;

import java.nio.file.Path;

/**
 * The copy a physio makes for a patient, as issue 15 found it: Arch Doming duplicated, renamed, its short foot
 * steps cut to 2 × 6 and slowed to 48 BPM, left at the seated level (so the hop step, written only for the dynamic
 * level, never plays), its summary as the original wrote it (which talks of hops).
 */
public final class GentleSeatedCopy {

    public static final String NAME = "Arch Doming, gentle seated";

    private GentleSeatedCopy() {
    }

    /** The copy, edited in the editor's way, unsaved. */
    public static EditableRoutine edit(UserRoutines routines) {
        Routine arch = routines.library().find("arch-doming").orElseThrow();
        EditableRoutine copy = routines.duplicate(arch);
        copy.execute(Edits.setName(NAME));
        for (int step = 1; step <= 2; step++) {
            copy.execute(StepEdits.setStepSets(0, step, 2));
            copy.execute(StepEdits.setStepReps(0, step, 6));
            copy.execute(StepEdits.setStepBpm(0, step, 48.0));
        }
        return copy;
    }

    /** The copy saved in the user folder of {@code home}; returns the routine as saved. */
    public static Routine saved(Path home) {
        UserRoutines routines = new UserRoutines(new AppPaths(home), EditorFixtures.LIBRARY);
        EditableRoutine copy = edit(routines);
        SaveResult result = routines.save(copy);
        if (!result.ok()) {
            throw new IllegalStateException("the gentle copy did not save: " + result.problems());
        }
        return routines.library().entries().stream().filter(e -> e.ok() && e.routine().name().equals(NAME))
                .findFirst().orElseThrow().routine();
    }
}
