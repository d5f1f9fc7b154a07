package org.toetempo.figure;

import org.toetempo.routine.Posture;

import java.util.ArrayList;
import java.util.List;

/**
 * One foot's skeleton bent to its {@link Joints}, as points in the figure's space: the outline of the foot's body
 * seen from above and from the inner side, each toe's phalanges, the ankle and the knee. Every view is projected from
 * these same points, so the views cannot contradict each other.
 *
 * <p>The foot is built as a right foot (y toward its inner side) 256 mm long, the proportions of an adult foot:
 * the big toe the longest, the ball of the foot widest at the first and fifth metatarsal heads, a rounded heel
 * pad, and an arch on the inner side. A left foot is its mirror image.
 */
public final class FootGeometry {

    /** Half the distance between the feet's centre lines (mm). */
    static final double HALF_STANCE = 105;
    /** Length of the lower leg, ankle to knee (mm). */
    static final double SHIN = 400;

    private enum Bone { REAR, MID, FORE }

    private record Anchor(Bone bone, double x, double y, double z) {
    }

    /** The foot's body seen from above, heel first, round the outer side to the toes and back along the inner side. */
    private static final List<Anchor> TOP = List.of(
            new Anchor(Bone.REAR, 0, -3, 2),
            new Anchor(Bone.REAR, 8, -24, 2),
            new Anchor(Bone.REAR, 30, -33, 2),
            new Anchor(Bone.MID, 70, -39, 2),
            new Anchor(Bone.MID, 110, -46, 2),
            new Anchor(Bone.FORE, 150, -50, 2),
            new Anchor(Bone.FORE, 168, -49, 2),
            new Anchor(Bone.FORE, 180, -41, 2),
            new Anchor(Bone.FORE, 190, -27, 2),
            new Anchor(Bone.FORE, 198, -12, 2),
            new Anchor(Bone.FORE, 205, 3, 2),
            new Anchor(Bone.FORE, 210, 20, 2),
            new Anchor(Bone.FORE, 204, 40, 2),
            new Anchor(Bone.FORE, 186, 47, 2),
            new Anchor(Bone.FORE, 160, 44, 2),
            new Anchor(Bone.MID, 120, 37, 2),
            new Anchor(Bone.MID, 80, 33, 2),
            new Anchor(Bone.REAR, 40, 30, 2),
            new Anchor(Bone.REAR, 12, 22, 2));

    /** The foot seen from the inner side: ankle front, down the instep, under the ball, the arch, the heel, the heel cord. */
    private static final List<Anchor> SIDE = List.of(
            new Anchor(Bone.REAR, 84, 20, 88),
            new Anchor(Bone.MID, 108, 28, 72),
            new Anchor(Bone.MID, 135, 32, 57),
            new Anchor(Bone.FORE, 168, 36, 40),
            new Anchor(Bone.FORE, 190, 38, 31),
            new Anchor(Bone.FORE, 203, 38, 9),
            new Anchor(Bone.FORE, 188, 40, 0),
            new Anchor(Bone.FORE, 160, 40, 3),
            new Anchor(Bone.MID, 128, 36, 12),
            new Anchor(Bone.MID, 100, 34, 17),
            new Anchor(Bone.MID, 70, 32, 10),
            new Anchor(Bone.REAR, 44, 28, 1),
            new Anchor(Bone.REAR, 22, 20, 0),
            new Anchor(Bone.REAR, 5, 10, 8),
            new Anchor(Bone.REAR, 0, 5, 30),
            new Anchor(Bone.REAR, 8, 5, 55),
            new Anchor(Bone.REAR, 24, 5, 82));

    /** Heights of the instep along the foot, for the body's bulk seen from the front. */
    private static final double[][] INSTEP = {{0, 60}, {40, 80}, {80, 88}, {104, 73}, {135, 57}, {168, 40}, {200, 28}};

