package org.toetempo.figure;

import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;

import java.util.List;

/**
 * Where the player is in an exercise: all the figure's pose depends on. The figure has no clock of its own; the
 * engine's phase and progress move it.
 *
 * @param exercise   the exercise
 * @param level      the level played, or {@code null} for the exercise's default
 * @param phases     the rep's phases as played (a step or a level may change the exercise's)
 * @param phaseIndex the phase now, or -1 outside reps (lead-in, rest): the start position
 * @param progress   how far through the phase, 0 to 1
 * @param side       the working foot: {@code RIGHT}, {@code LEFT} or {@code BOTH}; sides done in turn are drawn on
 *                   the foot they start with
 */
public record Moment(Exercise exercise, String level, List<Phase> phases, int phaseIndex, double progress, Side side) {

    public Moment {
        phases = phases == null ? exercise.phases() : List.copyOf(phases);
        side = figureSide(side);
    }

    /** The start position of an exercise at its default level. */
    public static Moment start(Exercise exercise, Side side) {
        return new Moment(exercise, null, exercise.phases(), -1, 0, side);
    }

    /** The same exercise at another phase and progress. */
    public Moment at(int newPhase, double newProgress) {
        return new Moment(exercise, level, phases, newPhase, newProgress, side);
    }

    /** The figure knows right, left and both; a side done on each foot in turn is drawn on the foot it starts with. */
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
}
