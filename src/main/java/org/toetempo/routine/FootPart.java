package org.toetempo.routine;

/** The part of the foot the animated figure moves. */
public enum FootPart implements Choice {
    BIG_TOE,
    /** The four small toes. */
    LESSER_TOES,
    ALL_TOES,
    TOE_SPREAD,
    /** The arch doming (short foot). */
    ARCH,
    HEEL,
    FOREFOOT,
    FOOT_EDGES,
    /** The whole foot balancing on one leg. */
    BALANCE,
    WALK
}