    /** Per toe, big toe first: MTP joint (x, y, z), phalanx lengths, radii at base..tip, resting direction (deg). */
    private static final double[][] TOE_BASE = {{192, 28, 16}, {198, 9, 12}, {192, -7, 11}, {183, -22, 10}, {171, -36, 9}};
    private static final double[][] TOE_LENGTHS = {{34, 28}, {26, 14, 11}, {23, 13, 10}, {20, 12, 9}, {16, 10, 8}};
    private static final double[][] TOE_RADII = {{12.5, 12, 10.5}, {8.4, 8, 7.6, 7.2}, {8.2, 7.8, 7.3, 6.9}, {8, 7.5, 7, 6.6},
            {7.8, 7.3, 6.8, 6.3}};
    private static final double[] TOE_YAW = {-3, -4, -8, -13, -19};
    private static final double[] SPREAD_YAW = {14, 3, -5, -11, -18};
    private static final double[][] CURL_BEND = {{55}, {70, 35}, {70, 35}, {65, 35}, {60, 30}};

    /** One toe: its joints from the MTP to the tip, with the radius at each. */
    public record Toe(int index, List<Vec> joints, double[] radii) {

        public boolean big() {
            return index == 0;
        }

        public Vec tip() {
            return joints.get(joints.size() - 1);
        }

        /** The lowest point of the toe's skin beyond its base (under the base is the ball of the foot). */
        public double bottom() {
            double min = Double.MAX_VALUE;
            for (int i = 1; i < joints.size(); i++) {
                min = Math.min(min, joints.get(i).z() - radii[i]);
            }
            return min;
        }

        /** The highest point of the toe's skin beyond its base. */
        public double top() {
            double max = -Double.MAX_VALUE;
            for (int i = 1; i < joints.size(); i++) {
                max = Math.max(max, joints.get(i).z() + radii[i]);
            }
            return max;
        }
    }

    private final boolean left;
    private final FootState state;
    private final Posture posture;
    private final List<Vec> top = new ArrayList<>();
    private final List<Vec> side = new ArrayList<>();
    private final List<Vec> bulk = new ArrayList<>();
    private final List<Toe> toes = new ArrayList<>();
    private final Vec ankle;
    private final Vec knee;
    private final Vec arch;
    private final Vec heel;
    private final Vec innerBall;
    private final Vec outerBall;
    private final Vec ball;

    private final double heelAngle;
    private final Vec heelPivot;
    private final Vec rollPivot;
    private final Vec anklePivot;

    FootGeometry(FootState state, boolean left, Posture posture) {
        this.state = state;
        this.left = left;
        this.posture = posture;
        Joints j = state.joints();
        double shorten = 9 * j.dome();
        heelPivot = new Vec(190 - shorten, 0, 0);
        heelAngle = Math.toDegrees(Math.asin(Math.min(0.9, j.heel() / (heelPivot.x() - 20))));
        rollPivot = new Vec(0, j.roll() >= 0 ? -50 : 47, 0);
        anklePivot = new Vec(62, 3, 78);
        for (Anchor a : TOP) {
            top.add(place(a));
        }
        for (Anchor a : SIDE) {
            side.add(place(a));
        }
        for (Anchor a : TOP) {
            double h = instep(a.x());
            bulk.add(place(a));
            bulk.add(place(new Anchor(a.bone(), a.x(), a.y() * 0.78, h)));
        }
        for (int t = 0; t < 5; t++) {
            toes.add(toe(t, j, shorten));
        }
        ankle = place(new Anchor(Bone.REAR, 62, 3, 80));
        arch = place(new Anchor(Bone.MID, 100, 34, 17));
        heel = place(new Anchor(Bone.REAR, 22, 0, 0));
        innerBall = place(new Anchor(Bone.FORE, 186, 47, 0));
        outerBall = place(new Anchor(Bone.FORE, 168, -49, 0));
        ball = place(new Anchor(Bone.FORE, 190, 28, 0));
        knee = knee(j);
    }

