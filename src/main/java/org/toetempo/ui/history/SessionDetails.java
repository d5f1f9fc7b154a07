package org.toetempo.ui.history;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.toetempo.history.BlockTempo;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.routine.Side;
import org.toetempo.text.Messages;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One session opened from the History list: what was done, the ratings, notes and the timing check, in words. */
final class SessionDetails extends VBox {

    SessionDetails(HistoryFormat format, SessionRecord session, ZoneId zone, Function<String, String> exerciseNames) {
        super(6);
        Messages text = format.text();
        setId("session-details");
        getStyleClass().add("session-details");
        List<String> lines = new ArrayList<>();
        lines.add(session.stage() == null ? session.routineName()
                : text.get("history.details.stage", session.routineName(), session.stage()));
        lines.add(text.get("history.details.when", format.dateTimeOf(session, zone),
                format.durationOf(session.activeSeconds()), format.outcomeOf(session)));
        lines.add(text.get("history.details.reps", session.repsDone(), session.repsPlanned()));
        for (BlockTempo tempo : session.tempos()) {
            // The tempo its steps played (time-weighted), not the tempo written for the block.
            lines.add(tempo.song() ? text.get("history.details.tempo.song", tempo.name(), Math.round(tempo.bpm()))
                    : text.get("history.details.tempo", tempo.name(), Math.round(tempo.bpm())));
        }
        Ratings r = session.ratings();
        if (r == null) {
            lines.add(text.get("history.details.not-rated"));
        } else {
            String rated = text.get("history.details.pain", value(r.pain()), value(r.stiffness()));
            lines.add(r.hasMorningCheck() ? rated + " · " + text.get("history.details.morning", value(r.morningPain()),
                    value(r.morningStiffness())) : rated);
            for (ExerciseRating e : r.exercises()) {
                List<String> parts = new ArrayList<>();
                if (e.effort() != null) {
                    parts.add(switch (e.effort()) {
                        case EASY -> text.get("history.details.easy");
                        case JUST_RIGHT -> text.get("history.details.just-right");
                        case HARD -> text.get("history.details.hard");
                    });
                }
                if (e.harderSide() != null) {
                    parts.add(e.harderSide() == Side.LEFT ? text.get("history.details.left-harder")
                            : text.get("history.details.right-harder"));
                }
                if (e.formOk() != null) {
                    parts.add(e.formOk() ? text.get("history.details.relaxed") : text.get("history.details.clawed"));
                }
                if (e.cramp()) {
                    parts.add(text.get("history.details.cramp"));
                }
                String name = exerciseNames.apply(e.exercise());
                lines.add((name == null ? e.exercise() : name) + ": " + String.join(", ", parts));
            }
            if (r.cramp()) {
                lines.add(text.get("history.details.cramp-unknown"));
            }
            for (RedFlag flag : r.allRedFlags()) {
                lines.add(text.get("history.details.warning", RatingView.flag(text, flag)));
            }
            for (BlockTempo tempo : session.tempos()) {
                r.onBeat(tempo.block()).ifPresent(on -> lines.add(on ? text.get("history.details.stayed", tempo.name())
                        : text.get("history.details.did-not-stay", tempo.name())));
            }
            if (r.note() != null && !r.note().isBlank()) {
                lines.add(text.get("history.details.note", r.note()));
            }
        }
        for (TimingCheck t : session.timing()) {
            String name = exerciseNames.apply(t.exercise());
            lines.add(text.get("history.details.timing", name == null ? t.exercise() : name, format.offsetOf(t.meanMs()),
                    Math.round(t.spreadMs()), t.taps()));
        }
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            getChildren().add(label);
        }
    }

    private static String value(Integer v) {
        return v == null ? "–" : v + "/10";
    }
}
