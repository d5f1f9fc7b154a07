package org.toetempo.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the {@link FootFigure} on a canvas: the two feet from above (left foot on the left, as you see your own
 * feet), and below them the working foot from the inner side. Colours come from CSS looked-up colours on the
 * control ({@code -tt-left}, {@code -tt-right}, {@code -tt-foot}, {@code -tt-move}); repaints only when the pose changes.
 */
final class FootFigureSkin extends SkinBase<FootFigure> {

    private static final Color SKIN = Color.web("#f1d2bd");
    private static final Color SKIN_EDGE = Color.web("#b98b70");
    private static final Color REST_FOOT = Color.web("#d9d4cf");
    private static final Color MOVE = Color.web("#e8590c");
    private static final Color PRESS = Color.web("#c92a2a");
    private static final Color LEFT = Color.web("#e67700");
    private static final Color RIGHT = Color.web("#1c7ed6");

    private final Canvas canvas = new Canvas();

    FootFigureSkin(FootFigure figure) {
        super(figure);
        getChildren().add(canvas);
        registerChangeListener(figure.poseProperty(), o -> draw());
        registerChangeListener(figure.widthProperty(), o -> draw());
        registerChangeListener(figure.heightProperty(), o -> draw());
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
        FootPose pose = getSkinnable().getPose();
        double topHeight = h * 0.62;
        double footH = Math.min(topHeight * 0.78, w * 0.42 * 1.9);
        double footW = footH / 2.3;
        double gap = footW * 0.55;
        double cy = (topHeight - footH * 0.12) / 2 + 4;
        drawTopFoot(g, w / 2 - gap / 2 - footW / 2, cy, footW, footH, pose.left(), true);
        drawTopFoot(g, w / 2 + gap / 2 + footW / 2, cy, footW, footH, pose.right(), false);
        label(g, "L", w / 2 - gap / 2 - footW / 2, cy + footH / 2 + 2, pose.left().working() ? LEFT : REST_FOOT, footW);
        label(g, "R", w / 2 + gap / 2 + footW / 2, cy + footH / 2 + 2, pose.right().working() ? RIGHT : REST_FOOT, footW);

        FootPose.Foot working = pose.right().working() && !pose.left().working() ? pose.right()
                : pose.left().working() && !pose.right().working() ? pose.left() : pose.right();
        boolean leftSide = working == pose.left() && pose.left().working() && !pose.right().working();
        double sideTop = topHeight + 4;
        drawSideFoot(g, w / 2, sideTop, Math.min(w * 0.7, (h - sideTop) * 3.2), h - sideTop, working,
                leftSide ? LEFT : working.working() ? (pose.left().working() && pose.right().working() ? MOVE : RIGHT) : REST_FOOT);
    }

