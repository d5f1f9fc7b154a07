package org.toetempo.ui.history;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;

import java.util.function.Function;

/**
 * A session's timing self-check, one line per exercise and block: "Single Big Toe Raise · Slow: 35 ms late
 * (12 taps, spread 18 ms)", with "on the beat" or "off the beat" once there are enough taps for a verdict.
 */
final class TimingSummary extends VBox {

    /** @param exerciseNames an exercise's name by id (may return {@code null}: the id is shown) */
    TimingSummary(HistoryFormat format, SessionRecord session, Function<String, String> exerciseNames) {
        super(4);
        getStyleClass().add("timing-summary");
        for (TimingCheck check : session.timing()) {
            if (check.taps() == 0) {
                continue;
            }
            String name = exerciseNames == null ? null : exerciseNames.apply(check.exercise());
            Label what = new Label((name == null ? check.exercise() : name) + " · "
                    + format.blockNameOf(session, check.block()) + ": " + format.timingOf(check));
            what.getStyleClass().add("timing-line");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, what);
            row.setAlignment(Pos.CENTER_LEFT);
            if (check.conclusive()) {
                Label verdict = new Label(check.onBeat() ? format.text().get("history.timing.on-beat")
                        : format.text().get("history.timing.off-beat"));
                verdict.getStyleClass().addAll("pill", check.onBeat() ? "level-low" : "level-mid");
                verdict.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(verdict);
            }
            getChildren().add(row);
        }
    }

    /** Whether there is anything to show. */
    boolean isEmpty() {
        return getChildren().isEmpty();
    }
}
