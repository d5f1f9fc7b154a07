package org.toetempo.ui.editor;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edit;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.StepEdits;
import org.toetempo.editor.Validation;
import org.toetempo.figure.KeyPoses;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;
import org.toetempo.ui.controls.FootFigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The form of the selected step: its exercise and dose, its tempo, one rep's phases, and its words. */
final class StepPane extends VBox {

    /** Counting a set in reps or in seconds. */
    enum Dose { REPS, TIME }

    private interface StepEdit {
        Edit make(int block, int step);
    }

    private final EditorModel model;
    private final Messages messages;
    private final Form form;
    private final ExercisePicker picker;
    private final PhaseTable phases;
    private final TextListEditor cues;
    private final FootFigure figure = new FootFigure();
    private final Label heading = new Label();
    private final Label where = new Label();
    private final Label amountLabel = new Label();
    private final Label tempoHint = FormLayout.hint("");
    private final Label levelHow = FormLayout.hint("");
    private final Label cuesHint = FormLayout.hint("");
    private final Label cuesMessage = new Label();
    private TextField titleField;

    StepPane(EditorModel model) {
        super(14);
        this.model = model;
        this.messages = model.messages();
        this.form = new Form(model);
        this.picker = new ExercisePicker(messages);
        this.phases = new PhaseTable(model, "phase-", () -> PhaseTable.ofStep(model));
        this.cues = new TextListEditor(model, "step-cues", messages.get("text-list.item.cue"), false, r -> shownCues(), cueEdits(),
                i -> FieldPaths.index(model.stepPath("cues"), i));
        GridPane what = FormLayout.grid();
        exerciseRows(what);
        doseRows(what);
        tempoRows(what);
        getChildren().addAll(header(), Inspector.section(messages.get("editor.step.section.exercise"), what),
                Inspector.section(messages.get("editor.step.section.rep"), phases),
                Inspector.section(messages.get("editor.step.section.words"), words()));
        getStyleClass().add("inspector-body");
    }

    Form form() {
        return form;
    }

    PhaseTable phases() {
        return phases;
    }

    TextListEditor cues() {
        return cues;
    }

