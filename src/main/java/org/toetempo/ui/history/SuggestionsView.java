package org.toetempo.ui.history;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.progress.Change;
import org.toetempo.progress.Suggestion;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Coach's suggestions for a routine, shown before a session: each with what it changes, its reason (the rule in
 * small print) and its safety notes, and Accept / Not now. Nothing changes until Accept, which calls
 * {@code onAccept}: it saves the plan and returns {@code null}, or returns a message to show (e.g. the plan changed
 * since the suggestion was made).
 */
public final class SuggestionsView extends BorderPane {

    private final VBox cards = new VBox(12);
    private final Label empty = new Label();
    private final Messages text;
    private Function<Suggestion, String> onDismiss = s -> null;

    /**
     * @param onAccept   saves the accepted suggestion; returns {@code null} or a problem to show on the card
     * @param onNotNow   the user set a suggestion aside (may do nothing)
     * @param onContinue go on to the session
     */
    public SuggestionsView(Messages text, String routineName, List<Suggestion> suggestions, Function<Suggestion, String> onAccept,
                           Consumer<Suggestion> onNotNow, Runnable onContinue) {
        this.text = text;
        empty.setText(text.get("suggestions.empty"));
        getStyleClass().addAll("history-screen", "suggestions-view");
        setId("suggestions-view");
        Label title = new Label(text.get("suggestions.title", routineName));
        title.setWrapText(true);
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(text.get("suggestions.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        VBox body = new VBox(14, new VBox(2, title, subtitle), cards);
        body.setMaxWidth(820);
        empty.getStyleClass().add("empty-state");
        empty.setId("no-suggestions");
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparing(Suggestion::kind));
        for (Suggestion suggestion : sorted) {
            cards.getChildren().add(card(suggestion, onAccept, onNotNow));
        }
        if (sorted.isEmpty()) {
            cards.getChildren().add(empty);
        }
        setCenter(Pages.centred(body));

        boolean stop = sorted.stream().anyMatch(s -> s.kind() == Suggestion.Kind.STOP);
        Button go = new Button(stop ? text.get("suggestions.continue-anyway")
                : text.get("suggestions.start"), new FontIcon(Feather.PLAY));
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setId("start-session");
        if (!stop) {
            go.getStyleClass().add(Styles.ACCENT);
            go.setDefaultButton(true);
        }
        go.setOnAction(e -> onContinue.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, spacer, go);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        setBottom(bar);
    }

    /** What "Don't suggest again" does: remembers it; returns a problem to show, or {@code null}. */
    public void setOnDismiss(Function<Suggestion, String> action) {
        onDismiss = action;
    }

    private void remove(Node card) {
        cards.getChildren().remove(card);
        if (cards.getChildren().isEmpty()) {
            cards.getChildren().add(empty);
        }
    }

    private Node card(Suggestion suggestion, Function<Suggestion, String> onAccept, Consumer<Suggestion> onNotNow) {
        String kind = suggestion.kind().name().toLowerCase(Locale.ROOT);
        Label badge = new Label(switch (suggestion.kind()) {
            case STOP -> text.get("suggestions.stop");
            case REGRESS -> text.get("suggestions.ease-off");
            case HOLD -> text.get("suggestions.keep-steady");
            case PROGRESS -> text.get("suggestions.step-up");
        }, new FontIcon(switch (suggestion.kind()) {
            case STOP -> Feather.ALERT_OCTAGON;
            case REGRESS -> Feather.TRENDING_DOWN;
            case HOLD -> Feather.PAUSE_CIRCLE;
            case PROGRESS -> Feather.TRENDING_UP;
        }));
        badge.getStyleClass().addAll("kind-badge", "kind-" + kind);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(suggestion.userTitle(text));
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        HBox head = new HBox(10, badge, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, head);
        card.getStyleClass().addAll("suggestion-card", "kind-" + kind);
        card.setId("suggestion-" + suggestion.id().replaceAll("[^A-Za-z0-9_-]", "_"));
        for (Change change : suggestion.changes()) {
            Label line = new Label(change.describe(text), new FontIcon(Feather.ARROW_RIGHT));
            line.getStyleClass().add("change-line");
            card.getChildren().add(line);
        }
        Label reason = new Label(suggestion.userReason(text));
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("reason");
        card.getChildren().add(reason);
        for (String note : suggestion.safety(text)) {
            Label safety = new Label(note, new FontIcon(Feather.ALERT_TRIANGLE));
            safety.setWrapText(true);
            safety.setMinHeight(Region.USE_PREF_SIZE);
            safety.getStyleClass().add("safety-message");
            card.getChildren().add(safety);
        }
        Label status = new Label();
        status.getStyleClass().add("status");
        status.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Every card leads somewhere: accept it, set it aside until after the next session, or dismiss it for good
        // (never a stop for warning signs). Advice has nothing to accept: "Got it" sets it aside.
        Button notNow = new Button(text.get("suggestions.not-now"));
        notNow.setId("not-now");
        notNow.setTooltip(new Tooltip(text.get("suggestions.not-now.tip")));
        Button never = new Button(text.get("suggestions.never"));
        never.setId("dismiss-for-good");
        never.setVisible(suggestion.kind() != Suggestion.Kind.STOP);
        never.setManaged(suggestion.kind() != Suggestion.Kind.STOP);
        Button accept = new Button(suggestion.adviceOnly() ? text.get("suggestions.got-it")
                : text.get("suggestions.accept"), new FontIcon(Feather.CHECK));
        accept.setId("accept");
        accept.getStyleClass().add(suggestion.kind() == Suggestion.Kind.STOP ? Styles.DANGER : Styles.ACCENT);
        if (suggestion.adviceOnly()) {
            notNow.setVisible(false);
            notNow.setManaged(false);
        }
        HBox actions = new HBox(10, spacer, status, never, notNow, accept);
        actions.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(actions);
        accept.setOnAction(e -> {
            if (suggestion.adviceOnly()) {
                onNotNow.accept(suggestion);
            }
            String problem = suggestion.adviceOnly() ? null : onAccept.apply(suggestion);
            if (problem == null) {
                status.setText(suggestion.adviceOnly() ? text.get("suggestions.noted") : text.get("suggestions.accepted"));
                status.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                status.getStyleClass().setAll("label", "status", "status-ok");
                accept.setDisable(true);
                notNow.setDisable(true);
                never.setDisable(true);
                card.pseudoClassStateChanged(PseudoClass.getPseudoClass("accepted"), true);
            } else {
                status.setText(problem);
                status.getStyleClass().setAll("label", "status", "status-problem");
            }
        });
        notNow.setOnAction(e -> {
            onNotNow.accept(suggestion);
            remove(card);
        });
        never.setOnAction(e -> {
            String problem = onDismiss.apply(suggestion);
            if (problem == null) {
                remove(card);
            } else {
                status.setText(problem);
                status.getStyleClass().setAll("label", "status", "status-problem");
            }
        });
        return card;
    }
}
