package org.toetempo.routine;

import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain descriptions of routine parts, shared by the screens, the CLI and printouts. Each has a form that takes the
 * {@link Messages} of a language; the form without one is English.
 */
public final class Wording {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private Wording() {
    }

    public static String side(Side side) {
        return side(side, ENGLISH);
    }

    public static String side(Side side, Messages words) {
        return switch (side) {
            case RIGHT -> words.get("wording.side.right");
            case LEFT -> words.get("wording.side.left");
            case BOTH -> words.get("wording.side.both");
            case RIGHT_THEN_LEFT -> words.get("wording.side.right-then-left");
            case LEFT_THEN_RIGHT -> words.get("wording.side.left-then-right");
            case ALTERNATING -> words.get("wording.side.alternating");
        };
    }

    public static String frequency(Frequency frequency) {
        return frequency(frequency, ENGLISH);
    }

    /** "Daily", "Twice a week", "3 times a day". */
    public static String frequency(Frequency frequency, Messages words) {
        if (frequency.per() == Period.DAY && frequency.times() == 1) {
            return words.get("wording.frequency.daily");
        }
        return frequency.per() == Period.DAY ? words.get("wording.frequency.per-day", frequency.times())
                : words.get("wording.frequency.per-week", frequency.times());
    }

    /** What a phase does, as a verb: "lift", "roll out" (German: "heben", "nach außen rollen"). */
    public static String action(Action action, Messages words) {
        return switch (action) {
            case LIFT -> words.get("wording.action.lift");
            case LOWER -> words.get("wording.action.lower");
            case PRESS -> words.get("wording.action.press");
            case RELEASE -> words.get("wording.action.release");
            case SPREAD -> words.get("wording.action.spread");
            case CURL -> words.get("wording.action.curl");
            case STRAIGHTEN -> words.get("wording.action.straighten");
            case DOME -> words.get("wording.action.dome");
            case GRAB -> words.get("wording.action.grab");
            case STRETCH -> words.get("wording.action.stretch");
            case HOLD -> words.get("wording.action.hold");
            case ROLL_OUT -> words.get("wording.action.roll-out");
            case ROLL_IN -> words.get("wording.action.roll-in");
            case TURN_TOWARD -> words.get("wording.action.turn-toward");
            case TURN_AWAY -> words.get("wording.action.turn-away");
            case CENTER -> words.get("wording.action.center");
            case STEP -> words.get("wording.action.step");
            case HOP -> words.get("wording.action.hop");
        };
    }

    /** The dose of a step, e.g. "Right, then left · 3 × 10 reps · 5 s hold · 45 s rest between sets". */
    public static String dose(Step step, Exercise exercise) {
        return dose(step, exercise, ENGLISH);
    }

    public static String dose(Step step, Exercise exercise, Messages words) {
        List<String> parts = new ArrayList<>();
        parts.add(side(step.side(), words));
        String amount = step.reps() > 0 ? words.get("wording.reps", step.reps()) : seconds(step.forSeconds(), words);
        parts.add(step.sets() > 1 ? step.sets() + " × " + amount : amount);
        double hold = phasesOf(step, exercise).stream().filter(p -> !p.timedInBeats()).mapToDouble(Phase::seconds).sum();
        if (hold > 0 && step.reps() > 0) {
            parts.add(words.get("wording.hold", seconds(hold, words)));
        }
        if (step.restBetweenSetsSeconds() > 0) {
            parts.add(words.get("wording.rest-between-sets", seconds(step.restBetweenSetsSeconds(), words)));
        }
        if (step.tempo() != null && step.tempo().bpm() != null) {
            parts.add(words.get("wording.bpm", number(step.tempo().bpm(), words)));
        }
        if (step.onlyAtLevel() != null) {
            parts.add(words.get("wording.only-at-level",
                    exercise.level(step.onlyAtLevel()).map(Level::name).orElse(step.onlyAtLevel())));
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
        return seconds(seconds, ENGLISH);
    }

    /** "20 s", "2 min", "2.5 s" (German: "20 s", "2 Min.", "2,5 s"). */
    public static String seconds(double seconds, Messages words) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return words.get("wording.minutes", number(seconds / 60, words));
        }
        return words.get("wording.seconds", number(seconds, words));
    }

    /** A number as typed into the app's fields: "60", "2.5" (always with a point, whatever the language). */
    public static String number(double value) {
        return number(value, Locale.ROOT);
    }

    /** A number as read in the language: "2.5" in English, "2,5" in German. */
    public static String number(double value, Messages words) {
        return number(value, words.language() == Language.ENGLISH ? Locale.ROOT : words.locale());
    }

    private static String number(double value, Locale locale) {
        return value == Math.rint(value) ? String.format(locale, "%.0f", value) : String.format(locale, "%.1f", value);
    }

    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "warm-up" → "Warm-up", "post-run" → "Post-run". */
    public static String label(Choice choice) {
        return capitalised(choice.json());
    }
}
