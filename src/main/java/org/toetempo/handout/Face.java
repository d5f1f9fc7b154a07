package org.toetempo.handout;

/** How a run of text is set; all are drawn with the one embedded font. */
enum Face {
    REGULAR, BOLD, ITALIC;

    /** Bold strokes the outlines this much of the type size wide, and so runs a little wider. */
    static final float BOLD_STROKE = 0.035f;
}
