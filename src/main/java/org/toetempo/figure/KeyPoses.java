package org.toetempo.figure;

import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;

import java.util.List;
import java.util.Set;

/** The one still of a step that says most about it, for a handout or the editor's step list. */
public final class KeyPoses {

    /** Phases that return to rest: their end is the start pose, which shows nothing. */
    private static final Set<Action> RETURNS = Set.of(Action.LOWER, Action.RELEASE, Action.STRAIGHTEN, Action.CENTER);

    private KeyPoses() {
    }

    /**
     * The position held (the phase before a hold), else the furthest position before the first return to rest, else
     * the first phase; the end of that phase (the middle of a hop or a step), on the foot that starts.
     */
    public static Moment of(Step step, Exercise exercise) {
        List<Phase> phases = Wording.phasesOf(step, exercise);
        int key = 0;
        int hold = -1;
        int firstReturn = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (hold < 0 && phases.get(i).action() == Action.HOLD) {
                hold = i;
            }
            if (firstReturn < 0 && RETURNS.contains(phases.get(i).action())) {
                firstReturn = i;
            }
        }
        if (hold > 0) {
            key = hold - 1;
        } else if (hold < 0 && firstReturn > 0) {
            key = firstReturn - 1;
        }
        Action action = phases.isEmpty() ? Action.HOLD : phases.get(key).action();
        double progress = action == Action.HOP || action == Action.STEP ? 0.5 : 1;
        String level = step.level() != null ? step.level() : exercise.defaultLevel();
        return new Moment(exercise, level, phases, key, progress, step.side());
    }
}
