package org.toetempo.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Edit;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The form of one exercise of the routine, shown in the right-hand pane in place of a step: every field of the
 * format's exercise (name, id, what the foot figure moves, start, instructions, cues, one rep's phases, levels and
 * their own phases, the default level, mistakes, muscles, equipment, other names, cautions, source). A library
 * exercise changed here becomes the routine's own version of it, saved in its file; the library stays as it is.
 */
final class ExerciseForm extends VBox {

    private final EditorModel model;
    private final Messages messages;
    private final Form form;
    private final Label heading = new Label();
    private final Label status = Form.hint("");
    private final Label uses = Form.hint("");
    private final Hyperlink revert = new Hyperlink();
    private final Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
    private final List<TextListEditor> lists = new ArrayList<>();
    private final List<Label> listMessages = new ArrayList<>();
    private final List<ExerciseEdits.ExerciseText> listKinds = new ArrayList<>();
    private final PhaseTable phases;
    private final ComboBox<Integer> phasesOf = new ComboBox<>();
    private final LevelList levels;
    private final TextField idField;
    private final HBox defaultRow;
    private final ClipPane clip;

    ExerciseForm(EditorModel model) {
        super(14);
        this.model = model;
        this.messages = model.messages();
        this.form = new Form(model);
        setId("exercise-form");
        getStyleClass().add("inspector-body");
        revert.setText(messages.get("exercise-form.revert"));
        remove.setText(messages.get("exercise-form.remove"));

        Button done = new Button(messages.get("exercise-form.back"), new FontIcon(Feather.ARROW_LEFT));
        done.setId("exercise-done");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.setOnAction(e -> model.closeExercise());
        heading.getStyleClass().add("pane-heading");
        heading.setId("exercise-heading");
        heading.setWrapText(true);
        revert.setId("exercise-revert");
        revert.setOnAction(e -> model.removeExercise(id()));
        remove.setId("exercise-remove");
        remove.getStyleClass().addAll("flat", "danger");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.removeExercise(id()));
        status.setId("exercise-status");
        uses.setId("exercise-uses");
        FlowPane actions = new FlowPane(8, 4, uses, revert, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, done, heading, status, actions);

        // ---------------------------------------------------------- what it is
        GridPane what = Form.grid();
        TextField name = form.textField("exercise-name", messages.get("exercise-form.name-accessible"), r -> get(r, Exercise::name),
                t -> edit(id -> ExerciseEdits.setExerciseName(id, t)));
        paths(name, "name");
        Form.row(what, messages.get("exercise-form.name"), form.box(name), name);
        idField = form.textField("exercise-id", messages.get("exercise-form.id-accessible"), r -> get(r, Exercise::id), t -> null);
        Form.Field idEntry = form.field(idField);
        idEntry.paths = () -> List.of(here());
        idField.textProperty().addListener((o, old, text) -> {
            if (form.pulling() || id() == null || text.strip().equals(id())) {
                return;
            }
            idEntry.local = model.renameExercise(id(), text) ? null
                    : messages.get("exercise-form.id-taken", text.strip());
            idEntry.problems(model.validationProperty().get());
        });
        Form.row(what, messages.get("exercise-form.id"), new VBox(2, form.box(idField),
                Form.hint(messages.get("exercise-form.id-hint"))), idField);
        ComboBox<FootPart> figure = form.choice("exercise-figure", messages.get("exercise-form.figure-accessible"),
                Arrays.asList(FootPart.values()), p -> Wording.label(p).replace('-', ' '), r -> get(r, Exercise::figure),
                f -> edit(id -> ExerciseEdits.setExerciseFigure(id, f)), () -> List.of(here("figure")));
        Form.row(what, messages.get("exercise-form.figure"), form.box(figure), figure);
        TextArea start = form.textArea("exercise-start", messages.get("exercise-form.start-accessible"), 2, r -> get(r, Exercise::start),
                t -> edit(id -> ExerciseEdits.setExerciseStart(id, t)));
        paths(start, "start");
        Form.row(what, messages.get("exercise-form.start"), form.box(start), start);

        // ---------------------------------------------------------- how to do it
        VBox how = new VBox(10);
        how.getChildren().addAll(
                list(messages.get("exercise-form.instructions"), messages.get("exercise-form.instructions-hint"),
                        ExerciseEdits.ExerciseText.INSTRUCTIONS, true),
                list(messages.get("exercise-form.cues"), messages.get("exercise-form.cues-hint"),
                        ExerciseEdits.ExerciseText.CUES, false));

