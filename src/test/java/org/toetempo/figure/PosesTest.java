package org.toetempo.figure;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Posture;
import org.toetempo.routine.Side;
import org.toetempo.routine.StartToes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the instructions say, checked on the model for every exercise of the library, at every level, on every side,
 * at the start, middle and end of every phase.
 */
class PosesTest {

    private static final ExerciseLibrary LIBRARY = ExerciseLibrary.builtIn();

    private record Case(Exercise exercise, String level, Side side) {
        Moment at(int phase, double progress) {
            List<Phase> phases = exercise.level(level).map(Level::phases).filter(p -> p != null).orElse(exercise.phases());
            return new Moment(exercise, level, phases, phase, progress, side);
        }

        String name() {
            return exercise.id() + " / " + level + " / " + side;
        }
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Exercise e : LIBRARY.all()) {
            List<String> levels = new ArrayList<>();
            e.levels().forEach(l -> levels.add(l.id()));
            if (levels.isEmpty()) {
                levels.add(null);
            }
            for (String level : levels) {
                for (Side side : List.of(Side.RIGHT, Side.LEFT, Side.BOTH)) {
                    out.add(new Case(e, level, side));
                }
            }
        }
        return out;
    }

    private static Skeleton skeleton(Moment m) {
        return Skeleton.of(Poses.at(m));
    }

    private static List<FootGeometry> working(Skeleton s) {
        List<FootGeometry> out = new ArrayList<>();
        for (FootGeometry g : List.of(s.left(), s.right())) {
            if (g.state().working()) {
                out.add(g);
            }
        }
        return out;
    }

    private static double tipTop(FootGeometry.Toe toe) {
        return toe.tip().z();
    }

    @TestFactory
    Stream<DynamicTest> everyPhaseOfEveryExerciseDoesWhatItsInstructionsSay() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) {
        Moment base = c.at(-1, 0);
        Skeleton start = skeleton(base);
        Posture posture = c.exercise().postureAt(c.level());
        assertThat(working(start)).as("a foot works").isNotEmpty();
        for (int i = 0; i < base.phases().size(); i++) {
            Phase phase = base.phases().get(i);
            FootPart part = phase.part() != null ? phase.part() : c.exercise().figure();
            Skeleton before = skeleton(c.at(i, 0));
            for (double p : new double[]{0, 0.5, 1}) {
                Skeleton now = skeleton(c.at(i, p));
                String at = c.name() + " phase " + (i + 1) + " " + phase.action() + " at " + p;
                nothingGoesThroughTheFloor(now, at);
                if (posture == Posture.ONE_LEG) {
                    theFreeFootIsOffTheFloorBesideTheStandingOne(now, c.side(), at);
                }
            }
            Skeleton end = skeleton(c.at(i, 1));
            String at = c.name() + " phase " + (i + 1) + " " + phase.action();
            for (int f = 0; f < working(end).size(); f++) {
                FootGeometry e = working(end).get(f);
                FootGeometry b = working(before).get(f);
                FootGeometry s = working(start).get(f);
                movement(c, phase.action(), part, s, b, e, at);
            }
        }
    }

    private static void movement(Case c, Action action, FootPart part, FootGeometry start, FootGeometry before,
                                 FootGeometry end, String at) {
        boolean toesUp = c.exercise().startToes() == StartToes.UP;
        List<FootGeometry.Toe> small = end.toes().subList(1, 5);
        FootGeometry.Toe big = end.toes().get(0);
        boolean onFloor = end.state().joints().lift() == 0 && end.state().joints().point() == 0;
        if (action == Action.LIFT && part == FootPart.HEEL) {
            // Heel raise: the heel rises; the foot pivots on the balls of the foot; the toes stay flat on the floor.
            assertThat(end.heel().z()).as(at + ": heel rises").isGreaterThan(start.heel().z() + 40);
            assertThat(end.ball().z()).as(at + ": ball of the big toe stays down").isLessThan(2);
            for (FootGeometry.Toe toe : end.toes()) {
                assertThat(toe.bottom()).as(at + ": toe " + toe.index() + " stays on the floor").isLessThan(2.5);
            }
        }
        if (action == Action.PRESS && part == FootPart.BIG_TOE) {
            assertThat(end.state().joints().press()).as(at + ": pressing").isPositive();
            assertThat(tipTop(big)).as(at + ": the big toe is not raised").isLessThanOrEqualTo(tipTop(before.toes().get(0)) + 0.5);
            assertThat(big.bottom()).as(at + ": the big toe is down on the floor").isLessThan(2.5);
            if (toesUp) {
                // Great Toe Down: pressed from all toes up, the big toe ends lower than it started, below the others.
                assertThat(tipTop(big)).as(at + ": lower than at the start").isLessThan(tipTop(start.toes().get(0)) - 15);
                for (FootGeometry.Toe toe : small) {
                    assertThat(tipTop(big)).as(at + ": below raised small toe " + toe.index()).isLessThan(tipTop(toe) - 10);
                }
            }
        }
        if (action == Action.LIFT && part == FootPart.BIG_TOE && !toesUp && before.state().joints().curl() < 0.5) {
            // Only the big toe rises; the four small toes stay (or go) down.
            assertThat(tipTop(big)).as(at + ": the big toe rises").isGreaterThan(tipTop(start.toes().get(0)) + 15);
            for (FootGeometry.Toe toe : small) {
                assertThat(toe.bottom()).as(at + ": small toe " + toe.index() + " stays down").isLessThan(2.5);
            }
            assertThat(end.heel().z()).as(at + ": heel stays down").isLessThan(1 + end.state().joints().lift());
        }
        if (action == Action.LIFT && part == FootPart.LESSER_TOES && !toesUp) {
            for (FootGeometry.Toe toe : small) {
                assertThat(tipTop(toe)).as(at + ": small toe " + toe.index() + " rises").isGreaterThan(tipTop(start.toes().get(toe.index())) + 8);
            }
            assertThat(big.bottom()).as(at + ": the big toe stays down").isLessThan(2.5);
        }
        if (action == Action.DOME) {
            // Doming: the arch rises and the foot shortens, the toes long and relaxed on the floor (no curl).
            assertThat(end.arch().z()).as(at + ": arch rises").isGreaterThan(start.arch().z() + 6);
            assertThat(end.length()).as(at + ": foot shortens").isLessThan(start.length() - 5);
            assertThat(end.state().joints().curl()).as(at + ": toes not curled").isZero();
            for (FootGeometry.Toe toe : end.toes()) {
                assertThat(toe.bottom()).as(at + ": toe " + toe.index() + " flat on the floor").isLessThan(2.5 + end.state().joints().lift());
                assertThat(tipTop(toe)).as(at + ": toe " + toe.index() + " not lifted").isLessThan(tipTop(start.toes().get(toe.index())) + 1);
            }
        }
        if (action == Action.GRAB && part == FootPart.ARCH) {
            assertThat(end.arch().z()).as(at + ": gripping raises the arch").isGreaterThan(start.arch().z() + 4);
        }
        if (action == Action.ROLL_OUT) {
            assertThat(end.innerBall().z()).as(at + ": rolling out raises the inner edge").isGreaterThan(end.outerBall().z() + 15);
            assertThat(end.outerBall().z()).as(at + ": on the outer edge").isLessThan(1 + end.state().joints().lift());
        }
        if (action == Action.ROLL_IN) {
            assertThat(end.outerBall().z()).as(at + ": rolling in raises the outer edge").isGreaterThan(end.innerBall().z() + 15);
        }
        if (action == Action.CURL && part != FootPart.BIG_TOE) {
            assertThat(end.state().joints().curl()).as(at + ": toes curl").isPositive();
        }
        if (action == Action.SPREAD) {
            double before5 = start.toes().get(4).tip().y() - start.toes().get(0).tip().y();
            double after5 = end.toes().get(4).tip().y() - end.toes().get(0).tip().y();
            assertThat(Math.abs(after5)).as(at + ": toes fan out").isGreaterThan(Math.abs(before5) + 10);
        }
        if (onFloor && end.state().working() && action != Action.LIFT && end.state().joints().roll() == 0) {
            assertThat(end.heel().z()).as(at + ": heel on the floor unless raised").isLessThan(1 + end.state().joints().heel());
        }
    }

    private static void nothingGoesThroughTheFloor(Skeleton s, String at) {
        for (FootGeometry g : List.of(s.left(), s.right())) {
            assertThat(g.bottom()).as(at + ": " + (g.left() ? "left" : "right") + " foot above the floor").isGreaterThan(-1.0);
        }
    }

    private static void theFreeFootIsOffTheFloorBesideTheStandingOne(Skeleton s, Side side, String at) {
        FootGeometry stance = side == Side.LEFT ? s.left() : s.right();
        FootGeometry free = side == Side.LEFT ? s.right() : s.left();
        assertThat(free.state().role()).as(at).isEqualTo(FootState.Role.FREE);
        assertThat(free.bottom()).as(at + ": the free foot is off the floor").isGreaterThan(60);
        double stanceMin = Double.MAX_VALUE;
        double stanceMax = -Double.MAX_VALUE;
        for (Vec p : stance.bulk()) {
            stanceMin = Math.min(stanceMin, p.y());
            stanceMax = Math.max(stanceMax, p.y());
        }
        for (FootGeometry.Toe toe : stance.toes()) {
            stanceMin = Math.min(stanceMin, toe.tip().y() - 10);
            stanceMax = Math.max(stanceMax, toe.tip().y() + 10);
        }
        List<Vec> freePoints = new ArrayList<>(free.bulk());
        free.toes().forEach(t -> freePoints.addAll(t.joints()));
        for (Vec p : freePoints) {
            assertThat(p.y() < stanceMin || p.y() > stanceMax).as(at + ": the free foot does not overlap the standing one").isTrue();
        }
    }

    @Test
    void greatToeDownStartsWithAllTenToesUp() {
        Exercise e = LIBRARY.find("great-toe-down").orElseThrow();
        Skeleton start = skeleton(Moment.start(e, Side.BOTH));
        for (FootGeometry g : List.of(start.left(), start.right())) {
            for (FootGeometry.Toe toe : g.toes()) {
                assertThat(toe.tip().z()).as("toe " + toe.index() + " up").isGreaterThan(20);
            }
        }
    }

    @Test
    void seatedLevelsSitWithTheKneeBentAboveTheFoot() {
        Exercise e = LIBRARY.find("short-foot").orElseThrow();
        Skeleton seated = skeleton(new Moment(e, "seated", e.phases(), -1, 0, Side.RIGHT));
        assertThat(seated.pose().posture()).isEqualTo(Posture.SEATED);
        Vec knee = seated.right().knee();
        Vec ankle = seated.right().ankle();
        assertThat(knee.z() - ankle.z()).as("shin upright under the knee").isCloseTo(FootGeometry.SHIN, within(5.0));
        Skeleton standing = skeleton(new Moment(e, "standing", e.phases(), -1, 0, Side.RIGHT));
        assertThat(standing.pose().posture()).isEqualTo(Posture.STANDING);
        Skeleton oneLeg = skeleton(new Moment(e, "one-leg", e.phases(), -1, 0, Side.RIGHT));
        assertThat(oneLeg.left().state().role()).isEqualTo(FootState.Role.FREE);
    }

    @Test
    void leftAndRightAreMirrorImagesAndTheSideViewShowsTheWorkingFoot() {
        Exercise e = LIBRARY.find("rock-out").orElseThrow();
        Skeleton both = skeleton(new Moment(e, null, e.phases(), 0, 0.7, Side.BOTH));
        for (int i = 0; i < both.left().top().size(); i++) {
            Vec l = both.left().top().get(i);
            Vec r = both.right().top().get(i);
            assertThat(l.y()).isCloseTo(-r.y(), within(1e-9));
            assertThat(l.z()).isCloseTo(r.z(), within(1e-9));
        }
        // The big toe is on the inner side of each foot.
        assertThat(both.left().toes().get(0).tip().y()).isLessThan(both.left().toes().get(4).tip().y());
        assertThat(both.right().toes().get(0).tip().y()).isGreaterThan(both.right().toes().get(4).tip().y());
        Exercise raise = LIBRARY.find("single-big-toe-raise").orElseThrow();
        assertThat(skeleton(Moment.start(raise, Side.LEFT)).shown().left()).isTrue();
        assertThat(skeleton(Moment.start(raise, Side.RIGHT)).shown().left()).isFalse();
        assertThat(skeleton(Moment.start(raise, Side.LEFT_THEN_RIGHT)).shown().left()).isTrue();
    }

    @Test
    void theRotationTurnsTheChestTowardTheStandingLegThenAway() {
        Exercise e = LIBRARY.find("single-leg-balance-rotation").orElseThrow();
        Pose towardOnRight = Poses.at(new Moment(e, null, e.phases(), 0, 1, Side.RIGHT));
        Pose towardOnLeft = Poses.at(new Moment(e, null, e.phases(), 0, 1, Side.LEFT));
        Pose awayOnRight = Poses.at(new Moment(e, null, e.phases(), 2, 1, Side.RIGHT));
        assertThat(towardOnRight.turn()).as("to the person's right").isNegative();
        assertThat(towardOnLeft.turn()).as("to the person's left").isPositive();
        assertThat(awayOnRight.turn()).isPositive();
        assertThat(Poses.at(new Moment(e, null, e.phases(), 1, 1, Side.RIGHT)).turn()).isZero();
    }

    @Test
    void thePoseIsAFunctionOfTheMomentAlone() {
        Exercise e = LIBRARY.find("toe-fan").orElseThrow();
        Moment m = new Moment(e, null, e.phases(), 1, 0.37, Side.BOTH);
        assertThat(Poses.at(m)).isEqualTo(Poses.at(new Moment(e, null, e.phases(), 1, 0.37, Side.BOTH)));
        assertThat(Poses.at(m)).isNotEqualTo(Poses.at(m.at(1, 0.38)));
    }
}
