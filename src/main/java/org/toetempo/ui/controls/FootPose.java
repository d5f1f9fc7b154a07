package org.toetempo.ui.controls;

import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;

/**
 * The pose of both feet at one instant, derived from the engine's phase and its progress (the figure has no
 * clock of its own). Amounts run from 0 (at rest) to 1 (fully moved); {@code tilt} and {@code turn} from -1 to 1.
 *
 * @param left  the left foot
 * @param right the right foot
 */
public record FootPose(Foot left, Foot right) {

    /**
     * One foot.
     *
     * @param working    this foot does the exercise (highlighted)
     * @param bigToe     big toe lifted
     * @param lesserToes the four small toes lifted
     * @param spread     toes spread apart
     * @param curl       toes curled or gripping
     * @param pressure   pressure into the floor under the moving part (big-toe press, tripod press)
     * @param arch       arch domed
     * @param heel       heel lifted
     * @param tilt       rolled onto the outer edge (positive) or inner edge (negative)
     * @param lifted     the whole foot off the floor (the free foot in one-leg balance, a hop, a step)
     * @param turn       the body turned toward (positive) or away from (negative) the standing leg
     */
    public record Foot(boolean working, double bigToe, double lesserToes, double spread, double curl, double pressure,
                       double arch, double heel, double tilt, double lifted, double turn) {

        static final Foot REST = new Foot(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Foot working(boolean value) {
            return new Foot(value, bigToe, lesserToes, spread, curl, pressure, arch, heel, tilt, lifted, turn);
        }
    }

    public static final FootPose NEUTRAL = new FootPose(Foot.REST, Foot.REST);

    /** The pose for a phase at {@code progress} (0..1) through it, on the working foot or feet. */
    public static FootPose of(FootPart part, Action action, double progress, Side side) {
        boolean leftWorks = side == Side.LEFT || side == Side.BOTH;
        boolean rightWorks = side == Side.RIGHT || side == Side.BOTH;
        if (part == null || action == null) {
            return new FootPose(Foot.REST.working(leftWorks), Foot.REST.working(rightWorks));
        }
        Foot moved = move(part, action, amount(action, progress), action == Action.ROLL_IN || action == Action.TURN_AWAY ? -1 : 1);
        if (part == FootPart.BALANCE || (part == FootPart.WALK && side != Side.BOTH)) {
            // Standing on the working leg: the other foot is off the floor.
            Foot free = new Foot(false, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
            Foot stance = moved.working(true);
            return side == Side.LEFT ? new FootPose(stance, free) : new FootPose(free, stance);
        }
        return new FootPose(leftWorks ? moved.working(true) : Foot.REST, rightWorks ? moved.working(true) : Foot.REST);
    }

    /** How far the phase's movement has gone: rising for movements away from rest, falling for returns. */
    static double amount(Action action, double progress) {
        double p = Math.max(0, Math.min(1, progress));
        double eased = p * p * (3 - 2 * p);
        return switch (action) {
            case HOLD -> 1;
            case LOWER, RELEASE, STRAIGHTEN, CENTER -> 1 - eased;
            case HOP, STEP -> Math.sin(Math.PI * p);
            default -> eased;
        };
    }

    private static Foot move(FootPart part, Action action, double a, int sign) {
        boolean press = action == Action.PRESS;
        boolean curling = action == Action.CURL || action == Action.GRAB;
        boolean rolling = action == Action.ROLL_IN || action == Action.ROLL_OUT;
        boolean turning = action == Action.TURN_TOWARD || action == Action.TURN_AWAY || action == Action.CENTER;
        if (rolling) {
            return new Foot(true, 0, 0, 0, 0, 0, 0, part == FootPart.FOREFOOT ? 0.6 : 0, sign * a, 0, 0);
        }
        if (action == Action.HOP || action == Action.STEP) {
            return new Foot(true, 0, 0, 0, 0, 0, part == FootPart.ARCH ? 1 : 0, 0, 0, a, 0);
        }
        return switch (part) {
            case BIG_TOE -> press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                    : curling ? new Foot(true, 0, 0, 0, a, 0, 0, 0, 0, 0, 0)
                    : new Foot(true, a, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            case LESSER_TOES -> press ? new Foot(true, 1, 1 - a, 0, 0, a * 0.6, 0, 0, 0, 0, 0)
                    : new Foot(true, 0, a, 0, 0, 0, 0, 0, 0, 0, 0);
            case ALL_TOES -> curling ? new Foot(true, 0, 0, 0, a, 0, 0.3 * a, 0, 0, 0, 0)
                    : press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                    : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
            case TOE_SPREAD -> action == Action.SPREAD || action == Action.HOLD
                    ? new Foot(true, 0.4, 0.4, a, 0, 0, 0, 0, 0, 0, 0)
                    : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
            case ARCH -> curling ? new Foot(true, 0, 0, 0, a, 0, a, 0, 0, 0, 0)
                    : new Foot(true, 0, 0, 0, 0, 0, a, 0, 0, 0, 0);
            case HEEL -> new Foot(true, 0, 0, 0, 0, 0, 0, a, 0, 0, 0);
            case FOREFOOT -> press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                    : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
            case FOOT_EDGES -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, sign * a, 0, 0);
            case BALANCE -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, 0, 0, turning ? sign * a : 0);
            case WALK -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, 0, a, 0);
        };
    }
}
