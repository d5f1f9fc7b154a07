package org.toetempo.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.text.Messages;

/** The keyboard help over the player (?): one row per key; features that join the player add their own rows. */
final class KeyboardHelp extends VBox {

    KeyboardHelp(Messages text) {
        super(8);
        getStyleClass().add("help-overlay");
        setId("help-overlay");
        Label title = new Label(text.get("player.help.title"));
        title.getStyleClass().add("help-title");
        getChildren().add(title);
        int more = PlayerModel.REST_EXTENSION_SECONDS;
        add(text.get("player.key.space"), text.get("player.help.play"));
        add("← / →", text.get("player.help.steps"));
        add(text.get("player.key.pages"), text.get("player.help.pedal"));
        add("R", text.get("player.help.restart"));
        add("N", text.get("player.help.skip-rest"));
        add("E", text.get("player.help.extend-rest", more));
        add("+ / −", text.get("player.help.tempo"));
        add("L", text.get("player.help.level"));
        add("M", text.get("player.help.mute"));
        add("F", text.get("player.help.full-screen"));
        add("P", text.get("player.help.present"));
        add("S", text.get("player.help.song"));
        add("T", text.get("player.help.tap"));
        add(text.get("player.key.escape"), text.get("player.help.escape"));
        add("?", text.get("player.help.help"));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setOnMouseClicked(e -> setVisible(false));
        setVisible(false);
    }

    void add(String key, String what) {
        Label k = new Label(key);
        k.getStyleClass().add("help-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label w = new Label(what);
        w.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(16, k, w);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
    }

    void toggle() {
        setVisible(!isVisible());
    }
}
