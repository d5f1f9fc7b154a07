package org.toetempo.history;

import org.toetempo.routine.Side;

import java.util.Locale;

/** How the history's enums are written in its files: lower-case kebab form, as in routine files. */
public final class Names {

    private Names() {
    }

    public static String json(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    public static Side side(String text) {
        return parse(Side.class, text);
    }
}
