package org.toetempo.routine;

/** A stage of a multi-week programme; its blocks name it. {@code frequency} and {@code note} may be {@code null}. */
public record Stage(String id, String name, int fromWeek, int toWeek, Frequency frequency, String note) {
}
