package org.toetempo.figure;

/**
 * The joint angles of one foot: what the skeleton is bent to. Angles in degrees, lengths in millimetres.
 *
 * @param bigToe    big toe at the joint at the ball of the foot (MTP): positive lifts it (extension), negative
 *                  bends it down (flexion)
 * @param smallToes the four small toes at their MTP joints, likewise
 * @param curl      how far the toes' own joints bend (grip, curl, claw), 0 to 1
 * @param spread    toes fanned apart (abduction), 0 to 1
 * @param dome      arch domed (short foot), 0 to 1: the arch rises and the foot shortens
 * @param heel      heel height off the floor, the foot pivoting on the balls of the foot (heel raise)
 * @param roll      rolled onto the outer edge (positive, inversion: the inner edge rises) or the inner edge
 *                  (negative, eversion)
 * @param lift      the whole foot off the floor (the free foot, a hop, a step, carrying a marble)
 * @param forward   the foot moved forward (positive) or back (negative) from its place
 * @param point     the foot pointed in the air (plantarflexion about the ankle), for a foot off the floor
 * @param press     the big toe pressed into the floor, 0 to 1
 * @param ballPress the ball of the big toe pressed into the floor (tripod press), 0 to 1
 */
public record Joints(double bigToe, double smallToes, double curl, double spread, double dome, double heel,
                     double roll, double lift, double forward, double point, double press, double ballPress) {

    /** Standing flat, toes resting on the floor. */
    public static final Joints FLAT = new Joints(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** How far the toes lift in a lift (degrees at the MTP joint). */
    public static final double TOE_LIFT = 34;
    /** How high the heel rises in a heel raise (mm). */
    public static final double HEEL_RAISE = 62;
    /** How far the feet roll to an edge (degrees). */
    public static final double ROLL = 20;

    Joints withBigToe(double v) {
        return new Joints(v, smallToes, curl, spread, dome, heel, roll, lift, forward, point, press, ballPress);
    }

    Joints withSmallToes(double v) {
        return new Joints(bigToe, v, curl, spread, dome, heel, roll, lift, forward, point, press, ballPress);
    }

    Joints withCurl(double v) {
        return new Joints(bigToe, smallToes, v, spread, dome, heel, roll, lift, forward, point, press, ballPress);
    }

    Joints withSpread(double v) {
        return new Joints(bigToe, smallToes, curl, v, dome, heel, roll, lift, forward, point, press, ballPress);
    }

    Joints withDome(double v) {
        return new Joints(bigToe, smallToes, curl, spread, v, heel, roll, lift, forward, point, press, ballPress);
    }

    Joints withHeel(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, v, roll, lift, forward, point, press, ballPress);
    }

    Joints withRoll(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, v, lift, forward, point, press, ballPress);
    }

    Joints withLift(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, roll, v, forward, point, press, ballPress);
    }

    Joints withForward(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, roll, lift, v, point, press, ballPress);
    }

    Joints withPoint(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, roll, lift, forward, v, press, ballPress);
    }

    Joints withPress(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, roll, lift, forward, point, v, ballPress);
    }

    Joints withBallPress(double v) {
        return new Joints(bigToe, smallToes, curl, spread, dome, heel, roll, lift, forward, point, press, v);
    }

    /** The pose {@code t} (0..1) of the way from this one to {@code to}. */
    Joints toward(Joints to, double t) {
        return new Joints(mix(bigToe, to.bigToe, t), mix(smallToes, to.smallToes, t), mix(curl, to.curl, t),
                mix(spread, to.spread, t), mix(dome, to.dome, t), mix(heel, to.heel, t), mix(roll, to.roll, t),
                mix(lift, to.lift, t), mix(forward, to.forward, t), mix(point, to.point, t), mix(press, to.press, t),
                mix(ballPress, to.ballPress, t));
    }

    private static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
