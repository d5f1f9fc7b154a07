package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.toetempo.routine.Clip;
import org.toetempo.text.Messages;

import java.util.Map;

/** What every item needs to measure and draw itself. */
record Ctx(Messages words, Fonts fonts, Style style, PDRectangle page, FootStills stills,
        Map<Clip, PDImageXObject> clipImages) {
    float left() {
        return Layout.MARGIN;
    }

    float width() {
        return page.getWidth() - 2 * Layout.MARGIN;
    }

    float top() {
        return page.getHeight() - Layout.MARGIN;
    }

    float bottom() {
        return Layout.MARGIN + Layout.FOOTER;
    }

    boolean pictures() {
        return stills != FootStills.NONE;
    }
}
