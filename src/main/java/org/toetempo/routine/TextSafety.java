package org.toetempo.routine;

import java.util.Locale;

/**
 * Characters that must not reach a screen or a terminal from a file: control characters (a terminal escape
 * sequence can rewrite what the terminal shows; a NUL or a newline breaks a name across lines) and the bidirectional
 * overrides and isolates ("\u202eevil.exe" shows as "exe.live").
 */
public final class TextSafety {

    private TextSafety() {
    }

    /** Whether {@code c} is never allowed in a name or an id (newlines and tabs are allowed only in long texts). */
    public static boolean unsafe(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x061c;
    }

    /** The index of the first character not allowed in a one-line name, or -1. */
    public static int firstUnsafeInLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c) || c == '\n' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first character not allowed in a longer text (newlines and tabs allowed), or -1. */
    public static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unsafe(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How to name the character in a message: "U+202E". */
    public static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** The text with every unsafe character (and newlines) shown as {@code \\u202e}, for messages. */
    public static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c) || c == '\n' || c == '\t') {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
