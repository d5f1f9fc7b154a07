package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The left-hand pane: what the routine is ({@link RoutineAboutSection}), its tempo ({@link RoutineTempoSection}),
 * the programme's stages, the exercises of its own, its safety notes, credits and notes.
 */
final class MetadataPane extends ScrollPane {

    private final EditorModel model;
    private final Messages messages;
    private final Form form;
    private final RoutineAboutSection about;
    private final List<TextListEditor> lists = new ArrayList<>();
    private final StageList stages;
    private final VBox ownExercises = new VBox(2);
    private List<Object> ownExercisesShown;

    MetadataPane(EditorModel model) {
        this.model = model;
        this.messages = model.messages();
        this.form = new Form(model);
        getStyleClass().addAll("metadata-pane", "edge-to-edge");
        setId("metadata");
        setFitToWidth(true);
        // At the smallest window in German the fields need more than the column has: scroll sideways, never cut.
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
        about = new RoutineAboutSection(model, form, list("routine-equipment", messages.get("text-list.item.equipment"), false,
                Edits.TextList.EQUIPMENT));
        stages = new StageList(model);
        VBox content = new VBox(18,
                Inspector.section(messages.get("editor.routine.section.about"), about),
                Inspector.section(messages.get("editor.tempo"), RoutineTempoSection.build(model, form)),
                Inspector.section(messages.get("editor.routine.section.stages"), stages),
                Inspector.section(messages.get("editor.routine.section.exercises"), exercises()),
                Inspector.section(messages.get("editor.routine.section.safety"),
                        textList("routine-safety", messages.get("editor.routine.item.safety-note"), Edits.TextList.SAFETY, "safety",
                                messages.get("editor.routine.safety"), messages.get("editor.routine.safety.hint"))),
                Inspector.section(messages.get("editor.routine.section.credits"),
                        textList("routine-credits", messages.get("editor.routine.item.credit"), Edits.TextList.CREDITS, "credits",
                                messages.get("editor.routine.section.credits"), messages.get("editor.routine.credits.hint"))),
                Inspector.section(messages.get("editor.routine.section.notes"),
                        textList("routine-notes", messages.get("editor.routine.item.note"), Edits.TextList.NOTES, "notes",
                                messages.get("editor.routine.section.notes"), messages.get("editor.routine.notes.hint"))));
        content.getStyleClass().add("metadata-body");
        setContent(content);

        model.revisionProperty().addListener(o -> refresh());
        model.validationProperty().addListener(o -> refresh());
        model.summaryProperty().addListener(o -> about.refreshMeasured());
        refresh();
    }

    Form form() {
        return form;
    }

    /** Every form of the pane (the stages have their own), to find the field a problem is about. */
    List<Form> forms() {
        return List.of(form, stages.form());
    }

    StageList stages() {
        return stages;
    }

    private TextListEditor list(String id, String item, boolean multiline, Edits.TextList which) {
        TextListEditor editor = new TextListEditor(model, id, item, multiline, which);
        lists.add(editor);
        return editor;
    }

    /** A list of texts of the routine (safety notes, credits, notes) under a hint, with the loader's messages. */
    private VBox textList(String id, String item, Edits.TextList which, String field, String name, String hint) {
        TextListEditor list = list(id, item, true, which);
        Form.Field messagesOf = form.custom(new Label(), name, () -> { }, () -> List.of(FieldPaths.field(field)));
        return new VBox(4, FormLayout.hint(hint), list, messagesOf.message);
    }

    /** The exercises the routine defines or changes, each a link to its form, and "New exercise". */
    private VBox exercises() {
        ownExercises.setId("routine-exercises");
        Button newExercise = FormLayout.addButton("exercise-new", messages.get("editor.routine.new-exercise"),
                messages.get("editor.routine.new-exercise.accessible"));
        newExercise.setOnAction(e -> model.newExercise());
        return new VBox(6, FormLayout.hint(messages.get("editor.routine.exercises.hint")), ownExercises, newExercise);
    }

    void refresh() {
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        form.refresh();
        for (TextListEditor list : lists) {
            list.refresh(r, v);
        }
        stages.refresh(r, v);
        refreshOwnExercises(v);
        about.refresh(r, v);
    }

    /** A link per exercise of the routine's own, marked when it has problems. */
    private void refreshOwnExercises(Validation v) {
        List<Exercise> own = model.ownExercises();
        List<Object> shown = new ArrayList<>();
        for (Exercise e : own) {
            shown.add(List.of(e.id(), EditorModel.nameOf(e), v.within(FieldPaths.exercise(e.id())).isEmpty()));
        }
        if (shown.equals(ownExercisesShown)) {
            // Most keystrokes change nothing here: keep the links (new nodes would cost a CSS pass each).
            return;
        }
        ownExercisesShown = shown;
        List<Node> links = new ArrayList<>();
        for (Exercise e : own) {
            boolean problems = !v.within(FieldPaths.exercise(e.id())).isEmpty();
            boolean changed = model.library(e.id()).isPresent();
            String name = EditorModel.nameOf(e);
            Hyperlink link = new Hyperlink(problems && changed ? messages.get("editor.routine.exercise.changed-problems", name)
                    : problems ? messages.get("editor.routine.exercise.problems", name)
                    : changed ? messages.get("editor.routine.exercise.changed", name) : name);
            link.setId("routine-exercise-" + e.id());
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.pseudoClassStateChanged(Form.INVALID, problems);
            link.setOnAction(x -> model.editExercise(e.id()));
            links.add(link);
        }
        if (links.isEmpty()) {
            links.add(FormLayout.hint(messages.get("editor.routine.exercises.none")));
        }
        ownExercises.getChildren().setAll(links);
    }
}
