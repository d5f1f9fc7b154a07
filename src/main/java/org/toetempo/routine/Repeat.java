package org.toetempo.routine;

/** A block that cycles its steps for a time (or, with a song, until the song ends) instead of playing them once. */
public record Repeat(double seconds, boolean untilSongEnds) {
}
