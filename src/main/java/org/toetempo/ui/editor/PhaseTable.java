package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Edit;
import org.toetempo.editor.StepEdits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The phases of one rep, as a small table: action, length (beats or seconds), cue word, and a remove button per
 * phase; Add phase below. What it shows and where changes go is its {@link Source}: the selected step (which,
 * while it uses its exercise's or level's phases, shows those, and a change gives the step its own copy; "Use the
 * exercise's phases" goes back), or an exercise of the routine, or one of its levels.
 */
final class PhaseTable extends VBox {

    /** The phases shown, and the edits that change them. */
    interface Source {
        /** The phases one rep plays now. */
        List<Phase> phases();

        /** JSON path of the phase list the loader reports on, e.g. {@code $.blocks[0].steps[1].phases}. */
        String path();

        Edit set(int p, Phase phase);

        Edit add(int at, Phase phase);

        Edit remove(int p);

        /** Where the phases come from, for the line above the table ("This step's own phases."), or "". */
        String origin();

        /** Back to the phases it inherits, or {@code null} when it inherits none. */
        Edit reset();
    }

    /** The selected step's phases. */
    static Source ofStep(EditorModel model) {
        EditorModel.Selection s = model.selectionProperty().get();
        Step step = model.selectedStep();
        Exercise exercise = step == null ? null : model.exerciseOf(step);
        List<Phase> phases = step == null ? List.of() : exercise == null
                ? Objects.requireNonNullElse(step.phases(), List.of()) : Wording.phasesOf(step, exercise);
        boolean own = step != null && step.phases() != null;
        Messages messages = model.messages();
        String origin;
        if (exercise == null) {
            origin = "";
        } else if (own) {
            origin = messages.get("phases.step-own");
        } else {
            String level = step.level() != null ? step.level() : exercise.defaultLevel();
            boolean fromLevel = exercise.level(level).map(Level::phases).filter(x -> x != null).isPresent();
            origin = fromLevel ? messages.get("phases.step-from-level", exercise.level(level).map(Level::name).orElse(level))
                    : messages.get("phases.step-from-exercise");
        }
        Edit reset = own && exercise != null ? StepEdits.setStepPhases(s.block(), s.step(), null) : null;
        return new Source() {
            public List<Phase> phases() { return phases; }
            public String path() { return FieldPaths.step(s.block(), s.step(), "phases"); }
            public Edit set(int p, Phase phase) { return StepEdits.setPhase(s.block(), s.step(), p, phase); }
            public Edit add(int at, Phase phase) { return StepEdits.addPhase(s.block(), s.step(), at, phase); }
            public Edit remove(int p) { return StepEdits.removePhase(s.block(), s.step(), p); }
            public String origin() { return origin; }
            public Edit reset() { return reset; }
        };
    }

    /**
     * Phases changed as a whole list (an exercise's, a level's): each change writes the list with {@code write}.
     *
     * @param reset back to what the list inherits, or {@code null}
     */
    static Source replacing(Messages messages, List<Phase> phases, String path, Function<List<Phase>, Edit> write,
                            String origin, Edit reset) {
        return new Source() {
            public List<Phase> phases() { return phases; }
            public String path() { return path; }
            public Edit set(int p, Phase phase) { return write.apply(changed(l -> l.set(p, phase))); }
            public Edit add(int at, Phase phase) {
                return Edit.of(messages.get("phases.add-edit"), write.apply(changed(l -> l.add(at, phase)))::apply);
            }
            public Edit remove(int p) {
                return Edit.of(messages.get("phases.remove-edit"), write.apply(changed(l -> l.remove(p)))::apply);
            }
            public String origin() { return origin; }
            public Edit reset() { return reset; }

            private List<Phase> changed(Consumer<List<Phase>> change) {
                List<Phase> copy = new ArrayList<>(phases);
                change.accept(copy);
                return copy;
            }
        };
    }

    private enum Unit { BEATS, SECONDS }

    private final class Row {
        final ComboBox<Action> action = new ComboBox<>();
        final TextField length = new TextField();
        final ComboBox<Unit> unit = new ComboBox<>();
        final TextField cue = new TextField();
        final Button remove = new Button(null, new FontIcon(Feather.X));
        final Label message = new Label();
        Phase phase;
    }

    private final EditorModel model;
    private final Messages messages;
    private final String prefix;
    private final GridPane grid = new GridPane();
    private final Label origin = Form.hint("");
    private final Hyperlink reset = new Hyperlink();
    private final Supplier<Source> sources;
    private Source source;
    private double bpm = 60;
    private final Button add = new Button(null, new FontIcon(Feather.PLUS));
    private final Label total = Form.hint("");
    private final List<Row> rows = new ArrayList<>();
    private final Label listMessage = new Label();
    private boolean pulling;

    /**
     * @param prefix  of the controls' ids ({@code "phase-"}: {@code phase-length-0}, {@code phase-add}...)
     * @param sources what to show, asked again after a field the user left held no number
     */
    PhaseTable(EditorModel model, String prefix, Supplier<Source> sources) {
        super(6);
        this.model = model;
        this.messages = model.messages();
        this.prefix = prefix;
        reset.setText(messages.get("phases.reset"));
        add.setText(messages.get("phases.add"));
        this.sources = sources;
        setId(prefix + "table");
        getStyleClass().add("phase-table");
        grid.getStyleClass().add("phase-grid");
        grid.setHgap(6);
        grid.setVgap(6);
        ColumnConstraints number = new ColumnConstraints();
        number.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints(96, 130, Double.MAX_VALUE);
        action.setHgrow(Priority.SOMETIMES);
        ColumnConstraints length = new ColumnConstraints(46, 56, 70);
        // The unit ("beats", "Sekunden") is never cut short: the cue column gives way.
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints cue = new ColumnConstraints(60, 110, Double.MAX_VALUE);
        cue.setHgrow(Priority.ALWAYS);
        ColumnConstraints remove = new ColumnConstraints();
        remove.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(number, action, length, unit, cue, remove);
        reset.setId(prefix + "reset");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> {
            if (source != null && source.reset() != null) {
                model.execute(source.reset());
            }
        });
        add.setId(prefix + "add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.getStyleClass().addAll("flat", "add-button");
        add.setOnAction(e -> {
            int at = rows.size();
            Phase last = at == 0 ? null : rows.get(at - 1).phase;
            Phase phase = new Phase(last != null && last.action() == Action.LIFT ? Action.LOWER : Action.HOLD,
                    0, 5, last != null && last.action() == Action.LIFT ? messages.get("phases.new-cue-down")
                            : messages.get("phases.new-cue-hold"), null);
            if (source != null && model.execute(source.add(at, phase))) {
                Platform.runLater(() -> {
                    if (at < rows.size()) {
                        rows.get(at).action.requestFocus();
                    }
                });
            }
        });
        listMessage.getStyleClass().add("field-message");
        listMessage.setWrapText(true);
        listMessage.setMinHeight(Region.USE_PREF_SIZE);
        HBox footer = new HBox(8, add, total);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox originRow = new HBox(4, origin, reset);
        originRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(originRow, grid, listMessage, footer);
    }

    /** Shows the phases of {@code source} with the loader's messages for them; one rep is timed at {@code bpm}. */
    void refresh(Source source, Validation validation, double bpm) {
        this.source = source;
        this.bpm = bpm;
        List<Phase> phases = source.phases();
        pulling = true;
        try {
            if (rows.size() != phases.size()) {
                rebuild(phases.size());
            }
            for (int p = 0; p < phases.size(); p++) {
                Row row = rows.get(p);
                Phase phase = phases.get(p);
                row.phase = phase;
                if (row.action.getValue() != phase.action()) {
                    row.action.setValue(phase.action());
                }
                Unit unit = phase.seconds() > 0 ? Unit.SECONDS : Unit.BEATS;
                if (row.unit.getValue() != unit) {
                    row.unit.setValue(unit);
                }
                double amount = unit == Unit.SECONDS ? phase.seconds() : phase.beats();
                Double typed = Form.parse(row.length.getText(), unit == Unit.BEATS ? Form.Kind.WHOLE : Form.Kind.DECIMAL);
                if (!row.length.isFocused() || typed == null || typed != amount) {
                    String text = Wording.number(amount);
                    if (!row.length.getText().equals(text)) {
                        row.length.setText(text);
                    }
                }
                String cue = phase.cue() == null ? "" : phase.cue();
                if ((!row.cue.isFocused() || !row.cue.getText().strip().equals(cue)) && !row.cue.getText().equals(cue)) {
                    row.cue.setText(cue);
                }
                String path = FieldPaths.index(source.path(), p);
                List<String> problems = new ArrayList<>(validation.within(path).stream()
                        .map(f -> f.message(messages)).distinct().toList());
                row.message.setText(String.join("\n", problems));
                row.message.setVisible(!problems.isEmpty());
                row.message.setManaged(!problems.isEmpty());
                row.action.pseudoClassStateChanged(Form.INVALID, !validation.at(path + ".action").isEmpty());
                row.length.pseudoClassStateChanged(Form.INVALID,
                        !validation.at(path + ".beats").isEmpty() || !validation.at(path + ".seconds").isEmpty()
                                || !validation.at(path).isEmpty());
                row.cue.pseudoClassStateChanged(Form.INVALID, !validation.at(path + ".cue").isEmpty());
                row.remove.setDisable(phases.size() <= 1);
            }
        } finally {
            pulling = false;
        }
        origin.setText(source.origin());
        origin.setVisible(!source.origin().isEmpty());
        origin.setManaged(!source.origin().isEmpty());
        reset.setVisible(source.reset() != null);
        reset.setManaged(source.reset() != null);
        List<String> listProblems = validation.at(source.path(), messages);
        listMessage.setText(String.join("\n", listProblems));
        listMessage.setVisible(!listProblems.isEmpty());
        listMessage.setManaged(!listProblems.isEmpty());
        total.setText(repText(messages, phases, bpm));
    }

    /** "One rep: 4 beats = 4 s at 60 BPM". */
    static String repText(Messages messages, List<Phase> phases, double bpm) {
        int beats = phases.stream().mapToInt(Phase::beats).sum();
        double seconds = phases.stream().mapToDouble(Phase::seconds).sum();
        if (beats == 0 && seconds == 0) {
            return "";
        }
        double at = Math.round((beats * 60 / bpm + seconds) * 10) / 10.0;
        if (beats == 0) {
            return messages.get("phases.rep-seconds", seconds);
        }
        return seconds > 0 ? messages.get("phases.rep-beats-seconds", beats, seconds, at, bpm)
                : messages.get("phases.rep-beats", beats, at, bpm);
    }

    List<TextField> lengthFields() {
        return rows.stream().map(r -> r.length).toList();
    }

    List<TextField> cueFields() {
        return rows.stream().map(r -> r.cue).toList();
    }

    private void rebuild(int count) {
        grid.getChildren().clear();
        rows.clear();
        String[] heads = {"", messages.get("phases.action"), messages.get("phases.length"), "",
                messages.get("phases.cue"), ""};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(heads[c]);
            head.getStyleClass().add("table-head");
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, c, 0);
        }
        for (int p = 0; p < count; p++) {
            Row row = new Row();
            int index = p;
            int line = 1 + 2 * p;
            Label number = new Label((p + 1) + ".");
            number.getStyleClass().add("phase-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            row.action.getItems().setAll(Arrays.asList(Action.values()));
            row.action.setConverter(Form.converter(PhaseTable::actionLabel));
            row.action.setCellFactory(v -> Form.cell(PhaseTable::actionLabel));
            row.action.setButtonCell(Form.cell(PhaseTable::actionLabel));
            row.action.setMaxWidth(Double.MAX_VALUE);
            row.action.setId(prefix + "action-" + p);
            row.action.setAccessibleText(messages.get("phases.action-accessible", p + 1));
            row.action.valueProperty().addListener((o, old, value) -> {
                if (!pulling && value != null && row.phase != null && value != row.phase.action()) {
                    write(index, new Phase(value, row.phase.beats(), row.phase.seconds(), row.phase.cue(), row.phase.part()));
                }
            });
            row.length.setId(prefix + "length-" + p);
            row.length.setAccessibleText(messages.get("phases.length-accessible", p + 1));
            row.length.getStyleClass().add("number-field");
            row.length.textProperty().addListener((o, old, text) -> {
                if (pulling || row.phase == null) {
                    return;
                }
                boolean seconds = row.unit.getValue() == Unit.SECONDS;
                Double value = Form.parse(text, seconds ? Form.Kind.DECIMAL : Form.Kind.WHOLE);
                if (value == null) {
                    row.message.setText(seconds ? messages.get("phases.enter-seconds") : messages.get("phases.enter-beats"));
                    row.message.setVisible(true);
                    row.message.setManaged(true);
                    return;
                }
                write(index, seconds
                        ? new Phase(row.phase.action(), 0, value, row.phase.cue(), row.phase.part())
                        : new Phase(row.phase.action(), (int) Math.round(value), 0, row.phase.cue(), row.phase.part()));
            });
            row.length.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    Platform.runLater(this::repull);
                }
            });
            row.length.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !e.isAltDown()) {
                    Double now = Form.parse(row.length.getText(), Form.Kind.DECIMAL);
                    double step = row.unit.getValue() == Unit.SECONDS ? 0.5 : 1;
                    double next = Math.max(step, (now == null ? 1 : now) + (e.getCode() == KeyCode.UP ? step : -step));
                    row.length.setText(Wording.number(next));
                    row.length.end();
                    e.consume();
                }
            });
            row.unit.getItems().setAll(Unit.values());
            row.unit.setConverter(Form.converter(this::unitLabel));
            row.unit.setButtonCell(Form.cell(this::unitLabel));
            row.unit.setCellFactory(v -> Form.cell(this::unitLabel));
            row.unit.setId(prefix + "unit-" + p);
            row.unit.setAccessibleText(messages.get("phases.unit-accessible", p + 1));
            row.unit.setMaxWidth(Double.MAX_VALUE);
            row.unit.setMinWidth(Region.USE_PREF_SIZE);
            row.unit.valueProperty().addListener((o, old, unit) -> {
                if (pulling || row.phase == null || unit == null) {
                    return;
                }
                Phase ph = row.phase;
                if (unit == Unit.SECONDS && ph.seconds() <= 0) {
                    write(index, new Phase(ph.action(), 0, Math.max(1, ph.beats()), ph.cue(), ph.part()));
                } else if (unit == Unit.BEATS && ph.beats() <= 0) {
                    write(index, new Phase(ph.action(), (int) Math.max(1, Math.round(ph.seconds())), 0, ph.cue(), ph.part()));
                }
            });
            row.cue.setId(prefix + "cue-" + p);
            row.cue.setAccessibleText(messages.get("phases.cue-accessible", p + 1));
            row.cue.setPromptText(messages.get("phases.cue-prompt"));
            row.cue.textProperty().addListener((o, old, text) -> {
                if (!pulling && row.phase != null) {
                    write(index, new Phase(row.phase.action(), row.phase.beats(), row.phase.seconds(), text.strip(), row.phase.part()));
                }
            });
            row.remove.getStyleClass().addAll("flat", "remove-button");
            row.remove.setId(prefix + "remove-" + p);
            row.remove.setAccessibleText(messages.get("phases.remove", p + 1));
            row.remove.setTooltip(new Tooltip(messages.get("phases.remove", p + 1)));
            row.remove.setOnAction(e -> {
                if (source != null) {
                    model.execute(source.remove(index));
                }
            });
            row.message.getStyleClass().add("field-message");
            row.message.setWrapText(true);
            row.message.setMinHeight(Region.USE_PREF_SIZE);
            row.message.setVisible(false);
            row.message.setManaged(false);
            grid.add(number, 0, line);
            grid.add(row.action, 1, line);
            grid.add(row.length, 2, line);
            grid.add(row.unit, 3, line);
            grid.add(row.cue, 4, line);
            grid.add(row.remove, 5, line);
            grid.add(row.message, 1, line + 1, 5, 1);
            GridPane.setValignment(number, VPos.CENTER);
            GridPane.setHalignment(number, HPos.RIGHT);
            rows.add(row);
        }
    }

    private void write(int p, Phase phase) {
        if (source != null) {
            model.execute(source.set(p, phase));
        }
    }

    /** After leaving a length that was not a number, show the phase's value again. */
    private void repull() {
        refresh(sources.get(), model.validationProperty().get(), bpm);
    }

    private String unitLabel(Unit unit) {
        return unit == null ? "" : unit == Unit.SECONDS ? messages.get("phases.seconds") : messages.get("phases.beats");
    }

    static double bpmOf(EditorModel model) {
        var r = model.routineProperty().get();
        var b = model.selectedBlock();
        var st = model.selectedStep();
        double bpm = r.tempo() == null ? 60 : r.tempo().bpm();
        if (b != null && b.tempo() != null && b.tempo().bpm() != null) {
            bpm = b.tempo().bpm();
        }
        if (st != null && st.tempo() != null && st.tempo().bpm() != null) {
            bpm = st.tempo().bpm();
        }
        if (model.previewBpmProperty().get() != null) {
            bpm = model.previewBpmProperty().get();
        }
        return bpm > 0 ? bpm : 60;
    }

    static String actionLabel(Action action) {
        return action == null ? "" : Wording.label(action).replace('-', ' ');
    }
}
