package org.toetempo.figure;

import org.toetempo.routine.Posture;

/**
 * The whole figure at one instant: the posture, both feet and the chest's turn. A value: equal poses draw the same.
 *
 * @param posture the body's posture
 * @param left    the left foot
 * @param right   the right foot
 * @param turn    the chest turned to the person's left (positive) or right (negative), degrees
 * @param sideways the exercise moves sideways (rolling, spreading), so a view from the front is drawn too
 * @param turns   the exercise turns the chest, so the shoulders are drawn from above
 */
public record Pose(Posture posture, FootState left, FootState right, double turn, boolean sideways, boolean turns) {

    /** Both feet flat and resting, standing. */
    public static final Pose STANDING = new Pose(Posture.STANDING,
            new FootState(Joints.FLAT, Joints.FLAT, FootState.Role.RESTING),
            new FootState(Joints.FLAT, Joints.FLAT, FootState.Role.RESTING), 0, false, false);
}
