package org.toetempo.handout;

import java.awt.Color;

/** The handout's colours: ink, greys, the accent of section bars, and red for safety. */
final class Palette {

    static final Color INK = new Color(0x21, 0x25, 0x29);
    static final Color GREY = new Color(0x49, 0x50, 0x57);
    static final Color LIGHT = new Color(0x86, 0x8e, 0x96);
    static final Color RULE = new Color(0xde, 0xe2, 0xe6);
    static final Color ACCENT = new Color(0x1c, 0x7e, 0xd6);
    static final Color BAR = new Color(0xe7, 0xf5, 0xff);
    static final Color BOX = new Color(0xf1, 0xf3, 0xf5);
    static final Color WARN = new Color(0xc9, 0x2a, 0x2a);

    private Palette() {
    }
}
