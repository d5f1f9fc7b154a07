package org.toetempo.ui.editor;

import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Form fields bound to the routine being edited: each shows one value of the routine, turns what the user types or
 * picks into an {@link Edit}, and shows the loader's messages for its field (by JSON path) underneath, marking itself
 * {@code :invalid}. After every change of the routine (an edit, undo or redo) {@link #refresh()} puts the values
 * back, leaving alone a field the user is typing in that already says the same.
 */
final class Form extends FormLayout {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** One field: its control, its message line, and how it reads and shows the routine. */
    abstract static class Field {
        final Control control;
        final Label message = new Label();
        final VBox box;
        Supplier<List<String>> paths = List::of;
        String local;
        /** The language of the loader's messages; English until the form takes the field in. */
        Messages words;

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
                messages.addAll(words == null ? validation.at(path) : validation.at(path, words));
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

    void apply(Edit edit) {
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
        WHOLE, DECIMAL;

        /** What the field says while its text is not such a number. */
        String hint(Messages messages) {
            return this == WHOLE ? messages.get("editor.form.enter-whole-number") : messages.get("editor.form.enter-number");
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
        NumberInput field = new NumberInput(this, model, input, kindOf, optional, step, get, set);
        field.paths = paths;
        init(field, name);
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

    void init(Field field, String name) {
        field.control.setAccessibleText(name);
        field.words = model.messages();
        fields.add(field);
    }

    /** After focus leaves a field, show the routine's value again (drops text that was not a number). */
    void pullLater(Field field) {
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
}
