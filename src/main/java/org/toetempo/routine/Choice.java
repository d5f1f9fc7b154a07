package org.toetempo.routine;

import java.util.Locale;

/** An enum whose constants are written in routine files in lower-case kebab form ({@code RIGHT_THEN_LEFT} → {@code right-then-left}). */
public interface Choice {

    /** The enum constant's name, as Java's {@code Enum.name()} gives it. */
    String name();

    /** How the value is written in a routine file. */
    default String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
