package org.toetempo.ui.editor;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Audience;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the routine is: its name and file id, summary and purpose, who it is written for, difficulty, how often,
 * its measured length, set-up and equipment. Fields stacked under their labels, for the narrow left-hand pane.
 */
final class RoutineAboutSection extends VBox {

    private final EditorModel model;
    private final Messages messages;
    private final SummaryWords summaryWords;
    private final Label audienceMessage = new Label();
    private final Label measured = new Label();
    private final Label fileHint = FormLayout.hint("");

    RoutineAboutSection(EditorModel model, Form form, TextListEditor equipment) {
        super(12);
        getStyleClass().add("form-stack");
        this.model = model;
        this.messages = model.messages();
        this.summaryWords = new SummaryWords(messages);
        names(form);
        audience(form);
        ComboBox<Difficulty> difficulty = form.choice("routine-difficulty", messages.get("editor.routine.difficulty"),
                Arrays.asList(Difficulty.values()), this::difficultyLabel, Routine::difficulty, Edits::setDifficulty,
                FieldPaths.field("difficulty"));
        FormLayout.above(this, messages.get("editor.routine.difficulty"), form.box(difficulty), difficulty);
        howOften(form);
        measured.setId("measured-duration");
        measured.getStyleClass().add("measured");
        measured.setWrapText(true);
        measured.setMinHeight(Region.USE_PREF_SIZE);
        // The file's stated length is rewritten from this on save: a typed estimate would only go stale.
        FormLayout.above(this, messages.get("editor.routine.length"), measured, measured);
        TextArea setup = form.textArea("routine-setup", messages.get("editor.routine.setup.accessible"), 2, Routine::setup,
                Edits::setSetup, FieldPaths.field("setup"));
        setup.setPromptText(messages.get("editor.routine.setup.example"));
        FormLayout.above(this, messages.get("editor.routine.setup"), form.box(setup), setup);
        Form.Field equipmentField = form.custom(new Label(), messages.get("editor.routine.equipment"), () -> { },
                () -> List.of(FieldPaths.field("equipment")));
        FormLayout.above(this, messages.get("editor.routine.equipment"), new VBox(4,
                FormLayout.hint(messages.get("editor.routine.equipment.hint")), equipment, equipmentField.message), null);
    }

    /** Name, file id, one-line summary and purpose. */
    private void names(Form form) {
        TextField name = form.textField("routine-name", messages.get("editor.routine.name.accessible"), Routine::name,
                model::nameEdit, FieldPaths.field("name"));
        FormLayout.above(this, messages.get("editor.name"), form.box(name), name);
        TextField id = form.textField("routine-id", messages.get("editor.routine.id.accessible"), Routine::id, Edits::setId,
                FieldPaths.field("id"));
        FormLayout.above(this, messages.get("editor.routine.id"), new VBox(2, form.box(id), fileHint), id);
        TextArea summary = form.textArea("routine-summary", messages.get("editor.routine.summary.accessible"), 1,
                Routine::summary, Edits::setSummary, FieldPaths.field("summary"));
        // One line for the library card, shown whole: it wraps here, but Enter adds no line break.
        summary.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        FormLayout.above(this, messages.get("editor.routine.summary"), form.box(summary), summary);
        TextArea purpose = form.textArea("routine-purpose", messages.get("editor.routine.purpose"), 3, Routine::purpose,
                Edits::setPurpose, FieldPaths.field("purpose"));
        FormLayout.above(this, messages.get("editor.routine.purpose"), form.box(purpose), purpose);
    }

    /** A tick per audience. */
    private void audience(Form form) {
        FlowPane audience = new FlowPane(10, 6);
        audience.setId("routine-audience");
        audience.getStyleClass().add("audience");
        for (Audience a : Audience.values()) {
            CheckBox box = form.check("audience-" + a.json(), audienceLabel(a),
                    r -> r.audience() != null && r.audience().contains(a), on -> Edits.setAudience(toggled(a, on)),
                    () -> List.of());
            box.setAccessibleText(messages.get("editor.routine.audience.for", audienceLabel(a)));
            audience.getChildren().add(box);
        }
        audienceMessage.getStyleClass().add("field-message");
        audienceMessage.setWrapText(true);
        audienceMessage.setMinHeight(Region.USE_PREF_SIZE);
        FormLayout.above(this, messages.get("editor.routine.audience"), new VBox(4, audience, audienceMessage), null);
    }