    /** Where the knee is: above the ankle standing and seated, forward when the foot hangs free. */
    private Vec knee(Joints j) {
        Vec neutral = world(new Vec(62 + j.forward(), 3, 80));
        if (state.role() == FootState.Role.FREE) {
            return ankle.plus(new Vec(170, 0, 362));
        }
        if (posture == Posture.CROSSED_KNEE && state.working()) {
            return ankle.plus(new Vec(-40, 0, 120)).plus(new Vec(0, left ? -250 : 250, 0));
        }
        if (posture == Posture.SPLIT_STANCE && j.forward() < 0) {
            return ankle.plus(new Vec(150, 0, 370));
        }
        double height = Math.sqrt(SHIN * SHIN - Math.pow(ankle.y() - neutral.y(), 2));
        return new Vec(neutral.x() + 8, neutral.y(), ankle.z() + height);
    }

    /**
     * The heel raise turns the foot about the line through the metatarsal heads, which runs obliquely from the first
     * (further forward) to the fifth: every head stays on the floor.
     */
    private Vec pivotAt(double y) {
        double x = 171 + (y + 36) * (192.0 - 171) / (28 + 36);
        return new Vec(x - 9 * state.joints().dome(), y, 0);
    }

    private static double instep(double x) {
        for (int i = 1; i < INSTEP.length; i++) {
            if (x <= INSTEP[i][0]) {
                double t = (x - INSTEP[i - 1][0]) / (INSTEP[i][0] - INSTEP[i - 1][0]);
                return INSTEP[i - 1][1] + t * (INSTEP[i][1] - INSTEP[i - 1][1]);
            }
        }
        return INSTEP[INSTEP.length - 1][1];
    }

    /** A body point bent by the arch, then carried by the heel raise, the roll, the pointing and the lift. */
    private Vec place(Anchor a) {
        Joints j = state.joints();
        double x = a.x();
        double z = a.z();
        if (a.bone() == Bone.MID) {
            // Doming lifts the inner arch most; the midfoot draws back with the forefoot.
            double inner = Math.max(0, Math.min(1, (a.y() + 20) / 55));
            double underside = z < 30 ? 1 : 0.4;
            z += j.dome() * 11 * inner * underside;
            x -= j.dome() * 4;
        } else if (a.bone() == Bone.FORE) {
            x -= 9 * j.dome();
        }
        return carry(new Vec(x, a.y(), z), true);
    }

    /** Heel raise (unless the point is on a toe, which keeps its own angle), roll, point, lift, then to the world. */
    private Vec carry(Vec p, boolean raise) {
        Joints j = state.joints();
        Vec q = raise ? p.pitch(pivotAt(p.y()), heelAngle) : p;
        double floor = Math.min(p.z(), 2);
        if (raise && heelAngle > 0 && q.z() < floor) {
            // The ball's soft tissue flattens on the floor as the foot pivots over it.
            q = new Vec(q.x(), q.y(), floor);
        }
        q = q.roll(rollPivot, j.roll());
        q = q.pitch(anklePivot.pitch(heelPivot, heelAngle).roll(rollPivot, j.roll()), j.point());
        q = new Vec(q.x() + j.forward(), q.y(), q.z() + j.lift());
        return world(q);
    }

    private Vec world(Vec local) {
        return left ? new Vec(local.x(), HALF_STANCE - local.y(), local.z())
                : new Vec(local.x(), -HALF_STANCE + local.y(), local.z());
    }

