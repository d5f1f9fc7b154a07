package org.toetempo.handout;

import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;

import java.util.List;
import java.util.Set;

/**
 * The one still of an exercise a handout shows: the foot figure at the pose that says most about the exercise.
 *
 * @param part     what the figure moves
 * @param action   the phase drawn
 * @param progress how far through that phase (1: the movement done)
 * @param side     which foot works: {@code RIGHT}, {@code LEFT} or {@code BOTH} (the figure's own sides)
 */
public record KeyPose(FootPart part, Action action, double progress, Side side) {

    /** Phases that return to rest: their end is the start pose, which shows nothing. */
    private static final Set<Action> RETURNS = Set.of(Action.LOWER, Action.RELEASE, Action.STRAIGHTEN, Action.CENTER);

    /**
     * The key pose of a step: the position held (the phase before a hold), else the furthest position before the first
     * return to rest, else the first phase; drawn on the foot that starts.
     */
    public static KeyPose of(Step step, Exercise exercise) {
        List<Phase> phases = Wording.phasesOf(step, exercise);
        Phase key = phases.isEmpty() ? null : phases.get(0);
        int hold = indexOf(phases, Action.HOLD);
        int firstReturn = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (RETURNS.contains(phases.get(i).action())) {
                firstReturn = i;
                break;
            }
        }
        if (hold > 0) {
            key = phases.get(hold - 1);
        } else if (hold == 0) {
            key = phases.get(0);
        } else if (firstReturn > 0) {
            key = phases.get(firstReturn - 1);
        }
        FootPart part = key == null || key.part() == null ? exercise.figure() : key.part();
        Action action = key == null ? Action.HOLD : key.action();
        double progress = action == Action.HOP || action == Action.STEP ? 0.5 : 1;
        return new KeyPose(part, action, progress, figureSide(step.side()));
    }

    /** The figure knows right, left and both; a step done on each foot in turn is drawn on the foot it starts with. */
    static Side figureSide(Side side) {
        if (side == null) {
            return Side.BOTH;
        }
        return switch (side) {
            case RIGHT, RIGHT_THEN_LEFT, ALTERNATING -> Side.RIGHT;
            case LEFT, LEFT_THEN_RIGHT -> Side.LEFT;
            case BOTH -> Side.BOTH;
        };
    }

    private static int indexOf(List<Phase> phases, Action action) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).action() == action) {
                return i;
            }
        }
        return -1;
    }
}
