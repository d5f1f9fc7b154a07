package org.toetempo.ui.player;

import org.toetempo.routine.Exercise;
import org.toetempo.routine.Side;
import org.toetempo.text.Messages;
import org.toetempo.timing.Activity;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Snapshot;

import java.util.List;

/** What the player says at a moment, in the user's language: the phase word, the foot, how, the cues and what is next. */
final class PlayerWords {

    private PlayerWords() {
    }

    static String wordFor(Snapshot s, Messages text) {
        return switch (s.activity()) {
            case READY, LEAD_IN -> text.get("player.word.ready");
            case COUNT_IN -> Integer.toString(s.countdown());
            case MOVE -> (s.cue().isEmpty() ? s.action().json().replace('-', ' ') : s.cue()).toUpperCase(text.locale());
            case HOLD -> s.cue().isEmpty() ? text.get("player.word.hold", s.countdown())
                    : s.cue().toUpperCase(text.locale()) + " " + s.countdown();
            case REST -> text.get("player.word.rest", s.countdown());
            case DONE -> text.get("player.word.done");
        };
    }

    static String footLabel(Side side, Messages text) {
        if (side == null) {
            return "";
        }
        return switch (side) {
            case LEFT -> text.get("player.foot.left");
            case RIGHT -> text.get("player.foot.right");
            default -> text.get("player.foot.both");
        };
    }

    static String instructionFor(ScheduledStep step, Snapshot s) {
        Exercise exercise = step.exercise();
        if (step.step().note() != null && (s.activity() == Activity.LEAD_IN || s.activity() == Activity.COUNT_IN)) {
            return step.step().note();
        }
        String level = step.level() == null ? null : exercise.level(step.level()).map(l -> l.how()).orElse(null);
        if (s.activity() == Activity.LEAD_IN || s.activity() == Activity.COUNT_IN) {
            return level != null ? level : exercise.start();
        }
        return exercise.instructions().get(Math.min(exercise.instructions().size() - 1, Math.max(0, s.phaseIndex() + 1)));
    }

    static String cuesFor(ScheduledStep step) {
        List<String> list = step.step().cues() != null ? step.step().cues() : step.exercise().cues();
        return String.join("   ·   ", list.subList(0, Math.min(2, list.size())));
    }

    static String nextFor(Snapshot s, Messages text) {
        if (s.activity() == Activity.DONE) {
            return "";
        }
        ScheduledStep next = s.activity() == Activity.COUNT_IN && s.step() != null ? s.step() : s.nextStep();
        if (next == null) {
            return text.get("player.next.end");
        }
        String side = switch (next.feet().get(0)) {
            case LEFT -> text.get("player.next.left");
            case RIGHT -> text.get("player.next.right");
            default -> text.get("player.next.both");
        };
        return text.get("player.next", next.title(), side);
    }

    static String clock(long nanos) {
        long seconds = wholeSeconds(nanos);
        return seconds / 60 + (seconds % 60 < 10 ? ":0" : ":") + seconds % 60;
    }

    /** Whole seconds, rounded up: "0:01 left" until the very end. */
    static long wholeSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