    private Toe toe(int t, Joints j, double shorten) {
        double[] lengths = TOE_LENGTHS[t];
        double[] radii = TOE_RADII[t];
        double total = 0;
        for (double l : lengths) {
            total += l;
        }
        double baseZ = TOE_BASE[t][2];
        double restPitch = -Math.toDegrees(Math.asin((baseZ - radii[radii.length - 1]) / total));
        double mtp = t == 0 ? j.bigToe() : j.smallToes();
        double curl = j.curl();
        double yaw = TOE_YAW[t] + j.spread() * SPREAD_YAW[t];
        // The heel raise pivots on the balls of the feet: the toes stay flat, so their joint opens by the same angle.
        Vec baseLocal = new Vec(TOE_BASE[t][0] - shorten, TOE_BASE[t][1], baseZ).pitch(pivotAt(TOE_BASE[t][1]), heelAngle);
        List<Vec> chain = chain(baseLocal, lengths, restPitch + mtp, yaw, curl, t);
        if (state.role() != FootState.Role.FREE && j.lift() <= 0 && j.point() == 0) {
            // The floor stops a toe: a curled or pressed toe cannot go through it, its joint opens instead.
            double extra = 0;
            while (extra < 60 && bottom(chain, radii, j) < -0.5) {
                extra += 1;
                chain = chain(baseLocal, lengths, restPitch + mtp + extra, yaw, curl, t);
            }
        }
        List<Vec> placed = new ArrayList<>();
        for (Vec v : chain) {
            placed.add(carry(v, false));
        }
        return new Toe(t, List.copyOf(placed), radii);
    }

    private double bottom(List<Vec> chain, double[] radii, Joints j) {
        double min = Double.MAX_VALUE;
        for (int i = 1; i < chain.size(); i++) {
            Vec p = chain.get(i).roll(rollPivot, j.roll());
            min = Math.min(min, p.z() - radii[i]);
        }
        return min;
    }

    private static List<Vec> chain(Vec base, double[] lengths, double pitch, double yaw, double curl, int t) {
        List<Vec> out = new ArrayList<>();
        out.add(base);
        Vec at = base;
        double p = pitch;
        for (int k = 0; k < lengths.length; k++) {
            if (k > 0) {
                p -= curl * CURL_BEND[t][k - 1];
            }
            double pr = Math.toRadians(p);
            double yr = Math.toRadians(yaw);
            Vec step = new Vec(Math.cos(pr) * Math.cos(yr), Math.cos(pr) * Math.sin(yr), Math.sin(pr)).times(lengths[k]);
            at = at.plus(step);
            out.add(at);
        }
        return out;
    }

    public boolean left() {
        return left;
    }

    public FootState state() {
        return state;
    }

    /** The body's outline seen from above (heel, outer side, toe line, inner side). */
    public List<Vec> top() {
        return top;
    }

    /** The body's outline seen from the inner side (instep, ball, arch, heel, heel cord). */
    public List<Vec> side() {
        return side;
    }

    /** Points spanning the body's bulk (sole edge and instep), for the view from the front. */
    public List<Vec> bulk() {
        return bulk;
    }

    public List<Toe> toes() {
        return toes;
    }

    public Vec ankle() {
        return ankle;
    }

    public Vec knee() {
        return knee;
    }

    /** The highest point of the arch's underside, on the inner side. */
    public Vec arch() {
        return arch;
    }

    /** The heel pad's lowest point. */
    public Vec heel() {
        return heel;
    }

    /** The sole's edge under the first metatarsal head (inner side). */
    public Vec innerBall() {
        return innerBall;
    }

    /** The sole's edge under the fifth metatarsal head (outer side). */
    public Vec outerBall() {
        return outerBall;
    }

    /** Under the ball of the big toe. */
    public Vec ball() {
        return ball;
    }

    /** Length of the foot, heel to the tip of the longest toe. */
    public double length() {
        double max = 0;
        for (Toe toe : toes) {
            max = Math.max(max, toe.tip().x() + toe.radii()[toe.radii().length - 1]);
        }
        double min = Double.MAX_VALUE;
        for (Vec p : top) {
            min = Math.min(min, p.x());
        }
        return max - min;
    }

    /** The lowest point of the foot (sole and toes). */
    public double bottom() {
        double min = Double.MAX_VALUE;
        for (Vec p : side) {
            min = Math.min(min, p.z());
        }
        for (Vec p : top) {
            min = Math.min(min, p.z() - 2);
        }
        for (Toe toe : toes) {
            min = Math.min(min, toe.bottom());
        }
        return min;
    }
}
