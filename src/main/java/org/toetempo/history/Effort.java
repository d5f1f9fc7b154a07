package org.toetempo.history;

import java.util.Locale;

/** How hard an exercise felt, as the user rates it after a session. */
public enum Effort {
    EASY,
    /** "Just right": written {@code right} in the history file and the CSV. */
    JUST_RIGHT,
    HARD;

    /** The name used in the history file and the CSV: {@code easy}, {@code right}, {@code hard}. */
    /** The name in the CSV export: {@code easy}, {@code just_right}, {@code hard}, never to be read as a side. */
    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String json() {
        return this == JUST_RIGHT ? "right" : Names.json(this);
    }

    public static Effort fromJson(String text) {
        return "right".equals(text) ? JUST_RIGHT : Names.parse(Effort.class, text);
    }
}
