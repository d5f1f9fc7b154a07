package org.toetempo.ui.editor;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
    private final Form form;
    private final Label heading = new Label();
    private final Label status = Form.hint("");
    private final Label uses = Form.hint("");
    private final Hyperlink revert = new Hyperlink("Use the library's version");
    private final Button remove = new Button("Remove exercise", new FontIcon(Feather.TRASH_2));
    private final List<TextListEditor> lists = new ArrayList<>();
    private final List<Label> listMessages = new ArrayList<>();
    private final List<ExerciseEdits.ExerciseText> listKinds = new ArrayList<>();
    private final PhaseTable phases;
    private final ComboBox<Integer> phasesOf = new ComboBox<>();
    private final LevelList levels;
    private final TextField idField;
    private final HBox defaultRow;

    ExerciseForm(EditorModel model) {
        super(14);
        this.model = model;
        this.form = new Form(model);
        setId("exercise-form");
        getStyleClass().add("inspector-body");

        Button done = new Button("Back to the step", new FontIcon(Feather.ARROW_LEFT));
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
        HBox actions = new HBox(8, uses, revert, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, done, heading, status, actions);

        // ---------------------------------------------------------- what it is
        GridPane what = Form.grid();
        TextField name = form.textField("exercise-name", "Exercise name", r -> get(r, Exercise::name),
                t -> edit(id -> ExerciseEdits.setExerciseName(id, t)));
        paths(name, "name");
        Form.row(what, "Name", form.box(name), name);
        idField = form.textField("exercise-id", "Exercise id (steps name it)", r -> get(r, Exercise::id), t -> null);
        Form.Field idEntry = form.field(idField);
        idEntry.paths = () -> List.of(here());
        idField.textProperty().addListener((o, old, text) -> {
            if (form.pulling() || id() == null || text.strip().equals(id())) {
                return;
            }
            idEntry.local = model.renameExercise(id(), text) ? null
                    : "another exercise of this routine has the id '" + text.strip() + "'";
            idEntry.problems(model.validationProperty().get());
        });
        Form.row(what, "Id", new VBox(2, form.box(idField), Form.hint("Lower-case words joined by '-'. Steps name it.")), idField);
        ComboBox<FootPart> figure = form.choice("exercise-figure", "What the foot figure moves",
                Arrays.asList(FootPart.values()), p -> Wording.label(p).replace('-', ' '), r -> get(r, Exercise::figure),
                f -> edit(id -> ExerciseEdits.setExerciseFigure(id, f)), () -> List.of(here("figure")));
        Form.row(what, "Figure moves", form.box(figure), figure);
        TextArea start = form.textArea("exercise-start", "Starting position", 2, r -> get(r, Exercise::start),
                t -> edit(id -> ExerciseEdits.setExerciseStart(id, t)));
        paths(start, "start");
        Form.row(what, "Start", form.box(start), start);

        // ---------------------------------------------------------- how to do it
        VBox how = new VBox(10);
        how.getChildren().addAll(
                list("Instructions", "Short steps, in order; at least one.", ExerciseEdits.ExerciseText.INSTRUCTIONS, true),
                list("Coaching cues", "A few words each (at most 40 characters); at least one.", ExerciseEdits.ExerciseText.CUES, false));

        // ---------------------------------------------------------- one rep
        phases = new PhaseTable(model, "exercise-phase-", this::phaseSource);
        phasesOf.setId("exercise-phases-of");
        phasesOf.setAccessibleText("Whose phases the table shows");
        phasesOf.setConverter(Form.converter(this::phasesOfLabel));
        phasesOf.setButtonCell(Form.cell(this::phasesOfLabel));
        phasesOf.setCellFactory(v -> Form.cell(this::phasesOfLabel));
        phasesOf.valueProperty().addListener((o, old, v) -> refreshPhases());
        HBox phasesOfRow = new HBox(8, Form.unit("Phases of"), phasesOf);
        phasesOfRow.setAlignment(Pos.CENTER_LEFT);
        VBox rep = new VBox(6, phasesOfRow, phases);

        // ---------------------------------------------------------- levels
        levels = new LevelList(model, this::id);
        ComboBox<String> defaultLevel = form.choice("exercise-default-level", "Default level",
                r -> levelIds(r), this::levelName, r -> get(r, Exercise::defaultLevel),
                l -> edit(id -> ExerciseEdits.setExerciseDefaultLevel(id, l)), () -> List.of(here("default_level")));
        Label noLevels = Form.hint("Easiest first. Steps choose one; with none, the exercise is done one way.");
        defaultRow = new HBox(8, Form.unit("Steps that name no level use"), form.box(defaultLevel));
        defaultRow.setAlignment(Pos.CENTER_LEFT);
        VBox levelBox = new VBox(8, noLevels, levels, defaultRow);

        // ---------------------------------------------------------- more
        VBox more = new VBox(10);
        more.getChildren().addAll(
                list("Common mistakes", "What to watch for.", ExerciseEdits.ExerciseText.MISTAKES, true),
                list("Muscles worked", null, ExerciseEdits.ExerciseText.TARGETS, false),
                list("Equipment", "Empty: none needed.", ExerciseEdits.ExerciseText.EQUIPMENT, false),
                list("Other names", "Names people also use; the exercise search finds them.", ExerciseEdits.ExerciseText.ALIASES, false),
                list("Cautions", "Exercise-specific safety notes.", ExerciseEdits.ExerciseText.SAFETY, true));
        TextField source = form.textField("exercise-source", "Where the exercise comes from", r -> get(r, Exercise::source),
                t -> edit(id -> ExerciseEdits.setExerciseSource(id, t)));
        paths(source, "source");
        Form.above(more, "Source", form.box(source), source);

        getChildren().addAll(header, Inspector.section("The exercise", what), Inspector.section("How to do it", how),
                Inspector.section("One rep", rep), Inspector.section("Levels", levelBox), Inspector.section("More", more));
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
        status.setText(own ? "This routine's own exercise: it is saved in the routine's file."
                : changed ? "The library's exercise, changed for this routine: this version is saved in the routine's file."
                : "An exercise of the built-in library. A change here makes a version of it for this routine only.");
        int used = model.stepsUsing(e.id());
        uses.setText(used == 0 ? "No step uses it yet: pick it for a step." : "Used by " + EditorModel.count(used, "step") + ".");
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
            Form.showMessages(listMessages.get(i), v.at(here(listKinds.get(i).field())));
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
            return PhaseTable.replacing(base, here("phases"), list -> ExerciseEdits.setExercisePhases(id, list), "", null);
        }
        Level l = e.levels().get(level);
        boolean own = l.phases() != null;
        return PhaseTable.replacing(own ? l.phases() : base,
                FieldPaths.child(FieldPaths.index(here("levels"), level), "phases"),
                list -> ExerciseEdits.setLevelPhases(id, level, list),
                own ? "This level's own phases." : "As the exercise does them; a change gives this level its own.",
                own ? ExerciseEdits.setLevelPhases(id, level, null) : null);
    }

    private String phasesOfLabel(Integer level) {
        Exercise e = exercise(model.routineProperty().get());
        if (level == null || level < 0 || e == null || level >= e.levels().size()) {
            return "the exercise";
        }
        Level l = e.levels().get(level);
        return "level " + (l.name() == null || l.name().isBlank() ? l.id() : l.name());
    }

    private VBox list(String title, String hint, ExerciseEdits.ExerciseText kind, boolean multiline) {
        String listId = "exercise-" + kind.field();
        TextListEditor editor = new TextListEditor(model, listId, kind.item(), multiline,
                r -> exercise(r) == null ? List.of() : kind.of(exercise(r)),
                TextListEditor.replacing(() -> kind.of(exercise(model.routineProperty().get())),
                        texts -> edit(id -> ExerciseEdits.setExerciseTexts(id, kind, texts)), kind.item()),
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
