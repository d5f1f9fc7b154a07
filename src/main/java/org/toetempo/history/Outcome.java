package org.toetempo.history;

/** How a session ended. */
public enum Outcome {
    /** Played to the end of the routine (steps the user skipped show as reps not done). */
    COMPLETED,
    /** Stopped part-way. */
    STOPPED;

    public String json() {
        return Names.json(this);
    }
}
