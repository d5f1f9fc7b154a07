package org.toetempo.figure;

import org.toetempo.figure.PathData.Pt;
import org.toetempo.figure.Picture.Item;
import org.toetempo.figure.Picture.Shape;
import org.toetempo.figure.Picture.Text;
import org.toetempo.routine.Posture;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Draws a {@link Pose} as a {@link Picture}: both feet from above (your left foot on the left, as you see your own
 * feet), the working foot from its inner side, and, when the movement is sideways, both feet from the front as in a
 * mirror. Every view is projected from the same {@link Skeleton}.
 */
public final class FigureDrawing {

    private final List<Item> items = new ArrayList<>();
    private final Skeleton skeleton;
    private final double captionSize;
    private final Messages words;

    private FigureDrawing(Skeleton skeleton, double captionSize, Messages words) {
        this.skeleton = skeleton;
        this.captionSize = captionSize;
        this.words = words;
    }

    /** The picture of a pose in a box of {@code width} × {@code height}. */
    public static Picture draw(Pose pose, double width, double height) {
        // A thumbnail (the editor's step list) has no room for words: the figure alone.
        double small = Math.min(width, height);
        return draw(pose, width, height, small < 160 ? 0 : Math.max(11, Math.min(34, small * 0.045)));
    }

    /** The picture with captions of {@code caption} units (screens want 11 px at least, paper a few points). */
    public static Picture draw(Pose pose, double width, double height, double caption) {
        return draw(pose, width, height, caption, Messages.of(Language.ENGLISH));
    }

    /** As above, with the captions ("from above") in the language of {@code words}. */
    public static Picture draw(Pose pose, double width, double height, double caption, Messages words) {
        Skeleton skeleton = Skeleton.of(pose);
        FigureDrawing d = new FigureDrawing(skeleton, caption, words);
        boolean seated = pose.posture() == Posture.SEATED || pose.posture() == Posture.CROSSED_KNEE;
        double topH = height * 0.5;
        if (seated) {
            // Sitting makes the side view tall (knee, thigh and chair): it takes the right-hand column.
            double column = width * 0.44;
            d.topView(0, 0, column, pose.sideways() ? topH : height);
            if (pose.sideways()) {
                d.frontView(0, topH, column, height - topH);
            }
            d.sideView(column, 0, width - column, height);
        } else {
            d.topView(0, 0, width, topH);
        }
        if (seated) {
            return new Picture(width, height, List.copyOf(d.items));
        }
        if (pose.sideways()) {
            d.sideView(0, topH, width * 0.56, height - topH);
            d.frontView(width * 0.56, topH, width * 0.44, height - topH);
        } else {
            d.sideView(0, topH, width, height - topH);
        }
        return new Picture(width, height, List.copyOf(d.items));
    }

    /** Maps the figure's millimetres into a panel, fitting a box of the view's coordinates, centred. */
    private record Frame(double x0, double y0, double scale, double u0, double v0) {

        static Frame fit(double px, double py, double pw, double ph, double uMin, double uMax, double vMin, double vMax) {
            double scale = Math.min(pw / (uMax - uMin), ph / (vMax - vMin));
            double x0 = px + (pw - (uMax - uMin) * scale) / 2;
            double y0 = py + (ph - (vMax - vMin) * scale) / 2;
            return new Frame(x0, y0, scale, uMin, vMin);
        }

        Pt at(double u, double v) {
            return new Pt(x0 + (u - u0) * scale, y0 + (v - v0) * scale);
        }
    }

    // ------------------------------------------------------------------------------------------ from above

