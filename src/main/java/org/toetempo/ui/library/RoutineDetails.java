package org.toetempo.ui.library;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;
import org.toetempo.timing.PlayedLength;

import java.util.List;
import java.util.function.Consumer;

/** The details pane: purpose, facts, the steps with their doses, and the safety notes; or a broken file's problems. */
final class RoutineDetails extends VBox {

    static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final Consumer<Routine> onStart;
    private Consumer<RoutineLibrary.Entry> onEdit = e -> { };
    private Consumer<Routine> onHandout = r -> { };

    RoutineDetails(Consumer<Routine> onStart) {
        super(12);
        this.onStart = onStart;
        getStyleClass().add("routine-details");
        setId("routine-details");
    }

    void setOnEdit(Consumer<RoutineLibrary.Entry> action) {
        onEdit = action;
    }

    void setOnHandout(Consumer<Routine> action) {
        onHandout = action;
    }

    void show(RoutineLibrary.Entry entry) {
        getChildren().clear();
        if (entry == null) {
            return;
        }
        if (!entry.ok()) {
            showProblems(entry);
            return;
        }
        Routine r = entry.routine();
        getChildren().add(wrapped(r.name(), "details-title"));
        getChildren().add(wrapped(r.summary(), "details-summary"));
        Button start = new Button("Start", new FontIcon(
                Feather.PLAY));
        start.setId("start-routine");
        start.getStyleClass().addAll("start-button", "accent");
        start.setDefaultButton(true);
        start.setAccessibleText("Start " + r.name());
        start.setOnAction(e -> onStart.accept(r));
        Button edit = new Button(entry.origin() == RoutineLibrary.Origin.USER ? "Edit" : "Duplicate and edit",
                new FontIcon(Feather.EDIT_2));
        edit.setId("edit-routine");
        edit.setOnAction(e -> onEdit.accept(entry));
        Button handout = new Button("Print handout…", new FontIcon(Feather.PRINTER));
        handout.setId("print-handout");
        handout.setOnAction(e -> onHandout.accept(r));
        // A narrow pane wraps the buttons onto a second row rather than cutting their words.
        for (Button button : List.of(start, edit, handout)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(8, 8, start, edit, handout);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(actions);
        FlowPane facts = new FlowPane(8, 8,
                chip(PlayedLength.about(PlayedLength.seconds(r))),
                chip(Wording.frequency(r.frequency())),
                chip(Wording.label(r.difficulty())),
                chip(r.equipment().isEmpty() ? "No equipment" : String.join(", ", r.equipment())),
                chip(String.join(", ", r.audience().stream().map(Wording::label).toList())),
                chip(Wording.number(r.tempo().bpm()) + " BPM"));
        facts.getStyleClass().add("facts");
        getChildren().add(facts);
        getChildren().add(wrapped(r.purpose(), "details-text"));
        if (r.setup() != null) {
            getChildren().add(wrapped("Set-up: " + r.setup(), "details-text"));
        }
        for (Block block : r.blocks()) {
            getChildren().add(wrapped(blockTitle(r, block), "section-title"));
            if (block.note() != null) {
                getChildren().add(wrapped(block.note(), "block-note"));
            }
            int n = 1;
            for (Step step : block.steps()) {
                Exercise exercise = r.exercise(step.exercise());
                VBox stepBox = new VBox(2,
                        wrapped(n++ + ".  " + Wording.title(step, exercise) + (step.optional() ? "  (optional)" : ""), "step-title"),
                        wrapped(Wording.dose(step, exercise), "step-dose"));
                stepBox.getStyleClass().add("step");
                getChildren().add(stepBox);
            }
        }
        getChildren().add(styled(new Label("Safety"), "section-title"));
        getChildren().add(bullets(r.safety(), "safety-note"));
        if (!r.credits().isEmpty()) {
            getChildren().add(styled(new Label("Credits"), "section-title"));
            getChildren().add(bullets(r.credits(), "muted"));
        }
    }

    private static String blockTitle(Routine routine, Block block) {
        String tempo = block.tempo() != null && block.tempo().bpm() != null ? " · " + Wording.number(block.tempo().bpm()) + " BPM" : "";
        String stage = block.stage() == null ? "" : routine.stages().stream()
                .filter(s -> s.id().equals(block.stage())).findFirst()
                .map(s -> s.name() + " (weeks " + s.fromWeek() + "–" + s.toWeek() + ") · ").orElse("");
        return stage + block.name() + tempo;
    }

    private void showProblems(RoutineLibrary.Entry entry) {
        getChildren().add(wrapped("This routine file has problems", "details-title"));
        getChildren().add(wrapped(entry.location(), "muted"));
        getChildren().add(wrapped("Fix these in the file, then press Reload. The other routines are not affected.", "details-text"));
        List<Problem> problems = entry.result().problems();
        VBox list = new VBox(4);
        for (Problem p : problems) {
            Label line = wrapped("Line " + p.line() + ", column " + p.column() + " · " + p.path() + "\n" + p.message(), "problem");
            list.getChildren().add(line);
        }
        getChildren().add(list);
        pseudoClassStateChanged(BROKEN, true);
    }

    private static Node bullets(List<String> items, String style) {
        VBox box = new VBox(4);
        for (String item : items) {
            box.getChildren().add(wrapped("•  " + item, style));
        }
        return box;
    }

    private static Label chip(String text) {
        return styled(new Label(text), "chip");
    }

    private static Label wrapped(String text, String style) {
        Label label = styled(new Label(text), style);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        return label;
    }
}
