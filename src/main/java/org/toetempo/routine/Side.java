package org.toetempo.routine;

/** Which foot works in a step, and in what order when both do in turn. */
public enum Side implements Choice {
    RIGHT, LEFT,
    /** Both feet together. */
    BOTH,
    /** All sets on the right, then all sets on the left. */
    RIGHT_THEN_LEFT,
    LEFT_THEN_RIGHT,
    /** A set on the right, a set on the left, and so on. */
    ALTERNATING
}
