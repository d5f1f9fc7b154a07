package org.toetempo.routine;

/** What happens in one phase of a rep; it drives the foot figure and the sound of the cue. */
public enum Action implements Choice {
    LIFT, LOWER, PRESS, RELEASE, SPREAD, CURL, STRAIGHTEN, DOME, GRAB, STRETCH, HOLD,
    ROLL_OUT, ROLL_IN, TURN_TOWARD, TURN_AWAY, CENTER, STEP, HOP
}
