package org.toetempo.figure;

import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Posture;
import org.toetempo.routine.Side;
import org.toetempo.routine.StartToes;

import java.util.List;

/**
 * Works out the {@link Pose} at a {@link Moment}: a pure function of the exercise, level, phase, progress and side.
 * The exercise starts from its posture and toe position; each phase moves its part from where the phase before left
 * it. A rep that does not come back to its start (toe yoga, rolling edge to edge) cycles: its first phase starts
 * where its last one ended.
 */
public final class Poses {

    /** How high a hop or a step takes the foot (mm). */
    static final double HOP = 70;
    /** How far the chest turns in the rotation variant (degrees). */
    static final double TURN = 35;

    private Poses() {
    }

    public static Pose at(Moment m) {
        Exercise exercise = m.exercise();
        String level = m.level() != null ? m.level() : exercise.defaultLevel();
        Posture posture = exercise.postureAt(level);
        boolean toesUp = exercise.startToes() == StartToes.UP;
        Joints start = toesUp ? Joints.FLAT.withBigToe(Joints.TOE_LIFT).withSmallToes(Joints.TOE_LIFT) : Joints.FLAT;
        List<Phase> phases = m.phases();
        int n = phases.size();
        Joints[] after = new Joints[n];
        double[] turnAfter = new double[n];
        Joints joints = start;
        double turn = 0;
        for (int i = 0; i < n; i++) {
            joints = apply(phases.get(i), exercise.figure(), joints, start, toesUp);
            turn = turn(phases.get(i).action(), turn);
            after[i] = joints;
            turnAfter[i] = turn;
        }
        Joints now = start;
        double turnNow = 0;
        double hop = 0;
        if (m.phaseIndex() >= 0 && m.phaseIndex() < n) {
            int i = m.phaseIndex();
            Joints before = i > 0 ? after[i - 1] : after[n - 1];
            double turnBefore = i > 0 ? turnAfter[i - 1] : turnAfter[n - 1];
            double t = ease(m.progress());
            now = before.toward(after[i], t);
            turnNow = turnBefore + (turnAfter[i] - turnBefore) * t;
            Action action = phases.get(i).action();
            if (action == Action.HOP || action == Action.STEP) {
                hop = Math.sin(Math.PI * clamp(m.progress())) * HOP;
            }
        }
        boolean sideways = phases.stream().map(Phase::action)
                .anyMatch(a -> a == Action.ROLL_OUT || a == Action.ROLL_IN || a == Action.SPREAD);
        boolean turns = phases.stream().map(Phase::action).anyMatch(a -> a == Action.TURN_TOWARD || a == Action.TURN_AWAY);
        return place(posture, m.side(), now, start, hop, turnNow, sideways, turns, exercise.figure() == FootPart.WALK);
    }

    /** Puts the worked joints on the working foot or feet, and the other foot where the posture has it. */
    private static Pose place(Posture posture, Side side, Joints worked, Joints start, double hop, double turn,
                              boolean sideways, boolean turns, boolean walking) {
        boolean rightWorks = side != Side.LEFT;
        boolean leftWorks = side != Side.RIGHT;
        Joints rest = Joints.FLAT;
        FootState right;
        FootState left;
        switch (posture) {
            case ONE_LEG -> {
                // Standing on the working leg (the right one when both are named): the other hangs free, knee bent.
                Joints stance = worked.withLift(worked.lift() + hop);
                Joints free = Joints.FLAT.withLift(130 + hop).withForward(-60).withPoint(22);
                FootState standing = new FootState(stance, start, FootState.Role.WORKING);
                FootState hanging = new FootState(free, free, FootState.Role.FREE);
                boolean onRight = side != Side.LEFT;
                right = onRight ? standing : hanging;
                left = onRight ? hanging : standing;
                // Turning toward the standing leg turns the chest to that side.
                turn = onRight ? -turn : turn;
            }
            case SPLIT_STANCE -> {
                Joints front = worked.withForward(worked.forward() + 110);
                Joints back = Joints.FLAT.withForward(-190).withHeel(55);
                boolean onRight = side != Side.LEFT;
                right = new FootState(onRight ? front : back, onRight ? start.withForward(110) : back,
                        onRight ? FootState.Role.WORKING : FootState.Role.RESTING);
                left = new FootState(onRight ? back : front, onRight ? back : start.withForward(110),
                        onRight ? FootState.Role.RESTING : FootState.Role.WORKING);
            }
            case CROSSED_KNEE -> {
                // The working foot rests across the other knee: off the floor, the sole turned a little inward.
                Joints crossed = worked.withLift(worked.lift() + 330).withForward(worked.forward() + 60)
                        .withPoint(worked.point() + 8);
                Joints crossedStart = start.withLift(330).withForward(60).withPoint(8);
                boolean onRight = side != Side.LEFT;
                right = new FootState(onRight ? crossed : rest, onRight ? crossedStart : rest,
                        onRight ? FootState.Role.WORKING : FootState.Role.RESTING);
                left = new FootState(onRight ? rest : crossed, onRight ? rest : crossedStart,
                        onRight ? FootState.Role.RESTING : FootState.Role.WORKING);
            }
            default -> {
                Joints stepping = hop > 0 && walking ? worked.withLift(hop).withForward(hop) : worked.withLift(worked.lift() + hop);
                if (walking) {
                    // Walking steps with one foot per beat: the right steps, the left stays planted.
                    right = new FootState(stepping, start, FootState.Role.WORKING);
                    left = new FootState(worked, start, FootState.Role.WORKING);
                } else {
                    right = rightWorks ? new FootState(stepping, start, FootState.Role.WORKING)
                            : new FootState(rest, rest, FootState.Role.RESTING);
                    left = leftWorks ? new FootState(stepping, start, FootState.Role.WORKING)
                            : new FootState(rest, rest, FootState.Role.RESTING);
                }
            }
        }
        return new Pose(posture, left, right, turn, sideways, turns);
    }