        // ---------------------------------------------------------- one rep
        phases = new PhaseTable(model, "exercise-phase-", this::phaseSource);
        phasesOf.setId("exercise-phases-of");
        phasesOf.setAccessibleText(messages.get("exercise-form.phases-of-accessible"));
        phasesOf.setConverter(Form.converter(this::phasesOfLabel));
        phasesOf.setButtonCell(Form.cell(this::phasesOfLabel));
        phasesOf.setCellFactory(v -> Form.cell(this::phasesOfLabel));
        phasesOf.valueProperty().addListener((o, old, v) -> refreshPhases());
        HBox phasesOfRow = new HBox(8, Form.unit(messages.get("exercise-form.phases-of")), phasesOf);
        phasesOfRow.setAlignment(Pos.CENTER_LEFT);
        VBox rep = new VBox(6, phasesOfRow, phases);

        // ---------------------------------------------------------- levels
        levels = new LevelList(model, this::id);
        ComboBox<String> defaultLevel = form.choice("exercise-default-level", messages.get("exercise-form.default-level"),
                r -> levelIds(r), this::levelName, r -> get(r, Exercise::defaultLevel),
                l -> edit(id -> ExerciseEdits.setExerciseDefaultLevel(id, l)), () -> List.of(here("default_level")));
        Label noLevels = Form.hint(messages.get("exercise-form.levels-hint"));
        defaultRow = new HBox(8, Form.unit(messages.get("exercise-form.default-level-use")), form.box(defaultLevel));
        defaultRow.setAlignment(Pos.CENTER_LEFT);
        VBox levelBox = new VBox(8, noLevels, levels, defaultRow);

        // ---------------------------------------------------------- more
        VBox more = new VBox(10);
        more.getChildren().addAll(
                list(messages.get("exercise-form.mistakes"), messages.get("exercise-form.mistakes-hint"),
                        ExerciseEdits.ExerciseText.MISTAKES, true),
                list(messages.get("exercise-form.targets"), null, ExerciseEdits.ExerciseText.TARGETS, false),
                list(messages.get("exercise-form.equipment"), messages.get("exercise-form.equipment-hint"),
                        ExerciseEdits.ExerciseText.EQUIPMENT, false),
                list(messages.get("exercise-form.aliases"), messages.get("exercise-form.aliases-hint"),
                        ExerciseEdits.ExerciseText.ALIASES, false),
                list(messages.get("exercise-form.safety"), messages.get("exercise-form.safety-hint"),
                        ExerciseEdits.ExerciseText.SAFETY, true));
        TextField source = form.textField("exercise-source", messages.get("exercise-form.source-accessible"),
                r -> get(r, Exercise::source),
                t -> edit(id -> ExerciseEdits.setExerciseSource(id, t)));
        paths(source, "source");
        Form.above(more, messages.get("exercise-form.source"), form.box(source), source);

        clip = new ClipPane(model, this::id);

