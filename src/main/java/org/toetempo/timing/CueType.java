package org.toetempo.timing;

import java.util.Locale;

/** What a cue tells the user. Cues sharing one instant keep the order in which they happen (e.g. rep done, then the next rep). */
public enum CueType {
    ROUTINE_START,
    BLOCK_START,
    COUNT_IN,
    EXERCISE_START,
    SWITCH_SIDE,
    REP_COMPLETE,
    EXERCISE_END,
    PROMPT,
    REST_START,
    SET_START,
    PHASE,
    HOLD_START,
    COUNTDOWN,
    ROUTINE_END;

    /** The name used in JSON output: {@code REP_COMPLETE} → {@code rep-complete}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
