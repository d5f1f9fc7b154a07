package org.toetempo.figure;

/**
 * Both feet of a {@link Pose} built as skeletons in one space.
 *
 * @param left  the left foot
 * @param right the right foot
 */
public record Skeleton(Pose pose, FootGeometry left, FootGeometry right) {

    public static Skeleton of(Pose pose) {
        return new Skeleton(pose, new FootGeometry(pose.left(), true, pose.posture()),
                new FootGeometry(pose.right(), false, pose.posture()));
    }

    /** The foot the side view shows: the working one (the right when both or neither work). */
    public FootGeometry shown() {
        return left.state().working() && !right.state().working() ? left : right;
    }

    /** The other foot. */
    public FootGeometry other() {
        return shown() == left ? right : left;
    }
}
