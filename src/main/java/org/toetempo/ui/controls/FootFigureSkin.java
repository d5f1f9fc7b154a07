package org.toetempo.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import org.toetempo.figure.FigureDrawing;

/**
 * Draws the {@link FootFigure} on a canvas from the figure model's vector paths; repaints only when the pose, the size
 * or the colours change.
 */
final class FootFigureSkin extends SkinBase<FootFigure> {

    private final Canvas canvas = new Canvas();

    FootFigureSkin(FootFigure figure) {
        super(figure);
        getChildren().add(canvas);
        registerChangeListener(figure.poseProperty(), o -> draw());
        registerChangeListener(figure.paletteProperty(), o -> draw());
        registerChangeListener(figure.wordsProperty(), o -> draw());
        registerChangeListener(figure.sceneProperty(), o -> draw());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10) {
            return;
        }
        FigurePainter.paint(g, FigureDrawing.draw(getSkinnable().getPose(), w, h, FootFigure.captionSize(w, h),
                        getSkinnable().wordsProperty().get()),
                getSkinnable().paletteInUse());
    }
}
