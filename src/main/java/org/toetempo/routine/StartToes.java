package org.toetempo.routine;

/** Where the toes are when a rep starts. */
public enum StartToes implements Choice {
    /** Resting on the floor (the default). */
    DOWN,
    /** All ten toes lifted and kept up (Great Toe Down presses from there). */
    UP
}
