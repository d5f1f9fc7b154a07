package org.toetempo.routine;

import java.util.List;

/**
 * One rung of an exercise's ladder of regressions and progressions.
 *
 * @param phases  the rep at this level when it differs from the exercise's (e.g. a hold at the top), else {@code null}
 * @param posture the body's posture at this level when it differs from the exercise's (seated, on one leg), else
 *                {@code null}
 */
public record Level(String id, String name, String how, List<Phase> phases, Posture posture) {

    /** A level that keeps the exercise's posture. */
    public Level(String id, String name, String how, List<Phase> phases) {
        this(id, name, how, phases, null);
    }
}
