package org.toetempo.routine;

/** How demanding a routine is, for the library's cards. */
public enum Difficulty implements Choice {
    GENTLE, MODERATE, CHALLENGING
}
