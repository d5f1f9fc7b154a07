package org.toetempo.routine;

/** The routine's length at its default tempo, as its author states it. */
public record EstimatedDuration(double minutes, double toleranceMinutes) {
}
