package org.toetempo.ui.controls;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.toetempo.figure.Ink;
import org.toetempo.figure.Palette;
import org.toetempo.figure.PathData;
import org.toetempo.figure.Picture;

/** Paints a figure {@link Picture} on a JavaFX canvas: the same vector paths the handout puts in its PDF. */
public final class FigurePainter {

    private FigurePainter() {
    }

    public static void paint(GraphicsContext g, Picture picture, Palette palette) {
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setTextAlign(TextAlignment.CENTER);
        for (Picture.Item item : picture.items()) {
            if (item instanceof Picture.Shape s) {
                shape(g, s, palette);
            } else if (item instanceof Picture.Text t) {
                    g.setGlobalAlpha(1);
                    g.setFill(colour(palette, t.ink()));
                    g.setFont(Font.font("DejaVu Sans", t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size()));
                    g.fillText(t.text(), t.x(), t.y());
            } else if (item instanceof Picture.Clip c) {
                    g.save();
                    g.beginPath();
                    g.rect(c.x(), c.y(), c.w(), c.h());
                    g.clip();
            } else {
                g.restore();
            }
        }
        g.setGlobalAlpha(1);
    }

    private static void shape(GraphicsContext g, Picture.Shape s, Palette palette) {
        g.beginPath();
        for (PathData.Op op : s.path().ops()) {
            double[] c = op.c();
            switch (op.kind()) {
                case MOVE -> g.moveTo(c[0], c[1]);
                case LINE -> g.lineTo(c[0], c[1]);
                case CUBIC -> g.bezierCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                case CLOSE -> g.closePath();
            }
        }
        g.setGlobalAlpha(s.opacity());
        if (s.fill() != null) {
            g.setFill(colour(palette, s.fill()));
            g.fill();
        }
        if (s.stroke() != null && s.lineWidth() > 0) {
            g.setStroke(colour(palette, s.stroke()));
            g.setLineWidth(s.lineWidth());
            g.stroke();
        }
    }

    static Color colour(Palette palette, Ink ink) {
        int rgb = palette.rgb(ink);
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }
}
