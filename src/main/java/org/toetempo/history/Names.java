package org.toetempo.history;

import org.toetempo.routine.Side;

import java.util.Locale;

/** How the history's enums are written in its files: lower-case kebab form, as in routine files. */
final class Names {

    private Names() {
    }

    static String json(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static Side side(String text) {
        return parse(Side.class, text);
    }
}
