package org.toetempo.timing;

/** What the user is doing during a stretch of the schedule. */
public enum Activity {
    /** Before play. */
    READY,
    /** The beats counted in before the first step. */
    COUNT_IN,
    /** Getting into position while the next exercise and foot are announced (one bar). */
    LEAD_IN,
    /** A moving phase of a rep, timed in beats. */
    MOVE,
    /** A held phase of a rep, timed in seconds. */
    HOLD,
    /** Resting between sets, steps or blocks. */
    REST,
    /** The routine is over. */
    DONE
}
