package org.toetempo.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.toetempo.history.SessionRecord;
import org.toetempo.text.Messages;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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


    private final ObjectProperty<Integer> pain = new SimpleObjectProperty<>(this, "pain");
    private final ObjectProperty<Integer> stiffness = new SimpleObjectProperty<>(this, "stiffness");

    /**
     * @param sessions the sessions awaiting their check, oldest first (not empty)
     * @param now      the current time in the user's zone
     */
    public MorningCheckView(Messages text, List<SessionRecord> sessions, ZonedDateTime now, BiConsumer<Integer, Integer> onSave,
                            Runnable onSkip) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a morning check needs a session to ask about");
        }
        getStyleClass().addAll("history-screen", "rating-view", "morning-check-view");
        setId("morning-check-view");

        Label title = new Label(now.getHour() < MORNING_ENDS ? text.get("morning.is")
                : text.get("morning.was"));
        title.setWrapText(true);
        title.setId("morning-question");
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(after(text, sessions, now));
        subtitle.setId("morning-sessions");
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        Label why = new Label(text.get("morning.why"));
        why.getStyleClass().add("hint");
        why.setWrapText(true);

        VBox body = new VBox(18, new VBox(2, title, subtitle), why,
                RatingView.section(text.get("rating.pain"), text.get("morning.pain.hint"),
                        RatingView.scale(pain, "morning-pain")),
                RatingView.section(text.get("rating.stiffness"), text.get("morning.stiffness.hint"),
                        RatingView.scale(stiffness, "morning-stiffness")));
        body.getStyleClass().add("rating-body");
        body.setMaxWidth(880);
        setCenter(Pages.centred(body));

        Button save = Pages.save(text, "save-morning");
        save.disableProperty().bind(pain.isNull().and(stiffness.isNull()));
        save.setOnAction(e -> onSave.accept(pain.get(), stiffness.get()));
        setBottom(Pages.actionBar(null, Pages.skip(text, "skip-morning", onSkip), save));
    }

    /** "After Musical Toes yesterday at 18:30", or several joined by "and". */
    static String after(Messages text, List<SessionRecord> sessions, ZonedDateTime now) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text.get("morning.day-format"), text.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", text.locale());
        List<String> parts = new ArrayList<>();
        for (SessionRecord session : sessions) {
            ZonedDateTime start = session.started().atZone(now.getZone());
            boolean yesterday = start.toLocalDate().equals(now.toLocalDate().minusDays(1));
            parts.add(yesterday ? text.get("morning.yesterday", session.routineName(), start.format(time))
                    : text.get("morning.on", session.routineName(), start.format(day), start.format(time)));
        }
        return text.get("morning.after", String.join(text.get("morning.and"), parts));
    }
}
