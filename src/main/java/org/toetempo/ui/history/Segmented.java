package org.toetempo.ui.history;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A row of pill toggle buttons bound both ways to one property: pressing a button sets its value, pressing it again
 * clears the answer ({@code null}).
 */
final class Segmented<T> extends HBox {

    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();
    private boolean updating;

    /** {@code options}: value → label, in order; each button gets the id {@code idPrefix + "-" + suffix(value)}. */
    Segmented(ObjectProperty<T> property, Map<T, String> options, String idPrefix, Function<T, String> suffix) {
        getStyleClass().add("segmented");
        ToggleGroup group = new ToggleGroup();
        Map<ToggleButton, T> values = new IdentityHashMap<>();
        int i = 0;
        for (Map.Entry<T, String> option : options.entrySet()) {
            ToggleButton button = new ToggleButton(option.getValue());
            button.setToggleGroup(group);
            button.setFocusTraversable(true);
            button.setId(idPrefix + "-" + suffix.apply(option.getKey()));
            button.getStyleClass().add("segment");
            if (options.size() > 1) {
                button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == options.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            buttons.put(option.getKey(), button);
            values.put(button, option.getKey());
            getChildren().add(button);
            i++;
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                property.set(now == null ? null : values.get((ToggleButton) now));
                updating = false;
            }
        });
        property.addListener((obs, old, now) -> select(group, now));
        select(group, property.get());
    }

    private void select(ToggleGroup group, T value) {
        if (updating) {
            return;
        }
        updating = true;
        ToggleButton button = value == null ? null : buttons.get(value);
        group.selectToggle(button);
        updating = false;
    }

    ToggleButton button(T value) {
        return buttons.get(value);
    }
}