    private static void label(GraphicsContext g, String text, double x, double y, Color color, double footW) {
        g.setFill(color);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(12, footW * 0.28)));
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, x, y + footW * 0.3);
    }

    /** One foot from above; {@code left} mirrors it so the big toe is on the inner side. */
    private static void drawTopFoot(GraphicsContext g, double cx, double cy, double fw, double fh, FootPose.Foot foot, boolean left) {
        g.save();
        double lift = foot.lifted();
        g.translate(cx, cy - lift * fh * 0.08);
        g.rotate(foot.turn() * (left ? -12 : 12));
        double alpha = lift > 0.5 && !foot.working() ? 0.45 : 1;
        g.setGlobalAlpha(alpha);
        if (lift > 0) {
            g.setFill(Color.color(0, 0, 0, 0.12));
            g.fillOval(-fw * 0.45, fh * 0.1 + lift * fh * 0.08, fw * 0.9, fh * 0.45);
        }
        double inner = left ? 1 : -1;
        // Sole: heel at the bottom, ball at the top, wider on the inner side.
        double tiltShift = foot.tilt() * fw * 0.08 * (left ? -1 : 1);
        g.setFill(foot.working() ? SKIN : REST_FOOT.brighter());
        g.setStroke(foot.working() ? SKIN_EDGE : REST_FOOT);
        g.setLineWidth(Math.max(1.5, fw * 0.03));
        g.beginPath();
        double top = -fh * 0.30;
        double bottom = fh * 0.48;
        g.moveTo(tiltShift, bottom);
        g.bezierCurveTo(-fw * 0.42 + tiltShift, bottom, -fw * 0.40, fh * 0.2, -fw * 0.46, -fh * 0.02);
        g.bezierCurveTo(-fw * 0.52, top + fh * 0.05, -fw * 0.3, top - fh * 0.02, 0, top - fh * 0.02);
        g.bezierCurveTo(fw * 0.3, top - fh * 0.02, fw * 0.52, top + fh * 0.05, fw * 0.46, -fh * 0.02);
        g.bezierCurveTo(fw * 0.40, fh * 0.2, fw * 0.42 + tiltShift, bottom, tiltShift, bottom);
        g.closePath();
        g.fill();
        g.stroke();

        // Highlights: arch (inner midfoot), heel, edges, pressure.
        if (foot.arch() > 0.01) {
            g.setFill(Color.color(MOVE.getRed(), MOVE.getGreen(), MOVE.getBlue(), 0.55 * foot.arch()));
            g.fillOval(inner * fw * 0.12 - fw * 0.22, -fh * 0.02, fw * 0.44, fh * 0.3);
        }
        if (foot.heel() > 0.01) {
            g.setFill(Color.color(MOVE.getRed(), MOVE.getGreen(), MOVE.getBlue(), 0.6 * foot.heel()));
            g.fillOval(-fw * 0.3, fh * 0.26, fw * 0.6, fh * 0.22);
        }
        if (Math.abs(foot.tilt()) > 0.01) {
            double edge = foot.tilt() > 0 ? -inner : inner;
            g.setStroke(Color.color(MOVE.getRed(), MOVE.getGreen(), MOVE.getBlue(), Math.abs(foot.tilt())));
            g.setLineWidth(fw * 0.09);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokeLine(edge * fw * 0.42, -fh * 0.12, edge * fw * 0.36, fh * 0.36);
        }

        // Toes: the big toe on the inner side, then four smaller ones fanning out.
        double[] size = {0.30, 0.19, 0.17, 0.155, 0.14};
        double[] x = {0.27, 0.01, -0.17, -0.31, -0.42};
        double[] y = {-0.38, -0.40, -0.38, -0.345, -0.30};
        for (int t = 0; t < 5; t++) {
            boolean big = t == 0;
            double up = big ? foot.bigToe() : foot.lesserToes();
            double spreadAngle = foot.spread() * (big ? 10 : 6 + t * 4);
            double tx = inner * x[t] * fw;
            double ty = y[t] * fh;
            double s = size[t] * fw * (1 + 0.18 * up) * (1 - 0.25 * foot.curl());
            g.save();
            g.translate(0, top * 0.2);
            g.rotate(inner * (big ? -spreadAngle : spreadAngle));
            double px = tx;
            double py = ty - up * fh * 0.05 + foot.curl() * fh * 0.03;
            if (foot.pressure() > 0.01 && (big || foot.lesserToes() < 0.5)) {
                double glow = s * (1.3 + 0.5 * foot.pressure());
                g.setFill(Color.color(PRESS.getRed(), PRESS.getGreen(), PRESS.getBlue(), 0.35 * foot.pressure()));
                if (big) {
                    g.fillOval(px - glow / 2, py - glow / 2, glow, glow * 1.15);
                }
            }
            if (up > 0.02) {
                g.setFill(Color.color(0, 0, 0, 0.10 * up));
                g.fillOval(px - s / 2, py - s / 2 + up * fh * 0.05, s, s * 1.2);
            }
            Color toe = !foot.working() ? REST_FOOT.brighter() : up > 0.05 || foot.curl() > 0.05 ? MOVE.interpolate(SKIN, 1 - Math.max(up, foot.curl()))
                    : SKIN;
            g.setFill(toe);
            g.setStroke(foot.working() ? SKIN_EDGE : REST_FOOT);
            g.setLineWidth(Math.max(1, fw * 0.02));
            g.fillOval(px - s / 2, py - s / 2, s, s * 1.2);
            g.strokeOval(px - s / 2, py - s / 2, s, s * 1.2);
            g.restore();
        }
        g.restore();
    }

    /** The working foot seen from the inner side: heel on the left, toes on the right. */
    private static void drawSideFoot(GraphicsContext g, double cx, double top, double width, double height,
                                     FootPose.Foot foot, Color accent) {
        double floorY = top + height * 0.82;
        double len = Math.min(width, height * 3.4);
        double x0 = cx - len / 2;
        g.setStroke(Color.web("#adb5bd"));
        g.setLineWidth(2);
        g.strokeLine(cx - len * 0.62, floorY, cx + len * 0.62, floorY);
        if (height < 30) {
            return;
        }
        g.save();
        double lift = Math.max(foot.lifted(), 0) * height * 0.35;
        double ballX = x0 + len * 0.72;
        g.translate(0, -lift);
        // Heel raise: the foot turns about the ball of the foot.
        g.translate(ballX, floorY);
        g.rotate(-foot.heel() * 24);
        g.translate(-ballX, -floorY);
        double archHeight = height * (0.10 + 0.16 * foot.arch());
        double ankleTop = floorY - height * 0.5;
        double legTop = floorY - height * 0.8;
        g.setFill(foot.working() ? SKIN : REST_FOOT.brighter());
        g.setStroke(foot.working() ? SKIN_EDGE : REST_FOOT);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(x0 + len * 0.08, legTop);
        g.lineTo(x0 + len * 0.28, legTop);
        g.lineTo(x0 + len * 0.30, ankleTop);
        g.bezierCurveTo(x0 + len * 0.36, floorY - height * 0.40, x0 + len * 0.55, floorY - height * 0.34, ballX, floorY - height * 0.18);
        g.lineTo(ballX, floorY);
        g.bezierCurveTo(x0 + len * 0.55, floorY - archHeight, x0 + len * 0.30, floorY - archHeight, x0 + len * 0.16, floorY);
        g.bezierCurveTo(x0 + len * 0.02, floorY, x0, floorY - height * 0.25, x0 + len * 0.07, ankleTop);
        g.closePath();
        g.fill();
        g.stroke();
        if (foot.arch() > 0.02) {
            g.setStroke(Color.color(MOVE.getRed(), MOVE.getGreen(), MOVE.getBlue(), foot.arch()));
            g.setLineWidth(4);
            g.strokeArc(x0 + len * 0.24, floorY - archHeight * 1.05, len * 0.40, archHeight * 2, 20, 140, ArcType.OPEN);
        }
        // Toes: one segment from the ball, raised for lifts, bent down for curls.
        double toeAngle = -Math.max(foot.bigToe(), foot.lesserToes()) * 38 + foot.curl() * 30;
        g.save();
        g.translate(ballX, floorY - height * 0.06);
        g.rotate(toeAngle);
        g.setFill(Math.max(foot.bigToe(), foot.lesserToes()) > 0.05 || foot.curl() > 0.05 ? MOVE.interpolate(SKIN, 0.35) : SKIN);
        g.fillRoundRect(0, -height * 0.09, len * 0.22, height * 0.13, height * 0.1, height * 0.1);
        g.strokeRoundRect(0, -height * 0.09, len * 0.22, height * 0.13, height * 0.1, height * 0.1);
        if (foot.pressure() > 0.02) {
            g.setFill(Color.color(PRESS.getRed(), PRESS.getGreen(), PRESS.getBlue(), 0.5 * foot.pressure()));
            g.fillOval(len * 0.06, height * 0.02, len * 0.14, height * 0.06);
        }
        g.restore();
        g.restore();
        g.setFill(accent);
        g.fillRoundRect(cx - len * 0.62, floorY + 3, len * 1.24, 4, 4, 4);
    }
}