    /** "[3] times [a week]", and a note. */
    private void howOften(Form form) {
        TextField times = form.number("routine-times", messages.get("editor.routine.times"), Form.Kind.WHOLE, false, 1,
                r -> r.frequency() == null ? null : (double) r.frequency().times(),
                v -> Edits.setFrequency((int) Math.round(v), per(), frequencyNote()),
                FieldPaths.field("frequency") + ".times", FieldPaths.field("frequency"));
        ComboBox<Period> per = form.choice("routine-per", messages.get("editor.routine.per"), Arrays.asList(Period.values()),
                p -> p == Period.DAY ? messages.get("editor.routine.per.day") : messages.get("editor.routine.per.week"),
                r -> r.frequency() == null ? Period.WEEK : r.frequency().per(),
                p -> Edits.setFrequency(times(), p, frequencyNote()), FieldPaths.field("frequency") + ".per");
        times.setPrefColumnCount(3);
        per.setMinWidth(Region.USE_PREF_SIZE);
        VBox often = FormLayout.wrapping(form.box(times), FormLayout.unit(messages.get("editor.unit.times")), form.box(per));
        TextField note = form.textField("routine-frequency-note", messages.get("editor.routine.often.note.accessible"),
                r -> r.frequency() == null ? null : r.frequency().note(),
                t -> Edits.setFrequency(times(), per(), t), FieldPaths.field("frequency") + ".note");
        note.setPromptText(messages.get("editor.routine.often.note.example"));
        FormLayout.above(this, messages.get("editor.routine.often"), new VBox(6, often, form.box(note)), times);
    }

    void refresh(Routine r, Validation v) {
        List<String> audience = v.within(FieldPaths.field("audience")).stream().map(f -> f.message(messages)).toList();
        FormLayout.showMessages(audienceMessage, audience);
        boolean goodId = r.id() != null && r.id().matches("[a-z0-9]+(-[a-z0-9]+)*");
        fileHint.setText(goodId ? messages.get("editor.routine.id.saved-as", r.id()) : messages.get("editor.routine.id.rule"));
        refreshMeasured();
    }

    void refreshMeasured() {
        Summary s = model.summaryProperty().get();
        Double at = model.previewBpmProperty().get();
        measured.setText(s == null ? messages.get("editor.routine.length.fix-problems")
                : at == null ? messages.get("editor.routine.length.as-written", summaryWords.duration(s.totalSeconds()))
                : messages.get("editor.routine.length.at", summaryWords.duration(s.totalSeconds()), Wording.number(at)));
    }

    private int times() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? 3 : f.times();
    }

    private Period per() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? Period.WEEK : f.per();
    }

    private String frequencyNote() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? null : f.note();
    }

    private List<Audience> toggled(Audience a, boolean on) {
        List<Audience> now = model.routineProperty().get().audience();
        List<Audience> next = new ArrayList<>();
        for (Audience x : Audience.values()) {
            boolean has = x == a ? on : now != null && now.contains(x);
            if (has) {
                next.add(x);
            }
        }
        return next;
    }

    private String difficultyLabel(Difficulty d) {
        return switch (d) {
            case GENTLE -> messages.get("editor.routine.difficulty.gentle");
            case MODERATE -> messages.get("editor.routine.difficulty.moderate");
            case CHALLENGING -> messages.get("editor.routine.difficulty.challenging");
        };
    }

    private String audienceLabel(Audience a) {
        return switch (a) {
            case RUNNER -> messages.get("editor.routine.audience.runner");
            case WARM_UP -> messages.get("editor.routine.audience.warm-up");
            case POST_RUN -> messages.get("editor.routine.audience.post-run");
            case REHAB -> messages.get("editor.routine.audience.rehab");
            case CLINIC -> messages.get("editor.routine.audience.clinic");
        };
    }
}
