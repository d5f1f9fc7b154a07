package org.toetempo.ui.library;

import org.toetempo.routine.Audience;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Level;
import org.toetempo.routine.Period;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's words for the parts of a routine (audience, difficulty, frequency, side, dose) in the user's
 * language; the routine's own texts (names, instructions) come translated from the routine file.
 */
final class Words {

    private final Messages text;
    private final NumberFormat numbers;

    Words(Messages text) {
        this.text = text;
        this.numbers = NumberFormat.getNumberInstance(text.locale());
        numbers.setMaximumFractionDigits(1);
    }

    Messages text() {
        return text;
    }

    String audience(Audience audience) {
        return switch (audience) {
            case RUNNER -> text.get("library.audience.runner");
            case WARM_UP -> text.get("library.audience.warm-up");
            case POST_RUN -> text.get("library.audience.post-run");
            case REHAB -> text.get("library.audience.rehab");
            case CLINIC -> text.get("library.audience.clinic");
        };
    }

    String audiences(List<Audience> audiences) {
        return String.join(", ", audiences.stream().map(this::audience).toList());
    }

    String difficulty(Difficulty difficulty) {
        return switch (difficulty) {
            case GENTLE -> text.get("library.difficulty.gentle");
            case MODERATE -> text.get("library.difficulty.moderate");
            case CHALLENGING -> text.get("library.difficulty.challenging");
        };
    }

    String frequency(Frequency frequency) {
        return frequency.per() == Period.DAY ? text.get("library.frequency.per-day", frequency.times())
                : text.get("library.frequency.per-week", frequency.times());
    }

    String side(Side side) {
        return switch (side) {
            case RIGHT -> text.get("library.side.right");
            case LEFT -> text.get("library.side.left");
            case BOTH -> text.get("library.side.both");
            case RIGHT_THEN_LEFT -> text.get("library.side.right-then-left");
            case LEFT_THEN_RIGHT -> text.get("library.side.left-then-right");
            case ALTERNATING -> text.get("library.side.alternating");
        };
    }

    /** "About 6 min": one figure reads faster on a card than a range. */
    String about(double seconds) {
        return seconds < 55 ? text.get("library.about-seconds", Math.max(5, 5 * Math.round(seconds / 5)))
                : text.get("library.about-minutes", Math.max(1, Math.round(seconds / 60)));
    }

    String number(double value) {
        return numbers.format(value);
    }

    String seconds(double seconds) {
        return seconds >= 60 && seconds % 60 == 0 ? text.get("library.minutes", number(seconds / 60))
                : text.get("library.seconds", number(seconds));
    }

    String bpm(double value) {
        return bpm(number(value));
    }

    /** "60 BPM", "48–60 BPM". */
    String bpm(String tempo) {
        return text.get("library.bpm", tempo);
    }

    /**
     * The dose of a step: "Right, then left · 3 × 10 reps · 5 s hold · 45 s rest between sets" (its tempo is the
     * schedule's to say, not the file's).
     */
    String dose(Step step, Exercise exercise) {
        List<String> parts = new ArrayList<>();
        parts.add(side(step.side()));
        String amount = step.reps() > 0 ? text.get("library.reps", step.reps()) : seconds(step.forSeconds());
        parts.add(step.sets() > 1 ? text.get("library.sets-of", step.sets(), amount) : amount);
        double hold = Wording.phasesOf(step, exercise).stream().filter(p -> !p.timedInBeats())
                .mapToDouble(Phase::seconds).sum();
        if (hold > 0 && step.reps() > 0) {
            parts.add(text.get("library.hold", seconds(hold)));
        }
        if (step.restBetweenSetsSeconds() > 0) {
            parts.add(text.get("library.rest-between-sets", seconds(step.restBetweenSetsSeconds())));
        }
        if (step.onlyAtLevel() != null) {
            parts.add(text.get("library.only-at-level",
                    exercise.level(step.onlyAtLevel()).map(Level::name).orElse(step.onlyAtLevel())));
        }
        return String.join(" · ", parts);
    }
}
