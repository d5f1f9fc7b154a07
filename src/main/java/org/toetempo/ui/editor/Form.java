package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Form fields bound to the routine being edited: each shows one value of the routine, turns what the user types or
 * picks into an {@link Edit}, and shows the loader's messages for its field (by JSON path) underneath, marking itself
 * {@code :invalid}. After every change of the routine (an edit, undo or redo) {@link #refresh()} puts the values
 * back, leaving alone a field the user is typing in that already says the same.
 */
final class Form {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** One field: its control, its message line, and how it reads and shows the routine. */
    abstract static class Field {
        final Control control;
        final Label message = new Label();
        final VBox box;
        Supplier<List<String>> paths = List::of;
        String local;

        Field(Control control) {
            this.control = control;
            message.getStyleClass().add("field-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.setManaged(false);
            message.setVisible(false);
            box = new VBox(2, control, message);
            box.getStyleClass().add("field-box");
            control.setMaxWidth(Double.MAX_VALUE);
        }

        abstract void pull(Routine routine);

        void problems(Validation validation) {
            List<String> messages = new ArrayList<>();
            if (local != null) {
                messages.add(local);
            }
            for (String path : paths.get()) {
                messages.addAll(validation.at(path));
            }
            boolean show = !messages.isEmpty();
            message.setText(String.join("\n", messages.stream().distinct().toList()));
            message.setManaged(show);
            message.setVisible(show);
            control.pseudoClassStateChanged(INVALID, show);
        }
    }

    private final EditorModel model;
    private final List<Field> fields = new ArrayList<>();
    private boolean pulling;

    Form(EditorModel model) {
        this.model = model;
    }

    List<Field> fields() {
        return fields;
    }

    /** True while the form puts the routine's values into its fields (changes then are not the user's). */
    boolean pulling() {
        return pulling;
    }

    /** Puts the routine's values into every field and shows its problems. */
    void refresh() {
        Routine routine = model.routineProperty().get();
        Validation validation = model.validationProperty().get();
        pulling = true;
        try {
            for (Field field : fields) {
                field.pull(routine);
                field.problems(validation);
            }
        } finally {
            pulling = false;
        }
    }

    /** Finds the field showing this path (to focus it from a problem). */
    Field fieldFor(String path) {
        for (Field field : fields) {
            if (field.paths.get().contains(path)) {
                return field;
            }
        }
        return null;
    }

    private void apply(Edit edit) {
        if (!pulling && edit != null) {
            model.execute(edit);
        }
    }

    // ------------------------------------------------------------------ texts

    /** A text; a blank one is written as the edit decides (removed when optional). */
    Field text(TextInputControl input, String name, Function<Routine, String> get, Function<String, Edit> set, String... paths) {
        Field field = new Field(input) {
            @Override
            void pull(Routine routine) {
                String value = Objects.requireNonNullElse(get.apply(routine), "");
                if (!input.isFocused() || !input.getText().strip().equals(value)) {
                    if (!input.getText().equals(value)) {
                        input.setText(value);
                    }
                }
            }
        };
        field.paths = () -> List.of(paths);
        init(field, name);
        input.textProperty().addListener((obs, old, text) -> {
            if (!pulling) {
                apply(set.apply(text));
            }
        });
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pullLater(field);
            }
        });
        if (input instanceof TextArea area) {
            tabTraverses(area);
            autoGrow(area, Math.max(1, area.getPrefRowCount()));
        }
        return field;
    }

    TextField textField(String id, String name, Function<Routine, String> get, Function<String, Edit> set, String... paths) {
        TextField control = new TextField();
        control.setId(id);
        text(control, name, get, set, paths);
        return control;
    }

    TextArea textArea(String id, String name, int rows, Function<Routine, String> get, Function<String, Edit> set, String... paths) {
        TextArea control = new TextArea();
        control.setId(id);
        control.setPrefRowCount(rows);
        text(control, name, get, set, paths);
        return control;
    }

    // ------------------------------------------------------------------ numbers

    /** What a number field accepts. */
    enum Kind {
        WHOLE("Enter a whole number"), DECIMAL("Enter a number");

        final String hint;

        Kind(String hint) {
            this.hint = hint;
        }
    }

    /**
     * A number. Text that is not a number is not written: the field says so until it holds one (or, on leaving it,
     * shows the routine's value again). Blank is {@code null} when {@code optional}, else "enter a number". Up and
     * Down step the value by {@code step}.
     */
    TextField number(String id, String name, Kind kind, boolean optional, double step,
                     Function<Routine, Double> get, Function<Double, Edit> set, Supplier<List<String>> paths) {
        return number(id, name, () -> kind, optional, step, get, set, paths);
    }

    /** A number whose kind depends on the routine (reps are whole, seconds need not be). */
    TextField number(String id, String name, Supplier<Kind> kindOf, boolean optional, double step,
                     Function<Routine, Double> get, Function<Double, Edit> set, Supplier<List<String>> paths) {
        TextField input = new TextField();
        input.setId(id);
        input.getStyleClass().add("number-field");
        Field field = new Field(input) {
            @Override
            void pull(Routine routine) {
                Double value = get.apply(routine);
                Double shown = parse(input.getText(), kindOf.get());
                boolean same = value == null ? input.getText().isBlank() : shown != null && shown.doubleValue() == value;
                if (!input.isFocused() || !same || local != null) {
                    String text = value == null ? "" : Wording.number(value);
                    if (!input.getText().equals(text)) {
                        input.setText(text);
                    }
                    local = null;
                }
            }
        };
        field.paths = paths;
        init(field, name);
        input.textProperty().addListener((obs, old, text) -> {
            if (pulling) {
                return;
            }
            Form.Kind kind = kindOf.get();
            Double value = parse(text, kind);
            if (text.isBlank() && optional) {
                field.local = null;
                apply(set.apply(null));
            } else if (value == null) {
                field.local = kind.hint;
                field.problems(model.validationProperty().get());
            } else {
                field.local = null;
                if (!model.execute(set.apply(value))) {
                    field.problems(model.validationProperty().get());
                }
            }
        });
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pullLater(field);
            }
        });
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isAltDown() && !e.isShortcutDown()) {
                Double now = parse(input.getText(), kindOf.get());
                double base = now != null ? now : Objects.requireNonNullElse(get.apply(model.routineProperty().get()), 0.0);
                double next = Math.max(0, base + (e.getCode() == KeyCode.UP ? step : -step));
                input.setText(Wording.number(next));
                input.positionCaret(input.getText().length());
                e.consume();
            }
        });
        return input;
    }

    TextField number(String id, String name, Kind kind, boolean optional, double step,
                     Function<Routine, Double> get, Function<Double, Edit> set, String... paths) {
        return number(id, name, kind, optional, step, get, set, () -> List.of(paths));
    }

    static Double parse(String text, Kind kind) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(t);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return null;
            }
            if (kind == Kind.WHOLE && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ choices

    <T> ComboBox<T> choice(String id, String name, Collection<T> items, Function<T, String> label,
                           Function<Routine, T> get, Function<T, Edit> set, Supplier<List<String>> paths) {
        return choice(id, name, r -> items, label, get, set, paths);
    }

    /** A choice whose items depend on the routine (e.g. the levels of the step's exercise). */
    <T> ComboBox<T> choice(String id, String name, Function<Routine, Collection<T>> items, Function<T, String> label,
                           Function<Routine, T> get, Function<T, Edit> set, Supplier<List<String>> paths) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        StringConverter<T> converter = converter(label);
        combo.setConverter(converter);
        combo.setButtonCell(cell(label));
        combo.setCellFactory(v -> cell(label));
        Field field = new Field(combo) {
            @Override
            void pull(Routine routine) {
                List<T> now = new ArrayList<>(items.apply(routine));
                if (!combo.getItems().equals(now)) {
                    combo.getItems().setAll(now);
                }
                T value = get.apply(routine);
                if (!Objects.equals(combo.getValue(), value)) {
                    combo.setValue(value);
                }
            }
        };
        field.paths = paths;
        init(field, name);
        combo.valueProperty().addListener((obs, old, value) -> {
            if (!pulling && !Objects.equals(old, value)) {
                apply(set.apply(value));
            }
        });
        return combo;
    }

    <T> ComboBox<T> choice(String id, String name, Collection<T> items, Function<T, String> label,
                           Function<Routine, T> get, Function<T, Edit> set, String... paths) {
        return choice(id, name, items, label, get, set, () -> List.of(paths));
    }

    CheckBox check(String id, String text, Function<Routine, Boolean> get, Function<Boolean, Edit> set, Supplier<List<String>> paths) {
        CheckBox tick = new CheckBox(text);
        tick.setId(id);
        tick.setWrapText(true);
        tick.setMinHeight(Region.USE_PREF_SIZE);
        Field field = new Field(tick) {
            @Override
            void pull(Routine routine) {
                boolean value = Boolean.TRUE.equals(get.apply(routine));
                if (tick.isSelected() != value) {
                    tick.setSelected(value);
                }
            }
        };
        field.paths = paths;
        init(field, text);
        tick.selectedProperty().addListener((obs, old, value) -> apply(set.apply(value)));
        return tick;
    }

    /** A field of a custom control (e.g. the list of safety notes) that refreshes itself; its messages go underneath. */
    Field custom(Control control, String name, Runnable pull, Supplier<List<String>> paths) {
        Field field = new Field(control) {
            @Override
            void pull(Routine routine) {
                pull.run();
            }
        };
        field.paths = paths;
        init(field, name);
        return field;
    }

    Field field(Control control) {
        for (Field field : fields) {
            if (field.control == control) {
                return field;
            }
        }
        throw new IllegalArgumentException("not a field of this form: " + control);
    }

    /** The box (control and message) to place in a layout. */
    VBox box(Control control) {
        return field(control).box;
    }

    private void init(Field field, String name) {
        field.control.setAccessibleText(name);
        fields.add(field);
    }

    /** After focus leaves a field, show the routine's value again (drops text that was not a number). */
    private void pullLater(Field field) {
        Routine routine = model.routineProperty().get();
        pulling = true;
        try {
            field.local = null;
            field.pull(routine);
            field.problems(model.validationProperty().get());
        } finally {
            pulling = false;
        }
    }

    // ------------------------------------------------------------------ layout helpers

    /** A two-column grid: labels on the left, fields growing on the right. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(120);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    /** Adds "label | node" as the next row; the label names the control for screen readers and mnemonics. */
    static Label row(GridPane grid, String label, Node node, Control labelFor) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (labelFor != null) {
            l.setLabelFor(labelFor);
        }
        GridPane.setValignment(l, VPos.TOP);
        grid.add(l, 0, row);
        grid.add(node, 1, row);
        GridPane.setHgrow(node, Priority.ALWAYS);
        return l;
    }

    /** A column of fields with their labels above them (for the narrow left-hand pane). */
    static VBox stacked() {
        VBox box = new VBox(12);
        box.getStyleClass().add("form-stack");
        return box;
    }

    /** Adds "label" above "node". */
    static Label above(VBox stack, String label, Node node, Control labelFor) {
        Label l = new Label(label);
        l.getStyleClass().addAll("form-label", "above");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (labelFor != null) {
            l.setLabelFor(labelFor);
        }
        VBox field = new VBox(4, l, node);
        field.getStyleClass().add("stacked-field");
        stack.getChildren().add(field);
        return l;
    }

    /** A node spanning both columns. */
    static void wide(GridPane grid, Node node) {
        grid.add(node, 0, grid.getRowCount(), 2, 1);
    }

    /**
     * Fields side by side with small unit labels ("[60] BPM"); their messages go underneath the whole row, at full
     * width, rather than squeezed under each small field.
     */
    static VBox inline(Node... nodes) {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("inline-fields");
        VBox messages = new VBox(2);
        for (Node node : nodes) {
            if (node instanceof VBox v && v.getStyleClass().contains("field-box") && v.getChildren().size() == 2) {
                Node control = v.getChildren().get(0);
                Node message = v.getChildren().get(1);
                row.getChildren().add(control);
                messages.getChildren().add(message);
                if (control instanceof Region r) {
                    HBox.setHgrow(r, Priority.SOMETIMES);
                }
            } else {
                row.getChildren().add(node);
            }
        }
        VBox box = new VBox(2, row, messages);
        box.getStyleClass().add("inline-box");
        return box;
    }

    /** "+ Add stage": a flat button that adds an entry to a list. */
    static Button addButton(String id, String text, String accessibleText) {
        Button add = new Button(text, new FontIcon(Feather.PLUS));
        add.setId(id);
        add.getStyleClass().addAll("flat", "add-button");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setAccessibleText(accessibleText);
        return add;
    }

    /** The loader's messages under a field or list: hidden until {@link #showMessages} has some. */
    static Label messageLabel() {
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setVisible(false);
        message.setManaged(false);
        return message;
    }

    static void showMessages(Label message, List<String> messages) {
        message.setText(String.join("\n", messages));
        message.setVisible(!messages.isEmpty());
        message.setManaged(!messages.isEmpty());
    }

    /**
     * The head of a card in a list of cards (a stage, a level): its title, then buttons to move it up or down and to
     * remove it, disabled where they cannot act.
     */
    static HBox cardHeader(String title, String what, String id, int i, int count, Runnable up, Runnable down, Runnable remove) {
        Label heading = new Label(title);
        heading.getStyleClass().add("stage-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button upButton = iconButton(id + "-up-" + i, Feather.ARROW_UP, "Move " + what + " up");
        upButton.setDisable(i == 0);
        upButton.setOnAction(e -> up.run());
        Button downButton = iconButton(id + "-down-" + i, Feather.ARROW_DOWN, "Move " + what + " down");
        downButton.setDisable(i == count - 1);
        downButton.setOnAction(e -> down.run());
        Button removeButton = iconButton(id + "-remove-" + i, Feather.X, "Remove " + what);
        removeButton.getStyleClass().add("remove-button");
        removeButton.setOnAction(e -> remove.run());
        HBox top = new HBox(2, heading, spacer, upButton, downButton, removeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    /** A card of a list of cards: its {@link #cardHeader}, then its fields. */
    static VBox card(String id, HBox header, Node fields) {
        VBox card = new VBox(8, header, fields);
        card.getStyleClass().add("stage-card");
        card.setId(id);
        return card;
    }

    /** After an entry was added: focus its text field (once the list has been rebuilt) and select its text. */
    static void focusLater(Parent within, String id) {
        Platform.runLater(() -> {
            if (within.lookup("#" + id) instanceof TextInputControl field) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    /** A flat button showing only an icon; {@code text} is its tooltip and its name for screen readers. */
    static Button iconButton(String id, Feather icon, String text) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        return b;
    }

    static Label unit(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("unit");
        label.setManaged(!text.isEmpty());
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    /** A wrapping text area as tall as its text (from {@code minRows} lines), so nothing hides behind a scroll bar. */
    static void autoGrow(TextArea area, int minRows) {
        area.setWrapText(true);
        area.setPrefRowCount(minRows);
        Node[] hooked = {null};
        Runnable[] fit = new Runnable[1];
        fit[0] = () -> {
            Node text = area.lookup(".text");
            Region content = (Region) area.lookup(".content");
            if (text == null || content == null) {
                return;
            }
            if (hooked[0] != text) {
                // The text node wraps to the area's width: follow its height as it does.
                hooked[0] = text;
                text.layoutBoundsProperty().addListener((obs, was, now) -> fit[0].run());
            }
            double lines = text.getLayoutBounds().getHeight();
            double insets = content.snappedTopInset() + content.snappedBottomInset() + area.snappedTopInset()
                    + area.snappedBottomInset() + 2;
            double min = area.getFont().getSize() * 1.4 * minRows + insets;
            double height = Math.ceil(Math.max(min, lines + insets));
            if (Math.abs(area.getPrefHeight() - height) > 0.5) {
                area.setPrefHeight(height);
                area.setMinHeight(height);
            }
        };
        area.skinProperty().addListener((o, old, skin) -> Platform.runLater(fit[0]));
        area.widthProperty().addListener(o -> Platform.runLater(fit[0]));
        area.textProperty().addListener(o -> Platform.runLater(fit[0]));
        area.sceneProperty().addListener(o -> Platform.runLater(fit[0]));
    }

    /** Tab leaves a text area (as in a form) instead of typing a tab; Ctrl+Tab still does. */
    static void tabTraverses(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
