package org.toetempo.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The right-hand pane: the form of the selected step ({@link StepPane}), of the selected block ({@link BlockPane}),
 * or of the exercise opened from either ({@link ExerciseForm}); a hint while the routine has no blocks.
 */
final class Inspector extends StackPane {

    private final EditorModel model;
    private final StepPane stepPane;
    private final BlockPane blockPane;
    private final ExerciseForm exerciseForm;
    private final ScrollPane stepScroll;
    private final ScrollPane blockScroll;
    private final ScrollPane exerciseScroll;
    private final Label empty;

    Inspector(EditorModel model) {
        this.model = model;
        getStyleClass().add("inspector");
        setId("inspector");
        stepPane = new StepPane(model);
        blockPane = new BlockPane(model);
        exerciseForm = new ExerciseForm(model);
        stepScroll = scroll(stepPane);
        blockScroll = scroll(blockPane);
        exerciseScroll = scroll(exerciseForm);
        empty = new Label(model.messages().get("editor.inspector.empty"));
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.setId("inspector-empty");
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        empty.setPadding(new Insets(24));
        getChildren().addAll(stepScroll, blockScroll, exerciseScroll, empty);
        model.editedExerciseProperty().addListener((o, old, now) -> {
            refresh();
            if (old == null) {
                exerciseScroll.setVvalue(0);
            }
        });
        model.revisionProperty().addListener(o -> refresh());
        model.validationProperty().addListener(o -> refresh());
        model.selectionProperty().addListener(o -> refresh());
        model.previewBpmProperty().addListener(o -> refresh());
        refresh();
    }

    Form stepForm() {
        return stepPane.form();
    }

    Form blockForm() {
        return blockPane.form();
    }

    /** Every form of the pane, to find the field a problem is about. */
    List<Form> forms() {
        List<Form> forms = new ArrayList<>(List.of(stepPane.form(), blockPane.form()));
        forms.addAll(exerciseForm.forms());
        return forms;
    }

    ExerciseForm exerciseForm() {
        return exerciseForm;
    }

    PhaseTable phases() {
        return stepPane.phases();
    }

    TextListEditor cues() {
        return stepPane.cues();
    }

    private static ScrollPane scroll(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // At the smallest window in German the phase table needs more than the column has: scroll sideways, never cut.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        return scroll;
    }

    /** A titled section of a form. */
    static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, heading, content);
        box.getStyleClass().add("form-section");
        return box;
    }

    void refresh() {
        EditorModel.Selection s = model.selectionProperty().get();
        boolean exerciseShown = model.editedExerciseProperty().get() != null;
        boolean stepShown = !exerciseShown && s.isStep() && model.selectedStep() != null;
        boolean blockShown = !exerciseShown && !stepShown && model.selectedBlock() != null;
        exerciseScroll.setVisible(exerciseShown);
        stepScroll.setVisible(stepShown);
        blockScroll.setVisible(blockShown);
        empty.setVisible(!exerciseShown && !stepShown && !blockShown);
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        if (exerciseShown) {
            exerciseForm.refresh();
        } else if (stepShown) {
            stepPane.refresh(r, v);
        } else if (blockShown) {
            blockPane.refresh(r);
        }
    }
}
