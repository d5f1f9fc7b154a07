package org.toetempo.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-English descriptions of routine parts, shared by the screens, the CLI and printouts. */
public final class Wording {

    private Wording() {
    }

    public static String side(Side side) {
        return switch (side) {
            case RIGHT -> "Right foot";
            case LEFT -> "Left foot";
            case BOTH -> "Both feet";
            case RIGHT_THEN_LEFT -> "Right, then left";
            case LEFT_THEN_RIGHT -> "Left, then right";
            case ALTERNATING -> "Alternate feet each set";
        };
    }

    public static String frequency(Frequency frequency) {
        String times = switch (frequency.times()) {
            case 1 -> "Once";
            case 2 -> "Twice";
            default -> frequency.times() + " times";
        };
        return frequency.per() == Period.DAY && frequency.times() == 1 ? "Daily" : times + " a " + frequency.per().json();
    }

    /** The dose of a step, e.g. "Right, then left · 3 × 10 reps · 5 s hold · 45 s rest between sets". */
    public static String dose(Step step, Exercise exercise) {
        List<String> parts = new ArrayList<>();
        parts.add(side(step.side()));
        String amount = step.reps() > 0 ? step.reps() + " rep" + (step.reps() == 1 ? "" : "s") : seconds(step.forSeconds());
        parts.add(step.sets() > 1 ? step.sets() + " × " + amount : amount);
        double hold = phasesOf(step, exercise).stream().filter(p -> !p.timedInBeats()).mapToDouble(Phase::seconds).sum();
        if (hold > 0 && step.reps() > 0) {
            parts.add(seconds(hold) + " hold");
        }
        if (step.restBetweenSetsSeconds() > 0) {
            parts.add(seconds(step.restBetweenSetsSeconds()) + " rest between sets");
        }
        if (step.tempo() != null && step.tempo().bpm() != null) {
            parts.add(number(step.tempo().bpm()) + " BPM");
        }
        if (step.onlyAtLevel() != null) {
            parts.add("only at the " + exercise.level(step.onlyAtLevel()).map(Level::name).orElse(step.onlyAtLevel())
                    + " level");
        }
        return String.join(" · ", parts);
    }

    /** The phases one rep of this step uses: the step's own, else its level's, else the exercise's. */
    public static List<Phase> phasesOf(Step step, Exercise exercise) {
        if (step.phases() != null) {
            return step.phases();
        }
        String level = step.level() != null ? step.level() : exercise.defaultLevel();
        return exercise.level(level).map(Level::phases).filter(p -> p != null).orElse(exercise.phases());
    }

    public static String title(Step step, Exercise exercise) {
        return step.title() != null ? step.title() : exercise.name();
    }

    public static String seconds(double seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return number(seconds / 60) + " min";
        }
        return number(seconds) + " s";
    }

    public static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "warm-up" → "Warm-up", "post-run" → "Post-run". */
    public static String label(Choice choice) {
        return capitalised(choice.json());
    }
}
