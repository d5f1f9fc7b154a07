package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;

/** Thin drawing helpers over a page's content stream. */
final class Pen {
    final PDPageContentStream stream;
    private final Fonts fonts;

    Pen(PDPageContentStream stream, Fonts fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    void text(String text, Face face, float size, float x, float y, Color color) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(fonts.font, size);
        stream.setNonStrokingColor(color);
        if (face == Face.BOLD) {
            // Liberation Sans Regular made bold by stroking its outlines as well as filling them.
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(color);
            stream.setLineWidth(size * Face.BOLD_STROKE);
        }
        // Oblique for italic: the text leans by shearing its matrix.
        stream.setTextMatrix(new Matrix(1, 0, face == Face.ITALIC ? 0.2f : 0, 1, x, y));
        stream.showText(fonts.clean(text));
        if (face == Face.BOLD) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
    }

    float width(String text, Face font, float size) throws IOException {
        return fonts.width(text, font, size);
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void fill(float x, float y, float w, float h, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    void stroke(float x, float y, float w, float h, Color color, float width) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.addRect(x, y, w, h);
        stream.stroke();
    }

    /** The text, shortened with "..." to fit one line. */
    static String fit(String text, Face font, float size, float width, Pen pen) throws IOException {
        if (pen.width(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && pen.width(cut + "...", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "...";
    }
}
