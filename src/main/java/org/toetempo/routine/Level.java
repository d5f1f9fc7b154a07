package org.toetempo.routine;

import java.util.List;

/**
 * One rung of an exercise's ladder of regressions and progressions.
 *
 * @param phases the rep at this level when it differs from the exercise's (e.g. a hold at the top), else {@code null}
 */
public record Level(String id, String name, String how, List<Phase> phases) {
}
