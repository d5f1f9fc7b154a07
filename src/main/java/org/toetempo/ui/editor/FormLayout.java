package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the editor's forms are laid out: label-and-field grids and stacks, unit labels, hints, the loader's message
 * lines, cards of a list, icon buttons, and text areas that grow with their text. No state: each helper builds or
 * fixes up a node.
 *
 * <p>{@link Form} extends this class only so that {@code Form.grid()} and the like keep compiling in the editor's
 * files that were written against them; new code calls {@code FormLayout} directly.
 */
class FormLayout {

    FormLayout() {
    }

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
        return lineOfFields(row, nodes);
    }

    /** As {@link #inline}, but the fields go on to a second line when the pane is too narrow for them side by side. */
    static VBox wrapping(Node... nodes) {
        FlowPane row = new FlowPane(6, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        return lineOfFields(row, nodes);
    }

    private static VBox lineOfFields(Pane row, Node... nodes) {
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
    static HBox cardHeader(Messages words, String title, String what, String id, int i, int count, Runnable up, Runnable down,
                           Runnable remove) {
        Label heading = new Label(title);
        heading.getStyleClass().add("stage-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button upButton = iconButton(id + "-up-" + i, Feather.ARROW_UP, words.get("editor.card.move-up", what));
        upButton.setDisable(i == 0);
        upButton.setOnAction(e -> up.run());
        Button downButton = iconButton(id + "-down-" + i, Feather.ARROW_DOWN, words.get("editor.card.move-down", what));
        downButton.setDisable(i == count - 1);
        downButton.setOnAction(e -> down.run());
        Button removeButton = iconButton(id + "-remove-" + i, Feather.X, words.get("editor.card.remove", what));
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
