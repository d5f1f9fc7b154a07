// Benchmark for issue 14; see the class comment. Not part of the build.
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.toetempo.figure.FigureDrawing;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.figure.Poses;
import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;
import org.toetempo.ui.controls.Offscreen;
import org.toetempo.ui.controls.FigurePainter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Issue 14: what drawing the foot figure costs per frame. The articulated figure (pose from the model, vector picture,
 * painted on a canvas) against the schematic figure it replaced (copied here from main as it was), frame for frame in
 * one run, at the player's figure size at 1280x720 (486 x 420) and at presentation size (730 x 640). Each frame is
 * painted on the FX thread; "with raster" adds a canvas snapshot, which makes the software pipeline rasterize it.
 *   bench/figure-bench.sh [FRAMES]
 */
public class FigureBench {

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Offscreen.startToolkit();
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(run(frames));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        System.out.println(done.get(30, TimeUnit.MINUTES));
        Platform.exit();
    }

    private static String run(int frames) {
        ExerciseLibrary library = ExerciseLibrary.builtIn();
        List<String> ids = List.of("heel-raise", "toe-fan", "rock-out", "great-toe-down", "short-foot");
        StringBuilder out = new StringBuilder();
        for (double[] size : new double[][]{{486, 420}, {730, 640}}) {
            Canvas canvas = new Canvas(size[0], size[1]);
            GraphicsContext g = canvas.getGraphicsContext2D();
            SnapshotParameters parameters = new SnapshotParameters();
            for (boolean raster : new boolean[]{false, true}) {
                long[] fresh = new long[frames];
                long[] old = new long[frames];
                long[] model = new long[frames];
                long[] empty = new long[frames];
                for (int i = -frames / 5; i < frames; i++) {
                    Exercise e = library.find(ids.get(Math.floorMod(i, ids.size()))).orElseThrow();
                    int phase = Math.floorMod(i / 7, e.phases().size());
                    double progress = Math.floorMod(i, 7) / 6.0;
                    Phase p = e.phases().get(phase);
                    long t0 = System.nanoTime();
                    var picture = FigureDrawing.draw(Poses.at(new Moment(e, null, e.phases(), phase, progress, Side.BOTH)), size[0], size[1]);
                    long t1 = System.nanoTime();
                    g.clearRect(0, 0, size[0], size[1]);
                    if (Boolean.getBoolean("noclip")) {
                        picture = new org.toetempo.figure.Picture(picture.width(), picture.height(), picture.items().stream()
                                .filter(it -> !(it instanceof org.toetempo.figure.Picture.Clip) && !(it instanceof org.toetempo.figure.Picture.Unclip)).toList());
                    }
                    FigurePainter.paint(g, picture, Palette.LIGHT);
                    if (raster) {
                        canvas.snapshot(parameters, null);
                    }
                    long t2 = System.nanoTime();
                    OldPose pose = OldPose.of(p.part() != null ? p.part() : e.figure(), p.action(), progress, Side.BOTH);
                    OldPose.draw(g, size[0], size[1], pose);
                    if (raster) {
                        canvas.snapshot(parameters, null);
                    }
                    long t3 = System.nanoTime();
                    g.clearRect(0, 0, size[0], size[1]);
                    if (raster) {
                        canvas.snapshot(parameters, null);
                    }
                    long t4 = System.nanoTime();
                    if (i >= 0) {
                        empty[i] = t4 - t3;
                        model[i] = t1 - t0;
                        fresh[i] = t2 - t0;
                        old[i] = t3 - t2;
                    }
                }
                out.append(String.format(Locale.ROOT, "%4.0fx%3.0f %-11s empty canvas: median %6.3f ms | model only: median %6.3f ms p99 %6.3f | articulated: median %6.3f ms p99 %6.3f | schematic: median %6.3f ms p99 %6.3f | ratio of medians %.2f%n",
                        size[0], size[1], raster ? "with raster" : "paint", ms(empty, 50), ms(model, 50), ms(model, 99), ms(fresh, 50), ms(fresh, 99), ms(old, 50), ms(old, 99),
                        (double) pct(fresh, 50) / pct(old, 50)));
            }
        }
        return out.toString();
    }

    private static long pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, s.length * p / 100)];
    }

    private static double ms(long[] v, int p) {
        return pct(v, p) / 1e6;
    }

    static record OldPose(Foot left, Foot right) {
    
        /**
         * One foot.
         *
         * @param working    this foot does the exercise (highlighted)
         * @param bigToe     big toe lifted
         * @param lesserToes the four small toes lifted
         * @param spread     toes spread apart
         * @param curl       toes curled or gripping
         * @param pressure   pressure into the floor under the moving part (big-toe press, tripod press)
         * @param arch       arch domed
         * @param heel       heel lifted
         * @param tilt       rolled onto the outer edge (positive) or inner edge (negative)
         * @param lifted     the whole foot off the floor (the free foot in one-leg balance, a hop, a step)
         * @param turn       the body turned toward (positive) or away from (negative) the standing leg
         */
        record Foot(boolean working, double bigToe, double lesserToes, double spread, double curl, double pressure,
                           double arch, double heel, double tilt, double lifted, double turn) {
    
            static final Foot REST = new Foot(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    
            Foot working(boolean value) {
                return new Foot(value, bigToe, lesserToes, spread, curl, pressure, arch, heel, tilt, lifted, turn);
            }
        }
    
        static final OldPose NEUTRAL = new OldPose(Foot.REST, Foot.REST);
    
        /** The pose for a phase at {@code progress} (0..1) through it, on the working foot or feet. */
        static OldPose of(FootPart part, Action action, double progress, Side side) {
            boolean leftWorks = side == Side.LEFT || side == Side.BOTH;
            boolean rightWorks = side == Side.RIGHT || side == Side.BOTH;
            if (part == null || action == null) {
                return new OldPose(Foot.REST.working(leftWorks), Foot.REST.working(rightWorks));
            }
            Foot moved = move(part, action, amount(action, progress), action == Action.ROLL_IN || action == Action.TURN_AWAY ? -1 : 1);
            if (part == FootPart.BALANCE || (part == FootPart.WALK && side != Side.BOTH)) {
                // Standing on the working leg: the other foot is off the floor.
                Foot free = new Foot(false, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
                Foot stance = moved.working(true);
                return side == Side.LEFT ? new OldPose(stance, free) : new OldPose(free, stance);
            }
            return new OldPose(leftWorks ? moved.working(true) : Foot.REST, rightWorks ? moved.working(true) : Foot.REST);
        }
    
        /** How far the phase's movement has gone: rising for movements away from rest, falling for returns. */
        static double amount(Action action, double progress) {
            double p = Math.max(0, Math.min(1, progress));
            double eased = p * p * (3 - 2 * p);
            return switch (action) {
                case HOLD -> 1;
                case LOWER, RELEASE, STRAIGHTEN, CENTER -> 1 - eased;
                case HOP, STEP -> Math.sin(Math.PI * p);
                default -> eased;
            };
        }
    
        private static Foot move(FootPart part, Action action, double a, int sign) {
            boolean press = action == Action.PRESS;
            boolean curling = action == Action.CURL || action == Action.GRAB;
            boolean rolling = action == Action.ROLL_IN || action == Action.ROLL_OUT;
            boolean turning = action == Action.TURN_TOWARD || action == Action.TURN_AWAY || action == Action.CENTER;
            if (rolling) {
                return new Foot(true, 0, 0, 0, 0, 0, 0, part == FootPart.FOREFOOT ? 0.6 : 0, sign * a, 0, 0);
            }
            if (action == Action.HOP || action == Action.STEP) {
                return new Foot(true, 0, 0, 0, 0, 0, part == FootPart.ARCH ? 1 : 0, 0, 0, a, 0);
            }
            return switch (part) {
                case BIG_TOE -> press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                        : curling ? new Foot(true, 0, 0, 0, a, 0, 0, 0, 0, 0, 0)
                        : new Foot(true, a, 0, 0, 0, 0, 0, 0, 0, 0, 0);
                case LESSER_TOES -> press ? new Foot(true, 1, 1 - a, 0, 0, a * 0.6, 0, 0, 0, 0, 0)
                        : new Foot(true, 0, a, 0, 0, 0, 0, 0, 0, 0, 0);
                case ALL_TOES -> curling ? new Foot(true, 0, 0, 0, a, 0, 0.3 * a, 0, 0, 0, 0)
                        : press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                        : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
                case TOE_SPREAD -> action == Action.SPREAD || action == Action.HOLD
                        ? new Foot(true, 0.4, 0.4, a, 0, 0, 0, 0, 0, 0, 0)
                        : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
                case ARCH -> curling ? new Foot(true, 0, 0, 0, a, 0, a, 0, 0, 0, 0)
                        : new Foot(true, 0, 0, 0, 0, 0, a, 0, 0, 0, 0);
                case HEEL -> new Foot(true, 0, 0, 0, 0, 0, 0, a, 0, 0, 0);
                case FOREFOOT -> press ? new Foot(true, 0, 0, 0, 0, a, 0, 0, 0, 0, 0)
                        : new Foot(true, a, a, 0, 0, 0, 0, 0, 0, 0, 0);
                case FOOT_EDGES -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, sign * a, 0, 0);
                case BALANCE -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, 0, 0, turning ? sign * a : 0);
                case WALK -> new Foot(true, 0, 0, 0, 0, 0, 0, 0, 0, a, 0);
            };
        }
    
        static final Color SKIN = Color.web("#f1d2bd");
            static final Color SKIN_EDGE = Color.web("#b98b70");
            static final Color REST_FOOT = Color.web("#d9d4cf");
            static final Color MOVE = Color.web("#e8590c");
            static final Color PRESS = Color.web("#c92a2a");
            static final Color LEFT = Color.web("#e67700");
            static final Color RIGHT = Color.web("#1c7ed6");
    
            static void draw(GraphicsContext g, double w, double h, OldPose pose) {
                g.clearRect(0, 0, w, h);
                if (w < 10 || h < 10) {
                    return;
                }
                double topHeight = h * 0.62;
                double footH = Math.min(topHeight * 0.78, w * 0.42 * 1.9);
                double footW = footH / 2.3;
                double gap = footW * 0.55;
                double cy = (topHeight - footH * 0.12) / 2 + 4;
                drawTopFoot(g, w / 2 - gap / 2 - footW / 2, cy, footW, footH, pose.left(), true);
                drawTopFoot(g, w / 2 + gap / 2 + footW / 2, cy, footW, footH, pose.right(), false);
                label(g, "L", w / 2 - gap / 2 - footW / 2, cy + footH / 2 + 2, pose.left().working() ? LEFT : REST_FOOT, footW);
                label(g, "R", w / 2 + gap / 2 + footW / 2, cy + footH / 2 + 2, pose.right().working() ? RIGHT : REST_FOOT, footW);
    
                OldPose.Foot working = pose.right().working() && !pose.left().working() ? pose.right()
                        : pose.left().working() && !pose.right().working() ? pose.left() : pose.right();
                boolean leftSide = working == pose.left() && pose.left().working() && !pose.right().working();
                double sideTop = topHeight + 4;
                drawSideFoot(g, w / 2, sideTop, Math.min(w * 0.7, (h - sideTop) * 3.2), h - sideTop, working,
                        leftSide ? LEFT : working.working() ? (pose.left().working() && pose.right().working() ? MOVE : RIGHT) : REST_FOOT);
            }
    
            static void label(GraphicsContext g, String text, double x, double y, Color color, double footW) {
                g.setFill(color);
                g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(12, footW * 0.28)));
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(text, x, y + footW * 0.3);
            }
    
            /** One foot from above; {@code left} mirrors it so the big toe is on the inner side. */
            static void drawTopFoot(GraphicsContext g, double cx, double cy, double fw, double fh, OldPose.Foot foot, boolean left) {
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
            static void drawSideFoot(GraphicsContext g, double cx, double top, double width, double height,
                                             OldPose.Foot foot, Color accent) {
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
    
}
