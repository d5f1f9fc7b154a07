package org.toetempo.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * A vector path as plain data (move, line, cubic, close), so JavaFX's canvas and PDFBox draw exactly the same
 * outline. Coordinates are in the picture's units, y down.
 */
public record PathData(List<Op> ops) {

    /** One drawing command; {@code c} holds its coordinates (2 for move and line, 6 for a cubic, none for close). */
    public record Op(Kind kind, double[] c) {
    }

    public enum Kind { MOVE, LINE, CUBIC, CLOSE }

    /** A point on the picture. */
    public record Pt(double x, double y) {
    }

    /** A smooth closed curve through the points (a Catmull-Rom spline written as cubics). */
    public static PathData smoothClosed(List<Pt> points) {
        List<Op> ops = new ArrayList<>();
        int n = points.size();
        if (n < 3) {
            return polygon(points);
        }
        ops.add(new Op(Kind.MOVE, new double[]{points.get(0).x(), points.get(0).y()}));
        for (int i = 0; i < n; i++) {
            Pt p0 = points.get((i - 1 + n) % n);
            Pt p1 = points.get(i);
            Pt p2 = points.get((i + 1) % n);
            Pt p3 = points.get((i + 2) % n);
            ops.add(cubic(p0, p1, p2, p3));
        }
        ops.add(new Op(Kind.CLOSE, new double[0]));
        return new PathData(List.copyOf(ops));
    }

    /** A smooth open curve through the points. */
    public static PathData smoothOpen(List<Pt> points) {
        List<Op> ops = new ArrayList<>();
        int n = points.size();
        if (n == 0) {
            return new PathData(List.of());
        }
        ops.add(new Op(Kind.MOVE, new double[]{points.get(0).x(), points.get(0).y()}));
        for (int i = 0; i < n - 1; i++) {
            ops.add(cubic(points.get(Math.max(0, i - 1)), points.get(i), points.get(i + 1), points.get(Math.min(n - 1, i + 2))));
        }
        return new PathData(List.copyOf(ops));
    }

    private static Op cubic(Pt p0, Pt p1, Pt p2, Pt p3) {
        double k = 1 / 6.0;
        return new Op(Kind.CUBIC, new double[]{
                p1.x() + (p2.x() - p0.x()) * k, p1.y() + (p2.y() - p0.y()) * k,
                p2.x() - (p3.x() - p1.x()) * k, p2.y() - (p3.y() - p1.y()) * k,
                p2.x(), p2.y()});
    }

    /** Straight lines through the points, closed. */
    public static PathData polygon(List<Pt> points) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ops.add(new Op(i == 0 ? Kind.MOVE : Kind.LINE, new double[]{points.get(i).x(), points.get(i).y()}));
        }
        ops.add(new Op(Kind.CLOSE, new double[0]));
        return new PathData(List.copyOf(ops));
    }

    /** An open polyline. */
    public static PathData line(List<Pt> points) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ops.add(new Op(i == 0 ? Kind.MOVE : Kind.LINE, new double[]{points.get(i).x(), points.get(i).y()}));
        }
        return new PathData(List.copyOf(ops));
    }

    /** An ellipse centred at (cx, cy) with radii rx, ry, turned by {@code degrees}, as four cubics. */
    public static PathData ellipse(double cx, double cy, double rx, double ry, double degrees) {
        double k = 0.5523;
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[][] pts = {{rx, 0}, {rx, ry * k}, {rx * k, ry}, {0, ry}, {-rx * k, ry}, {-rx, ry * k}, {-rx, 0},
                {-rx, -ry * k}, {-rx * k, -ry}, {0, -ry}, {rx * k, -ry}, {rx, -ry * k}, {rx, 0}};
        double[][] t = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) {
            t[i] = new double[]{cx + pts[i][0] * cos - pts[i][1] * sin, cy + pts[i][0] * sin + pts[i][1] * cos};
        }
        List<Op> ops = new ArrayList<>();
        ops.add(new Op(Kind.MOVE, t[0]));
        for (int i = 1; i < t.length; i += 3) {
            ops.add(new Op(Kind.CUBIC, new double[]{t[i][0], t[i][1], t[i + 1][0], t[i + 1][1], t[i + 2][0], t[i + 2][1]}));
        }
        ops.add(new Op(Kind.CLOSE, new double[0]));
        return new PathData(List.copyOf(ops));
    }

    /** A rectangle with rounded corners of radius r. */
    public static PathData roundRect(double x, double y, double w, double h, double r) {
        double k = 0.5523 * r;
        List<Op> ops = new ArrayList<>();
        ops.add(new Op(Kind.MOVE, new double[]{x + r, y}));
        ops.add(new Op(Kind.LINE, new double[]{x + w - r, y}));
        ops.add(new Op(Kind.CUBIC, new double[]{x + w - r + k, y, x + w, y + r - k, x + w, y + r}));
        ops.add(new Op(Kind.LINE, new double[]{x + w, y + h - r}));
        ops.add(new Op(Kind.CUBIC, new double[]{x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h}));
        ops.add(new Op(Kind.LINE, new double[]{x + r, y + h}));
        ops.add(new Op(Kind.CUBIC, new double[]{x + r - k, y + h, x, y + h - r + k, x, y + h - r}));
        ops.add(new Op(Kind.LINE, new double[]{x, y + r}));
        ops.add(new Op(Kind.CUBIC, new double[]{x, y + r - k, x + r - k, y, x + r, y}));
        ops.add(new Op(Kind.CLOSE, new double[0]));
        return new PathData(List.copyOf(ops));
    }
}
