package org.toetempo.ui.editor;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The exercise of a step: a combo box that searches as you type (name, other names, id, what it moves) and lists
 * the matches with what each moves; Enter takes the first match, Escape puts the step's exercise back.
 */
final class ExercisePicker extends ComboBox<Exercise> {

    private final ObservableList<Exercise> all = FXCollections.observableArrayList();
    private final FilteredList<Exercise> shown = new FilteredList<>(all);
    private Exercise current;
    private boolean updating;
    /** The user moved through the list with the arrow keys since typing: Enter takes the highlighted one. */
    private boolean navigated;
    private Consumer<Exercise> onPick = e -> { };
    private final Messages messages;

    ExercisePicker(Messages messages) {
        this.messages = messages;
        setEditable(true);
        setItems(shown);
        setId("step-exercise");
        setAccessibleText(messages.get("picker.accessible"));
        setPromptText(messages.get("picker.prompt"));
        getStyleClass().add("exercise-picker");
        setMaxWidth(Double.MAX_VALUE);
        setVisibleRowCount(10);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Exercise e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Exercise fromString(String text) {
                if (text == null || text.isBlank()) {
                    return current;
                }
                String t = text.strip();
                return all.stream().filter(e -> e.name().equalsIgnoreCase(t)).findFirst()
                        .orElseGet(() -> shown.isEmpty() ? current : shown.get(0));
            }
        });
        setCellFactory(v -> {
            ExerciseCell cell = new ExerciseCell();
            cell.setOnMouseReleased(e -> {
                if (!cell.isEmpty() && cell.getItem() != null) {
                    pick(cell.getItem());
                }
            });
            return cell;
        });
        // Typing filters the list; moving through it with the arrow keys (which puts a name in the editor) does not.
        getEditor().textProperty().addListener((obs, old, text) -> {
            if (updating) {
                return;
            }
            String t = text == null ? "" : text.strip();
            if (all.stream().anyMatch(e -> e.name().equals(t))) {
                return;
            }
            String needle = t.toLowerCase(Locale.ROOT);
            navigated = false;
            updating = true;
            try {
                // A selected exercise filtered out would clear the combo's value, and with it what was typed.
                if (getSelectionModel().getSelectedItem() != null || getValue() != null) {
                    getSelectionModel().clearSelection();
                    setValue(null);
                    if (!getEditor().getText().equals(text)) {
                        getEditor().setText(text);
                    }
                }
                int before = shown.size();
                shown.setPredicate(needle.isEmpty() ? null : e -> matches(e, needle));
                if (isShowing() && shown.size() != before) {
                    hide(); // shown again below, sized to the matches
                }
            } finally {
                updating = false;
            }
            if (getEditor().isFocused() && !isShowing() && !shown.isEmpty()) {
                show();
            }
        });
        getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                restore();
            }
        });
        // Only Enter or a click picks: the value a combo box takes while its list is filtered is not a choice.
        // While the list is open, keys go to it (a popup takes the owner's key events): watch them there too.
        skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> s
                    && s.getPopupContent() instanceof ListView<?> list) {
                list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                navigated = true;
            } else if (e.getCode() == KeyCode.ENTER) {
                Exercise chosen = navigated ? highlighted() : null;
                if (chosen == null) {
                    String t = getEditor().getText() == null ? "" : getEditor().getText().strip();
                    chosen = all.stream().filter(x -> x.name().equalsIgnoreCase(t)).findFirst()
                            .orElse(shown.isEmpty() ? null : shown.get(0));
                }
                if (chosen != null) {
                    pick(chosen);
                } else {
                    restore();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                restore();
                hide();
                e.consume();
            }
        }
    }

    /** The exercise highlighted in the open list, if any. */
    private Exercise highlighted() {
        if (!isShowing() || !(getSkin() instanceof ComboBoxListViewSkin<?> skin)) {
            return null;
        }
        if (skin.getPopupContent() instanceof ListView<?> list
                && list.getSelectionModel().getSelectedItem() instanceof Exercise e) {
            return e;
        }
        return null;
    }

    /** The user chose this exercise. */
    void pick(Exercise exercise) {
        hide();
        if (exercise != null && !exercise.equals(current)) {
            onPick.accept(exercise);
        }
        restore();
    }

    void setOnPick(Consumer<Exercise> action) {
        onPick = action;
    }

    /** Shows the step's exercise, out of these. */
    void show(List<Exercise> exercises, Exercise exercise) {
        updating = true;
        try {
            if (!all.equals(exercises)) {
                all.setAll(exercises);
            }
            current = exercise;
            if (!getEditor().isFocused() || exercise == null || !Objects.equals(getValue(), exercise)) {
                if (shown.getPredicate() != null) {
                    // Setting it again refilters the list and redraws the combo: not on every keystroke elsewhere.
                    shown.setPredicate(null);
                }
                setValue(exercise);
                getEditor().setText(exercise == null ? "" : exercise.name());
            }
        } finally {
            updating = false;
        }
    }

    private void restore() {
        navigated = false;
        updating = true;
        try {
            shown.setPredicate(null);
            setValue(current);
            getEditor().setText(current == null ? "" : current.name());
        } finally {
            updating = false;
        }
    }

    static boolean matches(Exercise e, String needle) {
        if (e.name().toLowerCase(Locale.ROOT).contains(needle) || e.id().contains(needle)
                || e.figure() != null && e.figure().json().contains(needle)) {
            return true;
        }
        return e.aliases() != null && e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    }

    private final class ExerciseCell extends ListCell<Exercise> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, name, detail);

        ExerciseCell() {
            name.getStyleClass().add("picker-name");
            detail.getStyleClass().add("picker-detail");
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(Exercise e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(e.name());
            String moves = e.figure() == null ? null : Wording.label(e.figure()).replace('-', ' ');
            int levels = e.levels() == null ? 0 : e.levels().size();
            detail.setText(moves == null ? levels == 0 ? "" : messages.get("picker.levels", levels)
                    : levels == 0 ? messages.get("picker.moves", moves) : messages.get("picker.moves-levels", moves, levels));
            setGraphic(box);
            setText(null);
            setAccessibleText(e.name());
        }
    }
}
