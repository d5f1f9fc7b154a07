package org.toetempo.routine;

import java.util.List;

/** A run of steps sharing a tempo, e.g. Musical Toes' "Slow", "Fast" and "To a song". Optional parts are {@code null}. */
public record Block(
        String name,
        String stage,
        TempoOverride tempo,
        Repeat repeat,
        double restAfterSeconds,
        String note,
        List<Step> steps) {
}