        getChildren().addAll(header, Inspector.section(messages.get("exercise-form.section-what"), what),
                Inspector.section(messages.get("exercise-form.section-how"), how),
                Inspector.section(messages.get("exercise-form.section-rep"), rep),
                Inspector.section(messages.get("exercise-form.section-video"), clip),
                Inspector.section(messages.get("exercise-form.section-levels"), levelBox),
                Inspector.section(messages.get("exercise-form.section-more"), more));
    }

    /** Every form inside, to find the field a problem is about. */
    List<Form> forms() {
        return List.of(form, levels.form());
    }

    PhaseTable phases() {
        return phases;
    }

    void refresh() {
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        Exercise e = exercise(r);
        if (e == null) {
            return;
        }
        heading.setText(EditorModel.nameOf(e));
        Exercise library = model.library(e.id()).orElse(null);
        boolean own = library == null;
        boolean changed = library != null && !library.equals(e);
        status.setText(own ? messages.get("exercise-form.own")
                : changed ? messages.get("exercise-form.changed")
                : messages.get("exercise-form.library"));
        int used = model.stepsUsing(e.id());
        uses.setText(used == 0 ? messages.get("exercise-form.unused") : messages.get("exercise-form.used-by", used));
        revert.setVisible(changed);
        revert.setManaged(changed);
        remove.setVisible(own);
        remove.setManaged(own);
        remove.setDisable(used > 0);
        form.refresh();
        for (TextListEditor list : lists) {
            list.refresh(r, v);
        }
        for (int i = 0; i < listMessages.size(); i++) {
            Form.showMessages(listMessages.get(i), v.at(here(listKinds.get(i).field()), messages));
        }
        levels.refresh(r);
        defaultRow.setVisible(!e.levels().isEmpty());
        defaultRow.setManaged(!e.levels().isEmpty());
        List<Integer> of = new ArrayList<>();
        of.add(-1);
        for (int i = 0; i < e.levels().size(); i++) {
            of.add(i);
        }
        Integer chosen = phasesOf.getValue();
        if (!phasesOf.getItems().equals(of)) {
            phasesOf.getItems().setAll(of);
        }
        phasesOf.setValue(chosen != null && of.contains(chosen) ? chosen : -1);
        phasesOf.setVisible(of.size() > 1);
        phasesOf.getParent().setVisible(of.size() > 1);
        phasesOf.getParent().setManaged(of.size() > 1);
        refreshPhases();
        clip.refresh();
    }

    ClipPane clip() {
        return clip;
    }

    private void refreshPhases() {
        if (exercise(model.routineProperty().get()) != null) {
            phases.refresh(phaseSource(), model.validationProperty().get(), PhaseTable.bpmOf(model));
        }
    }

    /** The exercise's phases, or a level's: its own, else the exercise's until a change gives it its own. */
    private PhaseTable.Source phaseSource() {
        Exercise e = exercise(model.routineProperty().get());
        String id = id();
        Integer chosen = phasesOf.getValue();
        int level = chosen == null || e == null || chosen >= e.levels().size() ? -1 : chosen;
        List<Phase> base = e == null || e.phases() == null ? List.of() : e.phases();
        if (level < 0) {
            return PhaseTable.replacing(messages, base, here("phases"), list -> ExerciseEdits.setExercisePhases(id, list), "", null);
        }
        Level l = e.levels().get(level);
        boolean own = l.phases() != null;
        return PhaseTable.replacing(messages, own ? l.phases() : base,
                FieldPaths.child(FieldPaths.index(here("levels"), level), "phases"),
                list -> ExerciseEdits.setLevelPhases(id, level, list),
                own ? messages.get("exercise-form.level-own-phases") : messages.get("exercise-form.level-shared-phases"),
                own ? ExerciseEdits.setLevelPhases(id, level, null) : null);
    }

    private String phasesOfLabel(Integer level) {
        Exercise e = exercise(model.routineProperty().get());
        if (level == null || level < 0 || e == null || level >= e.levels().size()) {
            return messages.get("exercise-form.of-exercise");
        }
        Level l = e.levels().get(level);
        return messages.get("exercise-form.of-level", l.name() == null || l.name().isBlank() ? l.id() : l.name());
    }

    private VBox list(String title, String hint, ExerciseEdits.ExerciseText kind, boolean multiline) {
        String listId = "exercise-" + kind.field();
        String item = itemName(kind);
        TextListEditor editor = new TextListEditor(model, listId, item, multiline,
                r -> exercise(r) == null ? List.of() : kind.of(exercise(r)),
                TextListEditor.replacing(messages, () -> kind.of(exercise(model.routineProperty().get())),
                        texts -> edit(id -> ExerciseEdits.setExerciseTexts(id, kind, texts)), item),
                i -> FieldPaths.index(here(kind.field()), i));
        lists.add(editor);
        Label message = Form.messageLabel();
        listMessages.add(message);
        listKinds.add(kind);
        Label label = new Label(title);
        label.getStyleClass().addAll("form-label", "above");
        VBox box = new VBox(4, label);
        if (hint != null) {
            box.getChildren().add(Form.hint(hint));
        }
        box.getChildren().addAll(editor, message);
        return box;
    }

    /** One entry of the list, as "Add {0}" names it. */
    private String itemName(ExerciseEdits.ExerciseText kind) {
        return switch (kind) {
            case ALIASES -> messages.get("text-list.item.alias");
            case INSTRUCTIONS -> messages.get("text-list.item.instruction");
            case CUES -> messages.get("text-list.item.cue");
            case MISTAKES -> messages.get("text-list.item.mistake");
            case TARGETS -> messages.get("text-list.item.muscle");
            case EQUIPMENT -> messages.get("text-list.item.equipment");
            case SAFETY -> messages.get("text-list.item.caution");
        };
    }

    private List<String> levelIds(Routine r) {
        Exercise e = exercise(r);
        return e == null ? List.of() : e.levels().stream().map(Level::id).toList();
    }

    private String levelName(String levelId) {
        Exercise e = exercise(model.routineProperty().get());
        return e == null ? levelId : e.level(levelId).map(l -> l.name() == null ? levelId : l.name()).orElse(levelId);
    }

    private void paths(Control control, String field) {
        form.field(control).paths = () -> List.of(here(field));
    }

    private Edit edit(Function<String, Edit> make) {
        String id = id();
        return id == null ? null : make.apply(id);
    }

    private String id() {
        return model.editedExerciseProperty().get();
    }

    private String here() {
        return FieldPaths.exercise(id() == null ? "" : id());
    }

    private String here(String field) {
        return FieldPaths.child(here(), field);
    }

    private Exercise exercise(Routine r) {
        String id = id();
        return id == null || r.exercises() == null ? null : r.exercises().get(id);
    }

    private <T> T get(Routine r, Function<Exercise, T> field) {
        Exercise e = exercise(r);
        return e == null ? null : field.apply(e);
    }

    TextField idField() {
        return idField;
    }
}
