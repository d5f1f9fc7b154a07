package org.toetempo.ui.editor;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.toetempo.editor.Edit;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A number field of a {@link Form}: writes what parses as its kind of number, says "Enter a number" (and writes
 * nothing) while the text is not one, shows the routine's value again on leaving, and steps the value with Up and Down.
 */
final class NumberInput extends Form.Field {

    private final Form form;
    private final EditorModel model;
    private final TextField input;
    private final Supplier<Form.Kind> kindOf;
    private final Function<Routine, Double> get;

    NumberInput(Form form, EditorModel model, TextField input, Supplier<Form.Kind> kindOf, boolean optional, double step,
                Function<Routine, Double> get, Function<Double, Edit> set) {
        super(input);
        this.form = form;
        this.model = model;
        this.input = input;
        this.kindOf = kindOf;
        this.get = get;
        input.getStyleClass().add("number-field");
        input.textProperty().addListener((obs, old, text) -> typed(text, optional, set));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                form.pullLater(this);
            }
        });
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isAltDown() && !e.isShortcutDown()) {
                stepBy(e.getCode() == KeyCode.UP ? step : -step);
                e.consume();
            }
        });
    }

    @Override
    void pull(Routine routine) {
        Double value = get.apply(routine);
        Double shown = Form.parse(input.getText(), kindOf.get());
        boolean same = value == null ? input.getText().isBlank() : shown != null && shown.doubleValue() == value;
        if (!input.isFocused() || !same || local != null) {
            String text = value == null ? "" : Wording.number(value);
            if (!input.getText().equals(text)) {
                input.setText(text);
            }
            local = null;
        }
    }

    private void typed(String text, boolean optional, Function<Double, Edit> set) {
        if (form.pulling()) {
            return;
        }
        Form.Kind kind = kindOf.get();
        Double value = Form.parse(text, kind);
        if (text.isBlank() && optional) {
            local = null;
            form.apply(set.apply(null));
        } else if (value == null) {
            local = kind.hint(model.messages());
            problems(model.validationProperty().get());
        } else {
            local = null;
            if (!model.execute(set.apply(value))) {
                problems(model.validationProperty().get());
            }
        }
    }

    private void stepBy(double delta) {
        Double now = Form.parse(input.getText(), kindOf.get());
        double base = now != null ? now : Objects.requireNonNullElse(get.apply(model.routineProperty().get()), 0.0);
        double next = Math.max(0, base + delta);
        input.setText(Wording.number(next));
        input.positionCaret(input.getText().length());
    }
}