    /** Where one phase leaves the foot, from where the phase before left it. */
    static Joints apply(Phase phase, FootPart figure, Joints j, Joints start, boolean toesUp) {
        FootPart part = phase.part() != null ? phase.part() : figure;
        double up = Joints.TOE_LIFT;
        return switch (phase.action()) {
            case LIFT -> {
                if (j.curl() > 0.5) {
                    // Lifting while the toes grip carries the object: the whole foot rises.
                    yield j.withLift(60);
                }
                yield switch (part) {
                    // Lifting one toe group sets the other one down (toe yoga), unless the start holds all toes up.
                    case BIG_TOE -> j.withBigToe(up).withPress(0).withSmallToes(toesUp ? j.smallToes() : 0);
                    case LESSER_TOES -> j.withSmallToes(up).withBigToe(toesUp ? j.bigToe() : 0).withPress(toesUp ? 0 : 0.6);
                    case HEEL -> j.withHeel(Joints.HEEL_RAISE);
                    case ARCH -> j.withDome(1);
                    case BALANCE, WALK, FOOT_EDGES -> j.withLift(HOP);
                    default -> j.withBigToe(up).withSmallToes(up).withPress(0).withCurl(0);
                };
            }
            case LOWER -> switch (part) {
                case BIG_TOE -> j.withBigToe(0);
                case LESSER_TOES -> j.withSmallToes(0).withPress(0);
                case HEEL -> j.withHeel(0);
                case ALL_TOES, TOE_SPREAD, FOREFOOT -> j.withBigToe(0).withSmallToes(0).withSpread(0);
                default -> j.withBigToe(0).withSmallToes(0).withHeel(0).withLift(0);
            };
            case PRESS -> switch (part) {
                case LESSER_TOES -> j.withSmallToes(0);
                case FOREFOOT -> j.withBallPress(1).withBigToe(0).withSmallToes(0);
                case ALL_TOES -> j.withBigToe(0).withSmallToes(0).withPress(1);
                // The big toe goes down and presses; the others stay where they are (lifted in Great Toe Down).
                default -> j.withBigToe(0).withPress(1);
            };
            case RELEASE, STRAIGHTEN -> start;
            case SPREAD -> j.withSpread(1).withCurl(0).withBigToe(Math.max(j.bigToe(), 0)).withSmallToes(Math.max(j.smallToes(), 0));
            case CURL -> part == FootPart.BIG_TOE
                    ? j.withBigToe(0).withPress(0.7)
                    : j.withCurl(1).withBigToe(-6).withSmallToes(-6).withSpread(0);
            case DOME -> j.withDome(1).withCurl(0);
            case GRAB -> part == FootPart.ARCH
                    ? j.withCurl(0.35).withDome(0.7).withBigToe(-3).withSmallToes(-3)
                    : j.withCurl(1).withSpread(0).withBigToe(-6).withSmallToes(-6);
            case STRETCH -> j.withBigToe(62).withSmallToes(55);
            case ROLL_OUT -> j.withRoll(Joints.ROLL);
            case ROLL_IN -> j.withRoll(-Joints.ROLL);
            case HOLD, TURN_TOWARD, TURN_AWAY, STEP, HOP -> j;
            case CENTER -> j.withRoll(0);
        };
    }

    /** The chest's turn after a phase, toward the standing leg positive. */
    private static double turn(Action action, double turn) {
        return switch (action) {
            case TURN_TOWARD -> TURN;
            case TURN_AWAY -> -TURN;
            case CENTER -> 0;
            default -> turn;
        };
    }

    static double ease(double progress) {
        double p = clamp(progress);
        return p * p * (3 - 2 * p);
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
