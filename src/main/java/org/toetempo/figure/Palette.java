package org.toetempo.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figure's colours for one background: the working foot in warm skin with a dark outline, the resting foot
 * receding toward the background, moving parts in green, pressure in red. Colours are 0xRRGGBB.
 */
public record Palette(String name, Map<Ink, Integer> colours) {

    public static final Palette LIGHT = of("light", 0xffffff, 0x868e96, 0xf3cdb4, 0x7a4a35, 0xeceff1, 0xb8c0c8,
            0x2b8a3e, 0xe03131, 0xfbe9df, 0xced4da, 0x868e96, 0x212529, 0x495057, 0xc2410c, 0x1971c2, 0x6741d9);
    public static final Palette DARK = of("dark", 0x0d1117, 0x6e7681, 0xf3cdb4, 0x5c3526, 0x272d34, 0x3d444d,
            0x51cf66, 0xff6b6b, 0xfbe9df, 0x3d444d, 0x8b949e, 0xe6edf3, 0xadb5bd, 0xff922b, 0x4dabf7, 0x9775fa);
    /** Presentation mode: on black, for a clinic screen. */
    public static final Palette PRESENTATION = of("presentation", 0x000000, 0x6e7681, 0xf3cdb4, 0x5c3526, 0x1f2326,
            0x3a3f44, 0x69db7c, 0xff6b6b, 0xfbe9df, 0x343a40, 0x8b949e, 0xffffff, 0xced4da, 0xff922b, 0x4dabf7, 0x9775fa);
    /** Paper: the handout. */
    public static final Palette PRINT = of("print", 0xffffff, 0x868e96, 0xf3cdb4, 0x6b3f2c, 0xf1f3f5, 0xadb5bd,
            0x2b8a3e, 0xe03131, 0xfbe9df, 0xced4da, 0x868e96, 0x212529, 0x495057, 0xc2410c, 0x1971c2, 0x6741d9);

    public int rgb(Ink ink) {
        return colours.get(ink);
    }

    private static Palette of(String name, int background, int floor, int skin, int skinLine, int rest, int restLine,
                              int move, int press, int nail, int furniture, int trunk, int text, int mutedText,
                              int left, int right, int both) {
        Map<Ink, Integer> m = new EnumMap<>(Ink.class);
        m.put(Ink.BACKGROUND, background);
        m.put(Ink.FLOOR, floor);
        m.put(Ink.SHADOW, 0x000000);
        m.put(Ink.SKIN, skin);
        m.put(Ink.SKIN_LINE, skinLine);
        m.put(Ink.REST, rest);
        m.put(Ink.REST_LINE, restLine);
        m.put(Ink.MOVE, move);
        m.put(Ink.PRESS, press);
        m.put(Ink.NAIL, nail);
        m.put(Ink.FURNITURE, furniture);
        m.put(Ink.TRUNK, trunk);
        m.put(Ink.TEXT, text);
        m.put(Ink.MUTED_TEXT, mutedText);
        m.put(Ink.LEFT, left);
        m.put(Ink.RIGHT, right);
        m.put(Ink.BOTH, both);
        return new Palette(name, Map.copyOf(m));
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of a colour. */
    public static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
