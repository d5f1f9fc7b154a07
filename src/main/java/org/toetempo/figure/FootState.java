package org.toetempo.figure;

/**
 * One foot of a {@link Pose}.
 *
 * @param joints what the foot is bent to now
 * @param start  what it was bent to at the exercise's start (a part that differs is drawn as moving)
 * @param role   whether the foot works, rests or hangs free
 */
public record FootState(Joints joints, Joints start, Role role) {

    /** What a foot does in the exercise. */
    public enum Role {
        /** Does the exercise (drawn in full). */
        WORKING,
        /** Stays on the floor, doing nothing (drawn receding). */
        RESTING,
        /** Off the floor: the free foot of a one-leg stance (drawn receding). */
        FREE
    }

    public boolean working() {
        return role == Role.WORKING;
    }
}
