package org.toetempo.routine;

import java.util.List;

/**
 * One exercise done for a dose on a side. Optional references are {@code null} when not written.
 *
 * @param reps        reps per set, or 0 when {@code forSeconds} is used
 * @param forSeconds  keep going this long per set, or 0 when {@code reps} is used
 * @param phases      the rep's phases if the step overrides the exercise's, else {@code null}
 * @param cues        the step's own coaching cues, else {@code null}
 */
public record Step(
        String exercise,
        String title,
        String level,
        String onlyAtLevel,
        Side side,
        int sets,
        int reps,
        double forSeconds,
        List<Phase> phases,
        double restBetweenSetsSeconds,
        double restAfterSeconds,
        TempoOverride tempo,
        List<String> cues,
        String prompt,
        String note,
        boolean optional) {
}
