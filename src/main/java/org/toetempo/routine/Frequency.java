package org.toetempo.routine;

/** How often to do a routine: {@code times} per {@code per}, with an optional note (or {@code null}). */
public record Frequency(int times, Period per, String note) {
}
