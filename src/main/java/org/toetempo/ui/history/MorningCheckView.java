package org.toetempo.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.toetempo.history.SessionRecord;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The next-morning check (catalogue 4.1): pain and stiffness 0–10 the morning after a session, which the pain rules
 * (R2, R3) compare with the usual morning. One answer covers every session it is asked for (two sessions
 * yesterday share one morning). Save hands pain and stiffness (either may be {@code null}) to {@code onSave};
 * Skip asks nothing.
 */
public final class MorningCheckView extends BorderPane {

    /** Before this hour the question is about now; later in the day, about how the morning was. */
    static final int MORNING_ENDS = 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ObjectProperty<Integer> pain = new SimpleObjectProperty<>(this, "pain");
    private final ObjectProperty<Integer> stiffness = new SimpleObjectProperty<>(this, "stiffness");

    /**
     * @param sessions the sessions awaiting their check, oldest first (not empty)
     * @param now      the current time in the user's zone
     */
    public MorningCheckView(List<SessionRecord> sessions, ZonedDateTime now, BiConsumer<Integer, Integer> onSave,
                            Runnable onSkip) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a morning check needs a session to ask about");
        }
        getStyleClass().addAll("history-screen", "rating-view", "morning-check-view");
        setId("morning-check-view");

        Label title = new Label(now.getHour() < MORNING_ENDS ? "How is your foot this morning?"
                : "How was your foot this morning?");
        title.setId("morning-question");
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(after(sessions, now));
        subtitle.setId("morning-sessions");
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        Label why = new Label("Soreness that has settled by the next morning is fine. If it is worse than usual, the "
                + "coach suggests doing less next time.");
        why.getStyleClass().add("hint");
        why.setWrapText(true);

        VBox body = new VBox(18, new VBox(2, title, subtitle), why,
                RatingView.section("Pain", "0 none, 10 the worst imaginable", RatingView.scale(pain, "morning-pain")),
                RatingView.section("Stiffness", "0 none, 10 very stiff", RatingView.scale(stiffness, "morning-stiffness")));
        body.getStyleClass().add("rating-body");
        body.setMaxWidth(880);
        setCenter(Pages.centred(body));

        Button save = Pages.save("save-morning");
        save.disableProperty().bind(pain.isNull().and(stiffness.isNull()));
        save.setOnAction(e -> onSave.accept(pain.get(), stiffness.get()));
        setBottom(Pages.actionBar(null, Pages.skip("skip-morning", onSkip), save));
    }

    /** "After Musical Toes yesterday at 18:30", or several joined by "and". */
    static String after(List<SessionRecord> sessions, ZonedDateTime now) {
        List<String> parts = new ArrayList<>();
        for (SessionRecord session : sessions) {
            ZonedDateTime start = session.started().atZone(now.getZone());
            boolean yesterday = start.toLocalDate().equals(now.toLocalDate().minusDays(1));
            parts.add(session.routineName() + (yesterday ? " yesterday" : " on " + start.format(DAY)) + " at "
                    + start.format(TIME));
        }
        return "After " + String.join(" and ", parts);
    }
}
