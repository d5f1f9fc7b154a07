package org.toetempo.figure;

/** What a shape or text is, which a {@link Palette} turns into a colour. */
public enum Ink {
    BACKGROUND, FLOOR, SHADOW, SKIN, SKIN_LINE, REST, REST_LINE, MOVE, PRESS, NAIL, FURNITURE, TRUNK, TEXT, MUTED_TEXT,
    LEFT, RIGHT, BOTH
}
