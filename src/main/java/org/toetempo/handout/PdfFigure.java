package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.toetempo.figure.Palette;
import org.toetempo.figure.PathData;
import org.toetempo.figure.Picture;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.awt.Color;
import java.io.IOException;

/** Draws a figure {@link Picture} into a PDF page as vector paths: crisp at any zoom and on paper. */
final class PdfFigure {

    private PdfFigure() {
    }

    /**
     * A caption of the figure in the handout's language. The figure (shared with the screens) writes its three
     * captions in English; the handout says them in its own language.
     */
    static String caption(String english, Messages words) {
        return switch (english) {
            case "from above" -> words.get("handout.figure.from-above");
            case "right foot, inner side" -> words.get("handout.figure.right-inner-side");
            case "left foot, inner side" -> words.get("handout.figure.left-inner-side");
            case "front, as in a mirror" -> words.get("handout.figure.front-mirror");
            default -> english;
        };
    }

    /** Draws {@code picture} with its top-left corner at (x, top) in page coordinates (y up). */
    static void draw(PDPageContentStream s, Picture picture, PDFont font, float x, float top) throws IOException {
        draw(s, picture, font, x, top, Messages.of(Language.ENGLISH));
    }

    /** As above, with the figure's captions ("from above") in the language of {@code words}. */
    static void draw(PDPageContentStream s, Picture picture, PDFont font, float x, float top, Messages words)
            throws IOException {
        Palette palette = Palette.PRINT;
        s.saveGraphicsState();
        for (Picture.Item item : picture.items()) {
            if (item instanceof Picture.Shape shape) {
                shape(s, shape, palette, x, top);
            } else if (item instanceof Picture.Text t) {
                    String text = caption(t.text(), words);
                    float width = font.getStringWidth(text) / 1000 * (float) t.size();
                    s.beginText();
                    s.setFont(font, (float) t.size());
                    s.setNonStrokingColor(colour(palette.rgb(t.ink())));
                    s.setTextMatrix(Matrix.getTranslateInstance(x + (float) t.x() - width / 2, top - (float) t.y()));
                    s.showText(text);
                    s.endText();
            } else if (item instanceof Picture.Clip c) {
                    s.saveGraphicsState();
                    s.addRect(x + (float) c.x(), top - (float) (c.y() + c.h()), (float) c.w(), (float) c.h());
                    s.clip();
            } else {
                s.restoreGraphicsState();
            }
        }
        s.restoreGraphicsState();
    }

    private static void shape(PDPageContentStream s, Picture.Shape shape, Palette palette, float x, float top) throws IOException {
        s.saveGraphicsState();
        if (shape.opacity() < 1) {
            PDExtendedGraphicsState alpha = new PDExtendedGraphicsState();
            alpha.setNonStrokingAlphaConstant((float) shape.opacity());
            alpha.setStrokingAlphaConstant((float) shape.opacity());
            s.setGraphicsStateParameters(alpha);
        }
        path(s, shape.path(), x, top);
        boolean fill = shape.fill() != null;
        boolean stroke = shape.stroke() != null && shape.lineWidth() > 0;
        if (fill) {
            s.setNonStrokingColor(colour(palette.rgb(shape.fill())));
        }
        if (stroke) {
            s.setStrokingColor(colour(palette.rgb(shape.stroke())));
            s.setLineWidth((float) shape.lineWidth());
            s.setLineJoinStyle(1);
            s.setLineCapStyle(1);
        }
        if (fill && stroke) {
            s.fillAndStroke();
        } else if (fill) {
            s.fill();
        } else if (stroke) {
            s.stroke();
        }
        s.restoreGraphicsState();
    }

    private static void path(PDPageContentStream s, PathData path, float x, float top) throws IOException {
        for (PathData.Op op : path.ops()) {
            double[] c = op.c();
            switch (op.kind()) {
                case MOVE -> s.moveTo(x + (float) c[0], top - (float) c[1]);
                case LINE -> s.lineTo(x + (float) c[0], top - (float) c[1]);
                case CUBIC -> s.curveTo(x + (float) c[0], top - (float) c[1], x + (float) c[2], top - (float) c[3],
                        x + (float) c[4], top - (float) c[5]);
                case CLOSE -> s.closePath();
            }
        }
    }

    private static Color colour(int rgb) {
        return new Color(rgb);
    }
}
