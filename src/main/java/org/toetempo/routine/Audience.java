package org.toetempo.routine;

/** Who a routine is written for. */
public enum Audience implements Choice {
    RUNNER, WARM_UP, POST_RUN, REHAB, CLINIC
}
