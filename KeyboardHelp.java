package org.toetempo.ui.player;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.text.Messages;

/** The keyboard help over the player (?): one row per key; features that join the player add their own rows. */
final class KeyboardHelp extends VBox {

    /** Each key as shown, and the key of what it does. */
    private static final String[][] KEYS = {
            {"Space", "player.help.play"}, {"← / →", "player.help.steps"}, {"Page Up / Down", "player.help.pedal"},
            {"R", "player.help.restart"}, {"N", "player.help.skip-rest"}, {"E", "player.help.extend-rest"},
            {"+ / −", "player.help.tempo"}, {"L", "player.help.level"}, {"M", "player.help.mute"},
            {"F", "player.help.full-screen"}, {"P", "player.help.present"}, {"S", "player.help.song"},
            {"T", "player.help.tap"}, {"Esc", "player.help.escape"}, {"?", "player.help.help"}};

    KeyboardHelp(Messages text) {
        super(8);
        getStyleClass().add("help-overlay");
        setId("help-overlay");
        Label title = new Label(text.get("player.help.title"));
        title.getStyleClass().add("help-title");
        getChildren().add(title);
        for (String[] key : KEYS) {
            String shown = key[0].equals("Space") ? text.get("player.key.space")
                    : key[0].equals("Page Up / Down") ? text.get("player.key.pages")
                    : key[0].equals("Esc") ? text.get("player.key.escape") : key[0];
            add(shown, text.get(key[1], PlayerModel.REST_EXTENSION_SECONDS));
        }
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