    private void topView(double px, double py, double pw, double ph) {
        double labelRoom = captionSize * 1.5;
        Pose pose = skeleton.pose();
        double far = pose.turns() ? 250 : 172;
        double back = switch (pose.posture()) {
            case ONE_LEG -> -75;
            case SPLIT_STANCE -> -200;
            default -> -12;
        };
        double front = pose.posture() == Posture.SPLIT_STANCE ? 390 : pose.turns() ? 300 : 272;
        double top = py + captionSize * 1.4;
        Frame f = Frame.fit(px, top, pw, ph - captionSize * 1.4 - labelRoom, -far, far, -front, -back);
        // Points beyond the panel are pressed onto its edge: the cheap stand-in for a clip, which costs a software
        // renderer more than the whole figure.
        Function<Vec, Pt> project = v -> f.at(clamp(-v.y(), -far, far), clamp(-v.x(), -front, -back));
        caption(words.get("figure.from-above"), px + pw / 2, py + captionSize * 1.1);
        List<FootGeometry> feet = new ArrayList<>(List.of(skeleton.left(), skeleton.right()));
        feet.sort(Comparator.comparing(g -> g.state().working()));
        for (FootGeometry g : feet) {
            double lift = g.state().joints().lift();
            if (lift > 1) {
                // A shadow on the floor where the foot would stand: the foot is off the floor.
                List<Pt> shadow = new ArrayList<>();
                for (Vec p : g.top()) {
                    shadow.add(project.apply(new Vec(p.x() - g.state().joints().forward() * 0, p.y(), 0)));
                }
                items.add(new Shape(PathData.smoothClosed(shadow), Ink.SHADOW, null, 0, 0.14));
            }
        }
        for (FootGeometry g : feet) {
            drawTopFoot(g, project, f.scale());
        }
        if (pose.turns()) {
            shoulders(f, pose.turn());
        }
        for (FootGeometry g : List.of(skeleton.left(), skeleton.right())) {
            double heelX = g.top().stream().mapToDouble(Vec::x).min().orElse(0);
            double y = g.top().stream().mapToDouble(Vec::y).average().orElse(0);
            Pt at = f.at(-y, -Math.min(heelX, back) + 4);
            Ink ink = g.state().working() ? (g.left() ? Ink.LEFT : Ink.RIGHT) : Ink.MUTED_TEXT;
            if (captionSize > 0) {
                items.add(new Text(g.left() ? "L" : "R", at.x(), at.y() + captionSize * 1.25, captionSize * 1.1, ink, true));
            }
        }
    }

