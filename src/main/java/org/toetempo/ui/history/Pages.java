package org.toetempo.ui.history;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.text.Messages;

/** What the history screens share around their content: a centred, scrolling page and the action bar below it. */
final class Pages {

    private Pages() {
    }

    /** {@code body} centred at the top of a page that scrolls when the window is short. */
    static ScrollPane centred(Region body) {
        StackPane centred = new StackPane(body);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("history-page");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Skip: the cancel button (Esc). */
    static Button skip(Messages text, String id, Runnable action) {
        Button skip = new Button(text.get("rating.skip"));
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.setId(id);
        skip.setCancelButton(true);
        skip.setOnAction(e -> action.run());
        return skip;
    }

    /** Save: the default button (Enter); its action is set by the caller. */
    static Button save(Messages text, String id) {
        Button save = new Button(text.get("rating.save"), new FontIcon(Feather.CHECK));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setId(id);
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        return save;
    }

    /** The bar at the bottom: {@code left} at the left edge, {@code right} at the right. */
    static HBox actionBar(Node left, Node... right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10);
        if (left != null) {
            bar.getChildren().add(left);
        }
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(right);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("action-bar");
        return bar;
    }
}