    /** The figure doing the step's move, and what and where the step is. */
    private HBox header() {
        figure.setMinSize(92, 84);
        figure.setPrefSize(92, 84);
        figure.setMaxSize(92, 84);
        figure.setFocusTraversable(false);
        figure.getStyleClass().add("step-figure");
        heading.getStyleClass().add("pane-heading");
        heading.setId("step-heading");
        heading.setWrapText(true);
        where.getStyleClass().add("hint");
        VBox headingText = new VBox(2, heading, where);
        HBox.setHgrow(headingText, Priority.ALWAYS);
        HBox header = new HBox(12, figure, headingText);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** The exercise (with a link to change the exercise itself), its level and the side. */
    private void exerciseRows(GridPane what) {
        picker.setOnPick(exercise -> {
            EditorModel.Selection s = model.selectionProperty().get();
            model.execute(StepEdits.setStepExercise(s.block(), s.step(), exercise));
        });
        Form.Field pickerField = form.custom(picker, messages.get("editor.step.exercise"), () -> {
            Step step = model.selectedStep();
            picker.show(model.exercises(), step == null ? null : model.exerciseOf(step));
        }, () -> List.of(model.stepPath("exercise")));
        Hyperlink editExercise = new Hyperlink(messages.get("editor.step.edit-exercise"));
        editExercise.setId("step-edit-exercise");
        editExercise.setTooltip(new Tooltip(messages.get("editor.step.edit-exercise.tooltip")));
        editExercise.setOnAction(e -> {
            Step step = model.selectedStep();
            if (step != null && step.exercise() != null) {
                model.editExercise(step.exercise());
            }
        });
        FormLayout.row(what, messages.get("editor.step.exercise"), new VBox(2, pickerField.box, editExercise), picker);

        ComboBox<String> level = form.choice("step-level", messages.get("editor.step.level"), r -> levelItems(), this::levelLabel,
                r -> step(s -> s.level() == null ? "" : s.level()),
                id -> stepEdit((b, s) -> StepEdits.setStepLevel(b, s, id.isEmpty() ? null : id)),
                () -> List.of(model.stepPath("level")));
        FormLayout.row(what, messages.get("editor.step.level"), new VBox(2, form.box(level), levelHow), level);

        ComboBox<Side> side = form.choice("step-side", messages.get("editor.step.side"), Arrays.asList(Side.values()),
                this::sideLabel, r -> step(Step::side), value -> stepEdit((b, s) -> StepEdits.setStepSide(b, s, value)),
                () -> List.of(model.stepPath("side")));
        FormLayout.row(what, messages.get("editor.step.side"), form.box(side), side);
    }

    /** Sets, reps or seconds per set, and the rests. */
    private void doseRows(GridPane what) {
        TextField sets = form.number("step-sets", messages.get("editor.step.sets"), Form.Kind.WHOLE, false, 1,
                r -> step(s -> (double) s.sets()), v -> stepEdit((b, s) -> StepEdits.setStepSets(b, s, (int) Math.round(v))),
                () -> List.of(model.stepPath("sets")));
        FormLayout.row(what, messages.get("editor.step.sets"),
                FormLayout.inline(form.box(sets), FormLayout.unit(messages.get("editor.unit.per-foot"))), sets);

        ComboBox<Dose> dose = form.choice("step-dose", messages.get("editor.step.dose.accessible"), Arrays.asList(Dose.values()),
                d -> d == Dose.TIME ? messages.get("editor.step.dose.time") : messages.get("editor.step.dose.reps"),
                r -> step(s -> s.forSeconds() > 0 ? Dose.TIME : Dose.REPS), d -> stepEdit((b, s) -> {
                    Step st = model.selectedStep();
                    return d == Dose.TIME ? StepEdits.setStepForSeconds(b, s, 30)
                            : StepEdits.setStepReps(b, s, st != null && st.reps() > 0 ? st.reps() : 10);
                }), () -> List.of());
        FormLayout.row(what, messages.get("editor.step.dose"), form.box(dose), dose);

        TextField amount = form.number("step-reps", messages.get("editor.step.reps-per-set"),
                () -> timed() ? Form.Kind.DECIMAL : Form.Kind.WHOLE, false, 1,
                r -> step(s -> s.forSeconds() > 0 ? s.forSeconds() : (double) s.reps()),
                v -> stepEdit((b, s) -> timed() ? StepEdits.setStepForSeconds(b, s, v) : StepEdits.setStepReps(b, s, (int) Math.round(v))),
                () -> List.of(model.stepPath("reps"), model.stepPath("for_seconds"), stepPathOnly()));
        amountLabel.getStyleClass().add("form-label");
        amountLabel.setLabelFor(amount);
        amountLabel.setMinWidth(Region.USE_PREF_SIZE);
        int amountRow = what.getRowCount();
        what.add(amountLabel, 0, amountRow);
        what.add(FormLayout.inline(form.box(amount), FormLayout.unit("")), 1, amountRow);
        GridPane.setValignment(amountLabel, VPos.TOP);

        TextField restBetween = form.number("step-rest-between", messages.get("editor.step.rest-between.accessible"),
                Form.Kind.DECIMAL, false, 5, r -> step(Step::restBetweenSetsSeconds),
                v -> stepEdit((b, s) -> StepEdits.setStepRestBetweenSets(b, s, v)),
                () -> List.of(model.stepPath("rest_between_sets_s")));
        FormLayout.row(what, messages.get("editor.step.rest-between"),
                FormLayout.inline(form.box(restBetween), FormLayout.unit(messages.get("editor.unit.seconds"))), restBetween);
        TextField restAfter = form.number("step-rest-after", messages.get("editor.step.rest-after.accessible"),
                Form.Kind.DECIMAL, false, 5, r -> step(Step::restAfterSeconds),
                v -> stepEdit((b, s) -> StepEdits.setStepRestAfter(b, s, v)),
                () -> List.of(model.stepPath("rest_after_s")));
        FormLayout.row(what, messages.get("editor.step.rest-after"),
                FormLayout.inline(form.box(restAfter), FormLayout.unit(messages.get("editor.unit.seconds"))), restAfter);
    }

    /** The step's own tempo and the range it may be played in (blank: the block's). */
    private void tempoRows(GridPane what) {
        TextField bpm = form.number("step-bpm", messages.get("editor.step.bpm.accessible"), Form.Kind.DECIMAL, true, 5,
                r -> step(s -> s.tempo() == null ? null : s.tempo().bpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpm(b, s, v)),
                () -> List.of(model.stepPath("tempo"), model.stepPath("tempo") + ".bpm"));
        bpm.setPromptText(messages.get("editor.step.blocks"));
        VBox tempoBox = new VBox(2, FormLayout.inline(form.box(bpm), FormLayout.unit(messages.get("editor.unit.bpm"))), tempoHint);
        FormLayout.row(what, messages.get("editor.tempo"), tempoBox, bpm);
        TextField min = form.number("step-min-bpm", messages.get("editor.step.min-bpm.accessible"), Form.Kind.DECIMAL, true, 5,
                r -> step(s -> s.tempo() == null ? null : s.tempo().minBpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpmRange(b, s, v, stepOverride(TempoOverride::maxBpm))),
                () -> List.of(model.stepPath("tempo") + ".min_bpm"));
        TextField max = form.number("step-max-bpm", messages.get("editor.step.max-bpm.accessible"), Form.Kind.DECIMAL, true, 5,
                r -> step(s -> s.tempo() == null ? null : s.tempo().maxBpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpmRange(b, s, stepOverride(TempoOverride::minBpm), v)),
                () -> List.of(model.stepPath("tempo") + ".max_bpm"));
        min.setPromptText(messages.get("editor.step.blocks"));
        max.setPromptText(messages.get("editor.step.blocks"));
        FormLayout.row(what, messages.get("editor.tempo.allowed"), FormLayout.inline(form.box(min),
                FormLayout.unit(messages.get("editor.unit.to")), form.box(max),
                FormLayout.unit(messages.get("editor.unit.bpm"))), min);
    }

    /** The step's title, the question after it, its note, its cues, and when it plays. */
    private GridPane words() {
        GridPane words = FormLayout.grid();
        titleField = form.textField("step-title", messages.get("editor.step.title.accessible"),
                r -> step(Step::title), t -> stepEdit((b, s) -> StepEdits.setStepTitle(b, s, t)));
        form.field(titleField).paths = () -> List.of(model.stepPath("title"));
        FormLayout.row(words, messages.get("editor.step.title"), form.box(titleField), titleField);
        TextField prompt = form.textField("step-prompt", messages.get("editor.step.prompt.accessible"),
                r -> step(Step::prompt), t -> stepEdit((b, s) -> StepEdits.setStepPrompt(b, s, t)));
        form.field(prompt).paths = () -> List.of(model.stepPath("prompt"));
        prompt.setPromptText(messages.get("editor.step.prompt.example"));
        FormLayout.row(words, messages.get("editor.step.prompt"), form.box(prompt), prompt);
        TextArea note = form.textArea("step-note", messages.get("editor.step.note.accessible"), 2,
                r -> step(Step::note), t -> stepEdit((b, s) -> StepEdits.setStepNote(b, s, t)));
        form.field(note).paths = () -> List.of(model.stepPath("note"));
        FormLayout.row(words, messages.get("editor.note"), form.box(note), note);
        cuesHint.setId("cues-origin");
        cuesMessage.getStyleClass().add("field-message");
        cuesMessage.setWrapText(true);
        cuesMessage.setMinHeight(Region.USE_PREF_SIZE);
        FormLayout.row(words, messages.get("editor.step.cues"), new VBox(4, cuesHint, cues, cuesMessage), null);
        ComboBox<String> onlyAt = form.choice("step-only-at", messages.get("editor.step.only-at.accessible"), r -> levelItems(),
                id -> id.isEmpty() ? messages.get("editor.step.only-at.always") : messages.get("editor.step.only-at.level", levelLabel(id)),
                r -> step(s -> s.onlyAtLevel() == null ? "" : s.onlyAtLevel()),
                id -> stepEdit((b, s) -> StepEdits.setStepOnlyAtLevel(b, s, id.isEmpty() ? null : id)),
                () -> List.of(model.stepPath("only_at_level")));
        FormLayout.row(words, messages.get("editor.step.only-at"), form.box(onlyAt), onlyAt);
        CheckBox optional = form.check("step-optional", messages.get("editor.step.optional"),
                r -> step(Step::optional), v -> stepEdit((b, s) -> StepEdits.setStepOptional(b, s, v)),
                () -> List.of(model.stepPath("optional")));
        FormLayout.row(words, "", form.box(optional), null);
        return words;
    }

    /** Shows the selected step (there is one). */
    void refresh(Routine r, Validation v) {
        EditorModel.Selection s = model.selectionProperty().get();
        Step step = model.selectedStep();
        Exercise exercise = model.exerciseOf(step);
        Block block = model.selectedBlock();
        heading.setText(exercise == null ? messages.get("editor.step.heading", s.step() + 1) : Wording.title(step, exercise));
        titleField.setPromptText(exercise == null ? "" : exercise.name());
        String blockName = block.name() == null || block.name().isBlank()
                ? messages.get("editor.step.block-unnamed", s.block() + 1) : block.name();
        where.setText(messages.get("editor.step.where", s.step() + 1, block.steps().size(), blockName));
        amountLabel.setText(timed() ? messages.get("editor.step.seconds-per-set") : messages.get("editor.step.reps-per-set"));
        form.refresh();
        cues.refresh(r, v);
        FormLayout.showMessages(cuesMessage, v.at(model.stepPath("cues"), messages));
        cuesHint.setText(step.cues() != null ? messages.get("editor.step.cues.own") : messages.get("editor.step.cues.exercise"));
        phases.refresh(PhaseTable.ofStep(model), v, PhaseTable.bpmOf(model));
        if (exercise != null) {
            figure.momentProperty().set(KeyPoses.of(step, exercise));
            String level = step.level() != null ? step.level() : exercise.defaultLevel();
            levelHow.setText(exercise.level(level).map(Level::how).orElse(""));
        } else {
            levelHow.setText("");
        }
        levelHow.setVisible(!levelHow.getText().isEmpty());
        levelHow.setManaged(!levelHow.getText().isEmpty());
        tempoHint.setText(messages.get("editor.step.bpm.blank", Wording.number(inheritedBpm(r, block))));
    }

    // ------------------------------------------------------------------ helpers

    private Edit stepEdit(StepEdit edit) {
        EditorModel.Selection s = model.selectionProperty().get();
        return s.isStep() ? edit.make(s.block(), s.step()) : null;
    }

    private <T> T step(Function<Step, T> get) {
        Step step = model.selectedStep();
        return step == null ? null : get.apply(step);
    }

    private boolean timed() {
        Step step = model.selectedStep();
        return step != null && step.forSeconds() > 0;
    }

    private String stepPathOnly() {
        EditorModel.Selection s = model.selectionProperty().get();
        return FieldPaths.step(s.block(), s.step());
    }

    private Double stepOverride(Function<TempoOverride, Double> get) {
        Step st = model.selectedStep();
        return st == null || st.tempo() == null ? null : get.apply(st.tempo());
    }

    private static double inheritedBpm(Routine r, Block block) {
        Tempo base = r.tempo() == null ? new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120) : r.tempo();
        return base.with(block.tempo()).bpm();
    }

