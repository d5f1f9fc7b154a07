package org.toetempo.ui.player;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.text.Messages;
import org.toetempo.timing.ScheduledStep;

/**
 * The level of the exercise being played, beside its name, and a menu to change it (L): chosen here as in the
 * routine's details before a session, remembered for the routine, and played from the exercise's next step.
 */
final class LevelMenu extends VBox {

    private final PlayerModel model;
    private final Messages text;
    private final MenuButton menu = new MenuButton();
    private final Label notice = new Label();
    private boolean presenting;

    LevelMenu(PlayerModel model, Messages text) {
        super(2);
        this.model = model;
        this.text = text;
        menu.setId("level-menu");
        menu.getStyleClass().add("level-menu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        notice.setId("level-notice");
        notice.getStyleClass().add("level-notice");
        // Under the counters, the width of the column, wrapping: beside them a long German notice pushed the figure
        // off the window.
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(model.levelNoticeProperty());
        notice.visibleProperty().bind(model.levelNoticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().add(menu);
        setMinWidth(Region.USE_PREF_SIZE);
        model.levelStepProperty().addListener((o, was, step) -> show(step));
        model.levelNoticeProperty().addListener((o, was, now) -> show(model.levelStepProperty().get()));
        show(model.levelStepProperty().get());
    }

    /** Presenting, nobody across the room picks a level: the menu steps aside. */
    void present(boolean on) {
        presenting = on;
        show(model.levelStepProperty().get());
    }

    private void show(ScheduledStep step) {
        boolean shown = step != null && !presenting;
        setVisible(shown);
        setManaged(shown);
        menu.getItems().clear();
        if (!shown) {
            return;
        }
        Exercise exercise = step.exercise();
        String[] pending = model.pendingLevel();
        String current = pending != null && pending[0].equals(exercise.id()) ? pending[1] : step.level();
        menu.setText(text.get("player.level", exercise.level(current).map(Level::name).orElse(current)));
        menu.setAccessibleText(text.get("player.level.tip", exercise.name()));
        ToggleGroup group = new ToggleGroup();
        for (Level level : exercise.levels()) {
            RadioMenuItem item = new RadioMenuItem(level.name());
            item.setId("level-" + level.id());
            item.setToggleGroup(group);
            item.setSelected(level.id().equals(current));
            item.setOnAction(e -> {
                model.chooseLevel(exercise.id(), level.id());
                show(model.levelStepProperty().get());
            });
            menu.getItems().add(item);
        }
    }

    /** When a chosen level applies: shown by the exercise pane under the counters. */
    Label notice() {
        return notice;
    }

    /** Opens the menu (the L key). */
    void open() {
        if (isVisible()) {
            menu.show();
        }
    }
}
