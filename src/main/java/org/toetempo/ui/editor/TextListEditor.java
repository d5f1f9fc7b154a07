package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An editable list of texts (safety notes, equipment, credits, notes, a step's cues): one field per entry with a
 * remove button, Alt+Up/Down to move an entry, and an Add button. Each entry shows the loader's messages for it.
 */
final class TextListEditor extends VBox {

    /** The edits behind the list. */
    interface ListEdits {
        Edit set(int i, String text);

        Edit add(int at, String text);

        Edit remove(int i);

        Edit move(int from, int to);
    }

    static ListEdits of(Edits.TextList list) {
        return new ListEdits() {
            public Edit set(int i, String text) { return Edits.setText(list, i, text); }
            public Edit add(int at, String text) { return Edits.addText(list, at, text); }
            public Edit remove(int i) { return Edits.removeText(list, i); }
            public Edit move(int from, int to) { return Edits.moveText(list, from, to); }
        };
    }

    /**
     * Edits of a list that is changed as a whole ({@code set} replaces the list): typing in an entry is one "change"
     * (merged as the edit says), adding, removing and moving are undo steps of their own.
     *
     * @param current the list as it is now
     * @param item    "cue", for "Add cue", in the words of {@code messages}
     */
    static ListEdits replacing(Messages messages, Supplier<List<String>> current, Function<List<String>, Edit> set,
                               String item) {
        return new ListEdits() {
            private Edit with(UnaryOperator<List<String>> change, String name) {
                Edit edit = set.apply(change.apply(new ArrayList<>(current.get())));
                return name == null ? edit : Edit.of(name, edit::apply);
            }

            public Edit set(int i, String text) {
                return with(l -> {
                    l.set(i, text);
                    return l;
                }, null);
            }

            public Edit add(int at, String text) {
                return with(l -> {
                    l.add(at, text);
                    return l;
                }, messages.get("text-list.add-edit", item));
            }

            public Edit remove(int i) {
                return with(l -> {
                    l.remove(i);
                    return l;
                }, messages.get("text-list.remove-edit", item));
            }

            public Edit move(int from, int to) {
                return with(l -> {
                    l.add(to, l.remove(from));
                    return l;
                }, messages.get("text-list.move-edit", item));
            }
        };
    }

    private final EditorModel model;
    private final Messages words;
    private final String id;
    private final String itemName;
    private final boolean multiline;
    private final Function<Routine, List<String>> get;
    private final ListEdits edits;
    private final IntFunction<String> itemPath;
    private final VBox rows = new VBox(6);
    private final Button add;
    private final List<TextInputControl> fields = new ArrayList<>();
    private final List<Label> messages = new ArrayList<>();
    private boolean pulling;

    /**
     * @param itemName "safety note": for the Add button and the entries' accessible names
     * @param itemPath the JSON path of entry i, for its messages
     */
    TextListEditor(EditorModel model, String id, String itemName, boolean multiline, Function<Routine, List<String>> get,
                   ListEdits edits, IntFunction<String> itemPath) {
        super(6);
        this.model = model;
        this.words = model.messages();
        this.id = id;
        this.itemName = itemName;
        this.multiline = multiline;
        this.get = get;
        this.edits = edits;
        this.itemPath = itemPath;
        setId(id);
        getStyleClass().add("text-list");
        add = new Button(words.get("text-list.add", itemName), new FontIcon(Feather.PLUS));
        add.setId(id + "-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.getStyleClass().addAll("flat", "add-button");
        add.setAccessibleText(words.get("text-list.add", itemName));
        add.setOnAction(e -> {
            int at = fields.size();
            if (model.execute(edits.add(at, ""))) {
                focusLater(at);
            }
        });
        getChildren().addAll(rows, add);
    }

    /** Convenience for the routine's own lists. */
    TextListEditor(EditorModel model, String id, String itemName, boolean multiline, Edits.TextList list) {
        this(model, id, itemName, multiline, list::of, of(list), i -> FieldPaths.item(list.field(), i));
    }

    List<TextInputControl> fields() {
        return fields;
    }

    Button addButton() {
        return add;
    }

    void refresh(Routine routine, Validation validation) {
        List<String> texts = get.apply(routine);
        texts = texts == null ? List.of() : texts;
        pulling = true;
        try {
            if (fields.size() != texts.size()) {
                rebuild(texts.size());
            }
            for (int i = 0; i < texts.size(); i++) {
                TextInputControl field = fields.get(i);
                String value = texts.get(i) == null ? "" : texts.get(i);
                if ((!field.isFocused() || !field.getText().strip().equals(value)) && !field.getText().equals(value)) {
                    field.setText(value);
                }
                List<String> problems = validation.at(itemPath.apply(i), words);
                Label message = messages.get(i);
                message.setText(String.join("\n", problems));
                message.setVisible(!problems.isEmpty());
                message.setManaged(!problems.isEmpty());
                field.pseudoClassStateChanged(Form.INVALID, !problems.isEmpty());
            }
        } finally {
            pulling = false;
        }
    }

    private void rebuild(int count) {
        rows.getChildren().clear();
        fields.clear();
        messages.clear();
        for (int i = 0; i < count; i++) {
            int index = i;
            TextInputControl field;
            if (multiline) {
                TextArea area = new TextArea();
                Form.autoGrow(area, 1);
                Form.tabTraverses(area);
                field = area;
            } else {
                field = new TextField();
            }
            field.setId(id + "-" + i);
            field.setAccessibleText(words.get("text-list.entry", Form.capitalised(itemName), i + 1));
            field.setMaxWidth(Double.MAX_VALUE);
            field.textProperty().addListener((obs, old, text) -> {
                if (!pulling) {
                    model.execute(edits.set(index, text));
                }
            });
            field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    int to = index + (e.getCode() == KeyCode.UP ? -1 : 1);
                    if (to >= 0 && to < fields.size() && model.execute(edits.move(index, to))) {
                        focusLater(to);
                    }
                    e.consume();
                }
            });
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("flat", "remove-button");
            remove.setId(id + "-remove-" + i);
            String removeText = words.get("text-list.remove", itemName, i + 1);
            remove.setAccessibleText(removeText);
            remove.setTooltip(new Tooltip(removeText));
            remove.setOnAction(e -> {
                if (model.execute(edits.remove(index)) && !fields.isEmpty()) {
                    focusLater(Math.min(index, fields.size() - 1));
                }
            });
            Label message = Form.messageLabel();
            VBox box = new VBox(2, field, message);
            HBox.setHgrow(box, Priority.ALWAYS);
            HBox row = new HBox(4, box, remove);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("text-list-row");
            rows.getChildren().add(row);
            fields.add(field);
            messages.add(message);
        }
    }

    private void focusLater(int i) {
        Platform.runLater(() -> {
            if (i >= 0 && i < fields.size()) {
                fields.get(i).requestFocus();
                fields.get(i).end();
            }
        });
    }
}
