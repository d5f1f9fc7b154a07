package org.toetempo.routine;

import java.util.List;

/**
 * One rung of an exercise's ladder of regressions and progressions.
 *
 * @param phases the rep at this level when it differs from the exercise's (e.g. a hold at the top), else {@code null}
 * @param clip   this level's own video of one rep, else {@code null} (the exercise's is used)
 */
public record Level(String id, String name, String how, List<Phase> phases, Clip clip) {

    /** A level without a video of its own. */
    public Level(String id, String name, String how, List<Phase> phases) {
        this(id, name, how, phases, null);
    }

    public Level withClip(Clip newClip) {
        return new Level(id, name, how, phases, newClip);
    }
}
