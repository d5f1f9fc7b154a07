package org.toetempo.routine;

/** The period of a frequency: so many times a day or a week. */
public enum Period implements Choice {
    DAY, WEEK
}
