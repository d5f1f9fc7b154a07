package org.toetempo.ui.editor;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.ui.editor.EditorModel.Notice;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The bar under the editor's header: the model's last notice with its details, each problem a link to its field.
 * Good news goes away by itself; problems stay until dealt with.
 */
final class NoticeBar extends HBox {

    /** How many details are listed; the rest are in the problems list of the summary bar. */
    private static final int DETAILS_SHOWN = 6;

    private final EditorModel model;
    private final ProblemWords words;
    private final Consumer<String> reveal;
    private final Label text = new Label();
    private final VBox details = new VBox(2);
    private final FontIcon icon = new FontIcon(Feather.INFO);

    /** @param reveal shows the field of a problem's path */
    NoticeBar(EditorModel model, ProblemWords words, Consumer<String> reveal) {
        super(10);
        this.model = model;
        this.words = words;
        this.reveal = reveal;
        setId("editor-notice");
        getStyleClass().add("editor-notice");
        text.setId("editor-notice-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("notice-text");
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll("flat", "notice-close");
        close.setAccessibleText(model.messages().get("editor.notice.close"));
        close.setOnAction(e -> model.clearNotice());
        VBox body = new VBox(4, text, details);
        HBox.setHgrow(body, Priority.ALWAYS);
        getChildren().addAll(icon, body, close);
        setAlignment(Pos.TOP_LEFT);
        model.noticeProperty().addListener((o, old, n) -> show(n));
        show(model.noticeProperty().get());
    }

    private void show(Notice n) {
        setVisible(n != null);
        setManaged(n != null);
        details.getChildren().clear();
        for (Notice.Kind kind : Notice.Kind.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(kind.name().toLowerCase(Locale.ROOT)),
                    n != null && n.kind() == kind);
        }
        if (n == null) {
            text.setText("");
            return;
        }
        text.setText(n.text());
        if (n.kind() == Notice.Kind.SUCCESS) {
            PauseTransition fade = new PauseTransition(Duration.seconds(8));
            fade.setOnFinished(e -> {
                if (model.noticeProperty().get() == n) {
                    model.clearNotice();
                }
            });
            fade.play();
        }
        icon.setIconCode(switch (n.kind()) {
            case INFO -> Feather.INFO;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case ERROR -> Feather.ALERT_TRIANGLE;
            case WORKING -> Feather.LOADER;
        });
        int shown = 0;
        for (String line : n.details()) {
            if (shown++ == DETAILS_SHOWN) {
                Label more = new Label(model.messages().get("editor.notice.more", n.details().size() - DETAILS_SHOWN));
                more.getStyleClass().add("notice-detail");
                details.getChildren().add(more);
                break;
            }
            details.getChildren().add(detail(line));
        }
    }

    /** A detail line; "path: message" becomes a link to the field. */
    private Region detail(String line) {
        int colon = line.indexOf(": ");
        String path = colon > 0 ? line.substring(0, colon) : null;
        if (path != null && path.startsWith("$")) {
            Hyperlink link = new Hyperlink(words.text(path, line.substring(colon + 2)));
            link.getStyleClass().add("notice-detail");
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setOnAction(e -> reveal.accept(path));
            return link;
        }
        Label label = new Label(line);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("notice-detail");
        return label;
    }
}