    private void drawTopFoot(FootGeometry g, Function<Vec, Pt> project, double scale) {
        FootState s = g.state();
        boolean working = s.working();
        Ink fill = working ? Ink.SKIN : Ink.REST;
        Ink line = working ? Ink.SKIN_LINE : Ink.REST_LINE;
        double lw = Math.max(1, scale * (working ? 3.2 : 2));
        List<FootGeometry.Toe> toes = new ArrayList<>(g.toes());
        toes.sort(Comparator.comparingDouble(FootGeometry.Toe::top));
        for (FootGeometry.Toe toe : toes) {
            items.add(new Shape(capsule(toe, project, scale), working ? toeInk(s, toe) : fill, line, lw * 0.8, 1));
            nail(toe, project, scale, working ? Ink.NAIL : Ink.REST, line, lw * 0.5);
        }
        items.add(new Shape(PathData.smoothClosed(project(g.top(), project)), fill, line, lw, 1));
        if (!working) {
            return;
        }
        Joints j = s.joints();
        if (j.dome() > 0.05) {
            // The domed arch, on the inner side of the midfoot.
            Vec a = g.arch();
            Pt c = project.apply(new Vec(a.x(), a.y() + (g.left() ? 14 : -14), 0));
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 14 * scale, 34 * scale, 0), Ink.MOVE, null, 0, 0.55 * j.dome()));
        }
        if (j.heel() > 3) {
            Pt c = project.apply(g.heel().plus(new Vec(8, 0, 0)));
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 24 * scale, 20 * scale, 0), Ink.MOVE, null, 0,
                    0.6 * Math.min(1, j.heel() / Joints.HEEL_RAISE)));
        }
        pressMarks(g, project, scale);
        if (Math.abs(j.roll()) > 1) {
            // The edge that rises.
            Vec from = j.roll() > 0 ? g.innerBall() : g.outerBall();
            Vec to = g.top().get(j.roll() > 0 ? 17 : 2);
            items.add(new Shape(PathData.line(List.of(project.apply(from), project.apply(to))), null, Ink.MOVE,
                    Math.max(2, scale * 9), Math.min(1, Math.abs(j.roll()) / Joints.ROLL)));
        }
    }

    private void pressMarks(FootGeometry g, Function<Vec, Pt> project, double scale) {
        Joints j = g.state().joints();
        if (j.press() > 0.05) {
            FootGeometry.Toe big = g.toes().get(0);
            Pt c = project.apply(big.joints().get(big.joints().size() - 2).plus(big.tip()).times(0.5));
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 17 * scale, 22 * scale, 0), Ink.PRESS, Ink.PRESS,
                    Math.max(1, scale * 2.5), 0.5 * j.press()));
        }
        if (j.ballPress() > 0.05) {
            Pt c = project.apply(g.ball());
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 20 * scale, 20 * scale, 0), Ink.PRESS, Ink.PRESS,
                    Math.max(1, scale * 2.5), 0.5 * j.ballPress()));
        }
    }

    /** A toe moving away from where the exercise started is drawn in the moving colour. */
    private static Ink toeInk(FootState s, FootGeometry.Toe toe) {
        Joints j = s.joints();
        Joints start = s.start();
        double angle = toe.big() ? j.bigToe() - start.bigToe() : j.smallToes() - start.smallToes();
        boolean moved = Math.abs(angle) > 4 || Math.abs(j.curl() - start.curl()) > 0.15
                || Math.abs(j.spread() - start.spread()) > 0.15 || toe.big() && j.press() > 0.15;
        return moved ? Ink.MOVE : Ink.SKIN;
    }

    private void shoulders(Frame f, double turn) {
        Pt c = f.at(0, -110);
        double rx = 220 * f.scale();
        double ry = 62 * f.scale();
        // The chest faces +x (up the picture); turning to the person's left (positive) turns it anticlockwise.
        items.add(new Shape(PathData.ellipse(c.x(), c.y(), rx, ry, -turn), null, Ink.TRUNK, Math.max(1.5, f.scale() * 5), 1));
        double a = Math.toRadians(-turn - 90);
        // An arrow from the chest's centre the way it faces.
        Pt tip = new Pt(c.x() + Math.cos(a) * ry * 2.6, c.y() + Math.sin(a) * ry * 2.6);
        Pt l = new Pt(c.x() + Math.cos(a + 0.22) * ry * 1.8, c.y() + Math.sin(a + 0.22) * ry * 1.8);
        Pt r = new Pt(c.x() + Math.cos(a - 0.22) * ry * 1.8, c.y() + Math.sin(a - 0.22) * ry * 1.8);
        Pt m = new Pt(c.x() + Math.cos(a) * ry * 1.9, c.y() + Math.sin(a) * ry * 1.9);
        items.add(new Shape(PathData.line(List.of(c, m)), null, Ink.TRUNK, Math.max(1.5, f.scale() * 6), 1));
        items.add(new Shape(PathData.polygon(List.of(l, tip, r)), Ink.TRUNK, null, 0, 1));
    }

    // ------------------------------------------------------------------------------------------ from the side

    private void sideView(double px, double py, double pw, double ph) {
        Pose pose = skeleton.pose();
        FootGeometry g = skeleton.shown();
        FootGeometry other = skeleton.other();
        boolean left = g.left();
        double zTop = switch (pose.posture()) {
            case SEATED -> 520;
            case CROSSED_KNEE -> 600;
            case ONE_LEG -> 330;
            default -> 215;
        };
        double back = switch (pose.posture()) {
            case SEATED, CROSSED_KNEE -> -210;
            case ONE_LEG -> -110;
            case SPLIT_STANCE -> -260;
            default -> -30;
        };
        double front = pose.posture() == Posture.SPLIT_STANCE ? 400 : 290;
        // Seen from the inner side, a right foot points left and a left foot right.
        double sign = left ? 1 : -1;
        double lo = sign > 0 ? back : -front;
        double hi = sign > 0 ? front : -back;
        double top = py + captionSize * 1.4;
        Frame f = Frame.fit(px, top, pw, ph - captionSize * 1.4, lo, hi, -zTop, 14);
        Function<Vec, Pt> project = v -> f.at(clamp(sign * v.x(), lo, hi), clamp(-v.z(), -zTop, 14));
        caption(left ? words.get("figure.left-inner-side") : words.get("figure.right-inner-side"),
                px + pw / 2, py + captionSize * 1.1);
        double lw = Math.max(1, f.scale() * 3.2);
        if (pose.posture() == Posture.SEATED || pose.posture() == Posture.CROSSED_KNEE) {
            chair(g, project, f.scale());
        }
        Pt floorL = f.at(lo, 0);
        Pt floorR = f.at(hi, 0);
        items.add(new Shape(PathData.line(List.of(new Pt(px, floorL.y()), new Pt(px + pw, floorR.y()))), null,
                Ink.FLOOR, Math.max(1, f.scale() * 3), 1));
        if (other.state().role() == FootState.Role.FREE || pose.posture() == Posture.SPLIT_STANCE) {
            sideFoot(other, project, f.scale(), Ink.REST, Ink.REST_LINE, lw * 0.7);
        }
        sideFoot(g, project, f.scale(), g.state().working() ? Ink.SKIN : Ink.REST,
                g.state().working() ? Ink.SKIN_LINE : Ink.REST_LINE, lw);
    }

    private void sideFoot(FootGeometry g, Function<Vec, Pt> project, double scale, Ink fill, Ink line, double lw) {
        FootState s = g.state();
        boolean working = s.working() && fill == Ink.SKIN;
        for (FootGeometry.Toe toe : g.toes().subList(1, 5)) {
            items.add(new Shape(capsule(toe, project, scale), working ? toeInk(s, toe) : fill, line, lw * 0.6, 1));
        }
        FootGeometry.Toe big = g.toes().get(0);
        items.add(new Shape(capsule(big, project, scale), working ? toeInk(s, big) : fill, line, lw * 0.8, 1));
        List<Pt> outline = new ArrayList<>(project(g.side(), project));
        outline.addAll(legOutline(g, project, new Vec(1, 0, 0)));
        items.add(new Shape(PathData.smoothClosed(outline), fill, line, lw, 1));
        if (!working) {
            return;
        }
        Joints j = s.joints();
        if (j.dome() > 0.05) {
            List<Pt> arch = project(g.side().subList(7, 12), project);
            items.add(new Shape(PathData.smoothOpen(arch), null, Ink.MOVE, Math.max(2, scale * 8), Math.min(1, j.dome() * 1.2)));
        }
        if (j.press() > 0.05) {
            Pt c = project.apply(big.tip().plus(new Vec(-6, 0, -big.radii()[2])));
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 20 * scale, 7 * scale, 0), Ink.PRESS, null, 0, 0.75 * j.press()));
        }
        if (j.ballPress() > 0.05) {
            Pt c = project.apply(g.ball());
            items.add(new Shape(PathData.ellipse(c.x(), c.y(), 22 * scale, 7 * scale, 0), Ink.PRESS, null, 0, 0.75 * j.ballPress()));
        }
        if (j.heel() > 3) {
            arrowUp(project.apply(g.heel()), scale, Math.min(1, j.heel() / Joints.HEEL_RAISE));
        }
    }

    private void arrowUp(Pt base, double scale, double amount) {
        double w = 14 * scale;
        double h = 34 * scale;
        double y = base.y() + 4 * scale;
        List<Pt> arrow = List.of(new Pt(base.x(), y - h), new Pt(base.x() + w, y - h * 0.55), new Pt(base.x() + w * 0.4, y - h * 0.55),
                new Pt(base.x() + w * 0.4, y), new Pt(base.x() - w * 0.4, y), new Pt(base.x() - w * 0.4, y - h * 0.55),
                new Pt(base.x() - w, y - h * 0.55));
        items.add(new Shape(PathData.polygon(arrow), Ink.MOVE, null, 0, amount));
    }

    /** The lower leg's outline from the heel cord up to the knee and down the shin, across {@code front}. */
    private List<Pt> legOutline(FootGeometry g, Function<Vec, Pt> project, Vec front) {
        Vec ankle = g.ankle();
        Vec axis = g.knee().minus(ankle);
        double length = axis.length();
        Vec a = axis.times(1 / length);
        // The front direction, made square to the leg's axis.
        Vec n = front.minus(a.times(front.x() * a.x() + front.y() * a.y() + front.z() * a.z()));
        n = n.times(1 / n.length());
        double[] t = {0.1, 0.3, 0.55, 0.8, 1.0};
        double[] back = {24, 40, 50, 44, 44};
        double[] fore = {28, 26, 30, 32, 40};
        List<Pt> out = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            out.add(project.apply(ankle.plus(a.times(t[i] * length)).minus(n.times(back[i]))));
        }
        if (skeleton.pose().posture() == Posture.SEATED || skeleton.pose().posture() == Posture.CROSSED_KNEE) {
            out.add(project.apply(g.knee().plus(a.times(40))));
        } else {
            out.add(project.apply(g.knee().plus(a.times(200))));
        }
        for (int i = t.length - 1; i >= 0; i--) {
            out.add(project.apply(ankle.plus(a.times(t[i] * length)).plus(n.times(fore[i]))));
        }
        return out;
    }

    private void chair(FootGeometry g, Function<Vec, Pt> project, double scale) {
        Vec knee = g.knee();
        double seat = Math.min(knee.z(), 480) - 62;
        Vec hip = new Vec(knee.x() - 430, knee.y(), seat + 62);
        List<Pt> seatBox = List.of(project.apply(new Vec(knee.x() - 80, 0, seat)), project.apply(new Vec(knee.x() - 540, 0, seat)),
                project.apply(new Vec(knee.x() - 540, 0, seat - 36)), project.apply(new Vec(knee.x() - 80, 0, seat - 36)));
        items.add(new Shape(PathData.polygon(seatBox), Ink.FURNITURE, null, 0, 1));
        List<Pt> leg = List.of(project.apply(new Vec(knee.x() - 100, 0, seat - 36)), project.apply(new Vec(knee.x() - 124, 0, seat - 36)),
                project.apply(new Vec(knee.x() - 124, 0, 0)), project.apply(new Vec(knee.x() - 100, 0, 0)));
        items.add(new Shape(PathData.polygon(leg), Ink.FURNITURE, null, 0, 1));
        // The thigh, from the knee back to the hip, resting on the seat.
        List<Pt> thigh = List.of(project.apply(knee.plus(new Vec(30, 0, 48))), project.apply(hip.plus(new Vec(0, 0, 78))),
                project.apply(hip.plus(new Vec(-40, 0, 30))), project.apply(hip.plus(new Vec(0, 0, -4))),
                project.apply(knee.plus(new Vec(-20, 0, -40))), project.apply(knee.plus(new Vec(36, 0, -10))));
        items.add(new Shape(PathData.smoothClosed(thigh), Ink.REST, Ink.REST_LINE, Math.max(1, scale * 2), 1));
    }

    // ------------------------------------------------------------------------------------------ from the front

    private void frontView(double px, double py, double pw, double ph) {
        double zTop = skeleton.pose().posture() == Posture.ONE_LEG ? 330 : 215;
        double top = py + captionSize * 1.4;
        Frame f = Frame.fit(px, top, pw, ph - captionSize * 1.4, -190, 190, -zTop, 14);
        // As in a mirror in front of you: your left foot on the left.
        Function<Vec, Pt> project = v -> f.at(clamp(-v.y(), -190, 190), clamp(-v.z(), -zTop, 14));
        caption(words.get("figure.front-mirror"), px + pw / 2, py + captionSize * 1.1);
        Pt a = f.at(-240, 0);
        Pt b = f.at(240, 0);
        items.add(new Shape(PathData.line(List.of(new Pt(px, a.y()), new Pt(px + pw, b.y()))), null, Ink.FLOOR,
                Math.max(1, f.scale() * 3), 1));
        for (FootGeometry g : List.of(skeleton.left(), skeleton.right())) {
            boolean working = g.state().working();
            Ink fill = working ? Ink.SKIN : Ink.REST;
            Ink line = working ? Ink.SKIN_LINE : Ink.REST_LINE;
            double lw = Math.max(1, f.scale() * (working ? 3.2 : 2));
            // Seen from the front, the leg and the foot's bulk make one outline, widening from the shin to the sole.
            List<Pt> body = new ArrayList<>(legOutline(g, project, new Vec(0, 1, 0)));
            body.addAll(project(g.bulk(), project));
            items.add(new Shape(PathData.smoothClosed(hull(body)), fill, line, lw, 1));
            // The instep and the toes' knuckles stand in front of the ankle: the foot's own outline over the leg's.
            items.add(new Shape(PathData.smoothClosed(hull(project(g.bulk(), project))), fill, line, lw * 0.8, 1));
            List<FootGeometry.Toe> toes = new ArrayList<>(g.toes());
            toes.sort(Comparator.comparingDouble(t -> t.tip().x()));
            for (FootGeometry.Toe toe : toes) {
                Vec tip = toe.tip();
                Pt c = project.apply(tip);
                double r = toe.radii()[toe.radii().length - 1] * f.scale() * 1.05;
                items.add(new Shape(PathData.ellipse(c.x(), c.y(), r, r, 0), working ? toeInk(g.state(), toe) : fill, line, lw * 0.7, 1));
            }
            Joints j = g.state().joints();
            if (working && Math.abs(j.roll()) > 1) {
                Vec edge = j.roll() > 0 ? g.innerBall() : g.outerBall();
                Pt c = project.apply(edge);
                items.add(new Shape(PathData.ellipse(c.x(), c.y(), 10 * f.scale(), 10 * f.scale(), 0), Ink.MOVE, null, 0,
                        Math.min(1, Math.abs(j.roll()) / Joints.ROLL)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ shapes

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void caption(String text, double x, double y) {
        if (captionSize <= 0) {
            return;
        }
        items.add(new Text(text, x, y, captionSize, Ink.MUTED_TEXT, false));
    }

    private static List<Pt> project(List<Vec> points, Function<Vec, Pt> project) {
        List<Pt> out = new ArrayList<>(points.size());
        for (Vec p : points) {
            out.add(project.apply(p));
        }
        return out;
    }

    /** A toe as a rounded capsule along its projected phalanges. */
    static PathData capsule(FootGeometry.Toe toe, Function<Vec, Pt> project, double scale) {
        List<Vec> joints = toe.joints();
        int n = joints.size();
        List<Pt> p = project(joints, project);
        double[] r = toe.radii();
        List<Pt> leftSide = new ArrayList<>();
        List<Pt> rightSide = new ArrayList<>();
        double dx = 0;
        double dy = -1;
        for (int i = 0; i < n; i++) {
            Pt a = p.get(Math.max(0, i - 1));
            Pt b = p.get(Math.min(n - 1, i + 1));
            double ex = b.x() - a.x();
            double ey = b.y() - a.y();
            double len = Math.hypot(ex, ey);
            if (len > 1e-6) {
                dx = ex / len;
                dy = ey / len;
            }
            double w = r[i] * scale;
            leftSide.add(new Pt(p.get(i).x() - dy * w, p.get(i).y() + dx * w));
            rightSide.add(new Pt(p.get(i).x() + dy * w, p.get(i).y() - dx * w));
        }
        Pt tip = p.get(n - 1);
        double w = r[n - 1] * scale;
        List<Pt> outline = new ArrayList<>(leftSide);
        outline.add(new Pt(tip.x() + dx * w * 0.75 - dy * w * 0.7, tip.y() + dy * w * 0.75 + dx * w * 0.7));
        outline.add(new Pt(tip.x() + dx * w, tip.y() + dy * w));
        outline.add(new Pt(tip.x() + dx * w * 0.75 + dy * w * 0.7, tip.y() + dy * w * 0.75 - dx * w * 0.7));
        for (int i = rightSide.size() - 1; i >= 0; i--) {
            outline.add(rightSide.get(i));
        }
        return PathData.smoothClosed(outline);
    }

    private void nail(FootGeometry.Toe toe, Function<Vec, Pt> project, double scale, Ink fill, Ink line, double lw) {
        List<Vec> joints = toe.joints();
        Vec a = joints.get(joints.size() - 2);
        Vec b = joints.get(joints.size() - 1);
        double r = toe.radii()[toe.radii().length - 1];
        Pt pa = project.apply(a);
        Pt pb = project.apply(b);
        double len = Math.hypot(pb.x() - pa.x(), pb.y() - pa.y());
        double full = a.minus(b).length() * scale;
        if (len < full * 0.35) {
            return;
        }
        Pt c = project.apply(a.plus(b.minus(a).times(0.62)));
        double angle = Math.toDegrees(Math.atan2(pb.y() - pa.y(), pb.x() - pa.x()));
        items.add(new Shape(PathData.ellipse(c.x(), c.y(), len * 0.36, r * scale * 0.62, angle), fill, line, lw, 1));
    }

    /** The convex hull of the points (the foot's bulk seen from the front is convex). */
    static List<Pt> hull(List<Pt> points) {
        List<Pt> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Pt::x).thenComparingDouble(Pt::y));
        List<Pt> lower = new ArrayList<>();
        for (Pt p : sorted) {
            while (lower.size() >= 2 && cross(lower.get(lower.size() - 2), lower.get(lower.size() - 1), p) <= 0) {
                lower.remove(lower.size() - 1);
            }
            lower.add(p);
        }
        List<Pt> upper = new ArrayList<>();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Pt p = sorted.get(i);
            while (upper.size() >= 2 && cross(upper.get(upper.size() - 2), upper.get(upper.size() - 1), p) <= 0) {
                upper.remove(upper.size() - 1);
            }
            upper.add(p);
        }
        lower.remove(lower.size() - 1);
        upper.remove(upper.size() - 1);
        lower.addAll(upper);
        return lower;
    }

    private static double cross(Pt o, Pt a, Pt b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
