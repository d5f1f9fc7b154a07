package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edit;
import org.toetempo.editor.ExerciseEdits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Templates;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ladder of levels of the exercise being edited, easiest first: each level's id (what steps name), name and
 * what changes, moved and removed by its buttons; "Add level" below. Renaming a level's id renames it in the steps.
 */
final class LevelList extends VBox {

    private final EditorModel model;
    private final Messages messages;
    private final Supplier<String> exerciseId;
    private final VBox rows = new VBox(10);
    private Form form;
    private int shown = -1;

    LevelList(EditorModel model, Supplier<String> exerciseId) {
        super(8);
        this.model = model;
        this.messages = model.messages();
        this.exerciseId = exerciseId;
        this.form = new Form(model);
        setId("exercise-levels");
        Button add = Form.addButton("exercise-level-add", messages.get("levels.add"), messages.get("levels.add-accessible"));
        add.setOnAction(e -> addLevel());
        getChildren().addAll(rows, add);
    }

    Form form() {
        return form;
    }

    void refresh(Routine r) {
        List<Level> levels = levels(r);
        if (levels.size() != shown) {
            rows.getChildren().clear();
            form = new Form(model);
            for (int i = 0; i < levels.size(); i++) {
                rows.getChildren().add(row(i, levels.size()));
            }
            shown = levels.size();
        }
        form.refresh();
    }

    private void addLevel() {
        Exercise e = exercise(model.routineProperty().get());
        if (e == null) {
            return;
        }
        List<Level> levels = new ArrayList<>(levels(model.routineProperty().get()));
        int n = levels.size() + 1;
        String id = Templates.freeId("level-" + n, x -> levels.stream().anyMatch(l -> x.equals(l.id())));
        levels.add(new Level(id, messages.get("levels.new-name", n), messages.get("levels.new-how"), null));
        if (model.execute(Edit.of(messages.get("levels.add-edit"), ExerciseEdits.setExerciseLevels(e.id(), levels)::apply))) {
            Form.focusLater(this, "exercise-level-name-" + (levels.size() - 1));
        }
    }

    private VBox row(int i, int count) {
        HBox top = Form.cardHeader(messages, i == 0 ? messages.get("levels.first", i + 1) : messages.get("levels.title", i + 1),
                messages.get("levels.what", i + 1), "exercise-level",
                i, count, () -> move(i, i - 1), () -> move(i, i + 1), () -> {
                    List<Level> levels = new ArrayList<>(levels(model.routineProperty().get()));
                    levels.remove(i);
                    model.execute(Edit.of(messages.get("levels.remove-edit"),
                            ExerciseEdits.setExerciseLevels(exerciseId.get(), levels)::apply));
                });

        VBox fields = Form.stacked();
        TextField name = form.textField("exercise-level-name-" + i, messages.get("levels.name-accessible", i + 1), r -> get(r, i, Level::name),
                t -> ExerciseEdits.setLevelName(exerciseId.get(), i, t));
        form.field(name).paths = () -> List.of(path(i, "name"));
        name.setPromptText(messages.get("levels.name-prompt"));
        TextField id = form.textField("exercise-level-id-" + i, messages.get("levels.id-accessible", i + 1), r -> get(r, i, Level::id),
                t -> ExerciseEdits.setLevelId(exerciseId.get(), i, t));
        form.field(id).paths = () -> List.of(path(i, "id"), FieldPaths.index(levelsPath(), i));
        HBox names = new HBox(8, labelled(messages.get("levels.name"), form.box(name)),
                labelled(messages.get("levels.id"), form.box(id)));
        HBox.setHgrow(names.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(names.getChildren().get(1), Priority.ALWAYS);
        fields.getChildren().add(names);
        TextArea how = form.textArea("exercise-level-how-" + i, messages.get("levels.how-accessible", i + 1), 1,
                r -> get(r, i, Level::how), t -> ExerciseEdits.setLevelHow(exerciseId.get(), i, t));
        form.field(how).paths = () -> List.of(path(i, "how"));
        how.setPromptText(messages.get("levels.how-prompt"));
        Form.above(fields, messages.get("levels.how"), form.box(how), how);

        return Form.card("exercise-level-" + i, top, fields);
    }

    private static VBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.getStyleClass().addAll("form-label", "above");
        VBox box = new VBox(4, label, field);
        box.setMinWidth(0);
        return box;
    }

    private void move(int from, int to) {
        List<Level> levels = new ArrayList<>(levels(model.routineProperty().get()));
        levels.add(to, levels.remove(from));
        model.execute(Edit.of(messages.get("levels.move-edit"), ExerciseEdits.setExerciseLevels(exerciseId.get(), levels)::apply));
    }

    private String levelsPath() {
        return FieldPaths.child(FieldPaths.exercise(exerciseId.get() == null ? "" : exerciseId.get()), "levels");
    }

    private String path(int i, String field) {
        return FieldPaths.child(FieldPaths.index(levelsPath(), i), field);
    }

    private <T> T get(Routine r, int i, Function<Level, T> field) {
        List<Level> levels = levels(r);
        return i < levels.size() ? field.apply(levels.get(i)) : null;
    }

    private Exercise exercise(Routine r) {
        String id = exerciseId.get();
        return id == null || r.exercises() == null ? null : r.exercises().get(id);
    }

    private List<Level> levels(Routine r) {
        Exercise e = exercise(r);
        return e == null || e.levels() == null ? List.of() : e.levels();
    }
}
