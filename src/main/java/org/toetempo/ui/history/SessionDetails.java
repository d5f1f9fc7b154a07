package org.toetempo.ui.history;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.toetempo.history.BlockTempo;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One session opened from the History list: what was done, the ratings, notes and the timing check, in words. */
final class SessionDetails extends VBox {

    SessionDetails(SessionRecord session, ZoneId zone, Function<String, String> exerciseNames) {
        super(6);
        setId("session-details");
        getStyleClass().add("session-details");
        List<String> lines = new ArrayList<>();
        lines.add(session.routineName() + (session.stage() == null ? "" : " · stage " + session.stage()));
        lines.add(HistoryFormat.dateTime(session, zone) + " · " + HistoryFormat.duration(session.activeSeconds())
                + " of exercise · " + HistoryFormat.outcome(session));
        lines.add(session.repsDone() + " of " + session.repsPlanned() + " reps done");
        for (BlockTempo tempo : session.tempos()) {
            lines.add(tempo.name() + ": " + Math.round(tempo.bpm()) + " BPM" + (tempo.song() ? " (to a song)" : ""));
        }
        Ratings r = session.ratings();
        if (r == null) {
            lines.add("Not rated.");
        } else {
            lines.add("Pain " + value(r.pain()) + " · stiffness " + value(r.stiffness())
                    + (r.hasMorningCheck() ? " · next morning: pain " + value(r.morningPain()) + ", stiffness "
                    + value(r.morningStiffness()) : ""));
            for (ExerciseRating e : r.exercises()) {
                List<String> parts = new ArrayList<>();
                if (e.effort() != null) {
                    parts.add(switch (e.effort()) {
                        case EASY -> "easy";
                        case JUST_RIGHT -> "just right";
                        case HARD -> "hard";
                    });
                }
                if (e.harderSide() != null) {
                    parts.add(e.harderSide().json() + " foot harder");
                }
                if (e.formOk() != null) {
                    parts.add(e.formOk() ? "toes stayed relaxed" : "toes clawed");
                }
                if (e.cramp()) {
                    parts.add("cramp");
                }
                String name = exerciseNames.apply(e.exercise());
                lines.add((name == null ? e.exercise() : name) + ": " + String.join(", ", parts));
            }
            if (r.cramp()) {
                lines.add("A cramp (exercise not given)");
            }
            for (RedFlag flag : r.allRedFlags()) {
                lines.add("Warning sign: " + flag.describe());
            }
            for (BlockTempo tempo : session.tempos()) {
                r.onBeat(tempo.block()).ifPresent(on -> lines.add(tempo.name() + ": " + (on ? "stayed" : "did not stay")
                        + " on the beat"));
            }
            if (r.note() != null && !r.note().isBlank()) {
                lines.add("Note: " + r.note());
            }
        }
        for (TimingCheck t : session.timing()) {
            String name = exerciseNames.apply(t.exercise());
            lines.add("Timing, " + (name == null ? t.exercise() : name) + ": " + HistoryFormat.offset(t.meanMs())
                    + String.format(Locale.ROOT, " (± %.0f ms, %d taps)", t.spreadMs(), t.taps()));
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
