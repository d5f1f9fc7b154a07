package org.toetempo.ui.player;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.toetempo.text.Messages;
import org.toetempo.ui.controls.ShrinkingBar;

import java.util.ArrayList;
import java.util.List;

/**
 * The player's top: back to the library, the routine and block, the time left, Safety; under them the steps as a
 * bar (click one to go there) and the sound notice. In presentation mode only the time left and the bar stay.
 */
final class PlayerHeader extends VBox {

    private final ShrinkingBar top;

    PlayerHeader(PlayerModel model, StepProgress progress, PlayerIcons icons, Messages text,
                 Runnable onBack, Runnable onSafety) {
        super(8);
        Button back = icons.button(Feather.ARROW_LEFT, text.get("player.back"), text.get("player.back.tip"));
        back.setId("player-back");
        back.setOnAction(e -> onBack.run());
        Label name = new Label(model.routine().name());
        name.setId("player-routine");
        name.getStyleClass().add("player-routine");
        Label block = new Label();
        block.setId("player-block");
        block.getStyleClass().add("player-block");
        block.textProperty().bind(model.blockNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label timeLeft = new Label();
        timeLeft.setId("time-left");
        timeLeft.getStyleClass().add("player-time");
        timeLeft.textProperty().bind(model.timeLeftProperty());
        Label steps = new Label();
        steps.setId("step-count");
        steps.getStyleClass().add("player-step-count");
        steps.textProperty().bind(model.stepCountTextProperty());
        Button safety = icons.button(Feather.ALERT_TRIANGLE, text.get("player.safety"), text.get("player.safety.tip"));
        safety.setId("player-safety");
        safety.setOnAction(e -> onSafety.run());
        top = new ShrinkingBar(12, back, name, block, spacer, steps, timeLeft, safety);
        // In a narrow window Safety and Library become icons; then the block's name steps aside (its steps still
        // show in the progress bar). The routine's name and the time left always show in full.
        name.setMinWidth(Region.USE_PREF_SIZE);
        timeLeft.setMinWidth(Region.USE_PREF_SIZE);
        steps.setMinWidth(Region.USE_PREF_SIZE);
        top.shrinkInOrder(safety, back);
        top.hideLastOf(block);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("sound-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.soundNoticeProperty());
        notice.visibleProperty().bind(model.soundNoticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(top, progress, notice);
        getStyleClass().add("player-header");
    }

    /** Presenting, the buttons go (nobody across the room clicks them); what is left and how far stay. */
    void present(boolean on) {
        for (Node node : top.getChildren()) {
            if ("player-block".equals(node.getId())) {
                continue;   // the bar itself shows the block's name when there is room
            }
            boolean keep = !on || node.getId() != null && List.of("time-left", "step-count", "player-routine")
                    .contains(node.getId()) || HBox.getHgrow(node) == Priority.ALWAYS;
            node.setVisible(keep);
            node.setManaged(keep);
        }
    }

    /**
     * Adds a control before the time left (for features that live outside the player, e.g. the timing check): the
     * bottom bar has no room to spare in a small window.
     */
    void addControl(Node control) {
        int spacer = 0;
        while (spacer < top.getChildren().size() && HBox.getHgrow(top.getChildren().get(spacer)) != Priority.ALWAYS) {
            spacer++;
        }
        top.getChildren().add(Math.min(spacer + 1, top.getChildren().size()), control);
        // Never cut short: it keeps its width, and its buttons are the first to give up their words.
        if (control instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        List<ButtonBase> buttons = new ArrayList<>();
        if (control instanceof ButtonBase button) {
            buttons.add(button);
        } else if (control instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof ButtonBase button) {
                    buttons.add(button);
                }
            }
        }
        for (ButtonBase button : buttons) {
            if (button.getGraphic() != null) {
                top.shrinkFirst(button);
            }
        }
    }
}