    private String sideLabel(Side side) {
        return switch (side) {
            case RIGHT -> messages.get("editor.side.right");
            case LEFT -> messages.get("editor.side.left");
            case BOTH -> messages.get("editor.side.both");
            case RIGHT_THEN_LEFT -> messages.get("editor.side.right-then-left");
            case LEFT_THEN_RIGHT -> messages.get("editor.side.left-then-right");
            case ALTERNATING -> messages.get("editor.side.alternating");
        };
    }

    /** "" (the default) and the level ids of the selected step's exercise. */
    private List<String> levelItems() {
        List<String> items = new ArrayList<>();
        items.add("");
        Step step = model.selectedStep();
        Exercise exercise = step == null ? null : model.exerciseOf(step);
        if (exercise != null && exercise.levels() != null) {
            exercise.levels().forEach(l -> items.add(l.id()));
        }
        for (String id : step == null ? List.<String>of() : Arrays.asList(step.level(), step.onlyAtLevel())) {
            if (id != null && !items.contains(id)) {
                items.add(id);
            }
        }
        return items;
    }

    private String levelLabel(String id) {
        Step step = model.selectedStep();
        Exercise exercise = step == null ? null : model.exerciseOf(step);
        if (id == null || id.isEmpty()) {
            if (exercise == null || exercise.levels() == null || exercise.levels().isEmpty()) {
                return messages.get("editor.step.level.none");
            }
            String def = exercise.defaultLevel() != null ? exercise.defaultLevel() : exercise.levels().get(0).id();
            return messages.get("editor.step.level.default", exercise.level(def).map(Level::name).orElse(def));
        }
        return exercise == null ? id : exercise.level(id).map(Level::name)
                .orElse(messages.get("editor.step.level.unknown", id));
    }

    /** The cues the step plays: its own, else its exercise's. */
    private List<String> shownCues() {
        Step step = model.selectedStep();
        if (step == null) {
            return List.of();
        }
        if (step.cues() != null) {
            return step.cues();
        }
        Exercise exercise = model.exerciseOf(step);
        return exercise == null || exercise.cues() == null ? List.of() : exercise.cues();
    }

    private TextListEditor.ListEdits cueEdits() {
        return TextListEditor.replacing(messages, this::shownCues, cues -> {
            EditorModel.Selection s = model.selectionProperty().get();
            return StepEdits.setStepCues(s.block(), s.step(), cues);
        }, messages.get("text-list.item.cue"));
    }
}
