package org.toetempo.timing;

import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;

import java.util.ArrayList;
import java.util.List;

/** What one step plays, before it is laid out in time: its rep's phases, its reps, the foot of each set. */
final class StepLayout {

    private StepLayout() {
    }

    static List<Phase> phasesOf(Step step, Exercise exercise, String level) {
        if (step.phases() != null) {
            return step.phases();
        }
        return exercise.level(level).map(l -> l.phases()).filter(p -> p != null).orElse(exercise.phases());
    }

    /** Reps that fill {@code seconds} at this tempo (at least one). */
    static int repsFor(double seconds, List<Phase> phases, double bpm) {
        double rep = 0;
        for (Phase phase : phases) {
            rep += phase.timedInBeats() ? phase.beats() * 60 / bpm : phase.seconds();
        }
        return (int) Math.max(1, Math.round(seconds / rep));
    }

    /**
     * The phases with the dose's hold: the longest hold in seconds becomes the dose's, and shorter ones change in
     * the same proportion, so a rep keeps its shape.
     */
    static List<Phase> withHold(List<Phase> phases, PlayOptions.Dose dose) {
        double longest = 0;
        for (Phase phase : phases) {
            if (!phase.timedInBeats()) {
                longest = Math.max(longest, phase.seconds());
            }
        }
        double target = dose.hold(longest);
        if (longest <= 0 || target == longest) {
            return phases;
        }
        double factor = target / longest;
        List<Phase> out = new ArrayList<>(phases.size());
        for (Phase phase : phases) {
            out.add(phase.timedInBeats() ? phase
                    : new Phase(phase.action(), phase.beats(), phase.seconds() * factor, phase.cue(), phase.part()));
        }
        return out;
    }

    /**
     * One more set on {@code extra}, right after that foot's last set; none for a step that does not work that foot
     * on its own.
     */
    static List<Side> withExtraSet(List<Side> feet, Side extra) {
        int last = extra == null ? -1 : feet.lastIndexOf(extra);
        if (last < 0) {
            return feet;
        }
        List<Side> out = new ArrayList<>(feet);
        out.add(last + 1, extra);
        return out;
    }

    /** Sets on one foot. */
    static int setsOn(List<Side> feet, Side foot) {
        int n = 0;
        for (Side side : feet) {
            if (side == foot) {
                n++;
            }
        }
        return n;
    }

    /** The foot of each set, in order: {@code sets} is per foot. */
    static List<Side> feet(Side side, int sets) {
        List<Side> out = new ArrayList<>();
        switch (side) {
            case RIGHT, LEFT, BOTH -> {
                for (int i = 0; i < sets; i++) {
                    out.add(side);
                }
            }
            case RIGHT_THEN_LEFT, LEFT_THEN_RIGHT -> {
                Side first = side == Side.RIGHT_THEN_LEFT ? Side.RIGHT : Side.LEFT;
                Side second = first == Side.RIGHT ? Side.LEFT : Side.RIGHT;
                for (int i = 0; i < sets; i++) {
                    out.add(first);
                }
                for (int i = 0; i < sets; i++) {
                    out.add(second);
                }
            }
            case ALTERNATING -> {
                for (int i = 0; i < sets; i++) {
                    out.add(Side.RIGHT);
                    out.add(Side.LEFT);
                }
            }
        }
        return out;
    }
}
