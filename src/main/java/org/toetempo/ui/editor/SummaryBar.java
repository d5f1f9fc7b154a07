package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bar under the editor: how long the routine plays and how many reps each foot does, the tempos played, the
 * tempo and stage it is measured at, and the problems (a menu of links to their fields).
 */
final class SummaryBar extends HBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final EditorModel model;
    private final Messages messages;
    private final SummaryWords summaryWords;
    private final ProblemWords problemWords;
    private final Consumer<String> reveal;
    private final MenuButton problems = new MenuButton();

    /** @param reveal shows the field of a problem's path */
    SummaryBar(EditorModel model, ProblemWords problemWords, Consumer<String> reveal) {
        super(10);
        this.model = model;
        this.messages = model.messages();
        this.summaryWords = new SummaryWords(messages);
        this.problemWords = problemWords;
        this.reveal = reveal;
        Label summary = new Label();
        summary.setId("editor-summary");
        summary.getStyleClass().add("summary-text");
        summary.textProperty().bind(model.summaryTextProperty());
        // "Fix the problems…" is long in German: on a narrow window it wraps rather than push the bar wider.
        summary.setWrapText(true);
        summary.setMinWidth(160);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setGraphic(new FontIcon(Feather.CLOCK));

        ComboBox<Double> at = tempoChoice();
        Label atLabel = new Label(messages.get("editor.preview-bpm.label"));
        atLabel.setLabelFor(at);
        atLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label repsNote = stepsPlayed();
        Label tempos = tempos();
        problems();
        getChildren().addAll(summary, tempos, atLabel, at, stageChoice(), repsNote, spacer, problems);
        dropWhenCramped(this, repsNote, tempos);
        setAlignment(Pos.CENTER_LEFT);
        setId("editor-summary-bar");
        getStyleClass().add("summary-bar");
    }

    /** The tempo the summary is measured at: the routine's tempos as written, or every block at one tempo. */
    private ComboBox<Double> tempoChoice() {
        ComboBox<Double> at = new ComboBox<>();
        at.setId("preview-bpm");
        at.setAccessibleText(messages.get("editor.preview-bpm.accessible"));
        Function<Double, String> label = v -> v == null || v <= 0 ? messages.get("editor.preview-bpm.as-written")
                : messages.get("editor.preview-bpm.value", Wording.number(v));
        at.setConverter(FormLayout.converter(label));
        at.setButtonCell(FormLayout.cell(label));
        at.setCellFactory(v -> FormLayout.cell(label));
        at.setTooltip(new Tooltip(messages.get("editor.preview-bpm.tooltip")));
        Runnable fill = () -> {
            Tempo t = model.routineProperty().get().tempo();
            TreeSet<Double> values = new TreeSet<>();
            if (t != null) {
                for (double v = Math.ceil(t.minBpm() / 10) * 10; v <= t.maxBpm(); v += 10) {
                    values.add(v);
                }
                values.add(t.bpm());
            }
            List<Double> items = new ArrayList<>();
            items.add(0.0);
            items.addAll(values);
            Double current = model.previewBpmProperty().get();
            if (!at.getItems().equals(items)) {
                at.getItems().setAll(items);
            }
            at.setValue(current == null ? 0.0 : current);
        };
        fill.run();
        model.revisionProperty().addListener(o -> fill.run());
        at.valueProperty().addListener((o, old, v) -> model.previewBpmProperty().set(v == null || v <= 0 ? null : v));
        at.setMinWidth(Region.USE_PREF_SIZE);
        return at;
    }

    /** For a programme: the stage the summary is of (hidden for a routine without stages). */
    private HBox stageChoice() {
        HBox stageBox = new HBox(6);
        stageBox.setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> stage = new ComboBox<>();
        stage.setId("preview-stage");
        stage.setAccessibleText(messages.get("editor.preview-stage.accessible"));
        Label stageLabel = new Label(messages.get("editor.preview-stage.label"));
        stageLabel.setMinWidth(Region.USE_PREF_SIZE);
        stageBox.getChildren().addAll(stageLabel, stage);
        Runnable fill = () -> {
            Routine r = model.routineProperty().get();
            List<String> ids = r.stages() == null ? List.of() : r.stages().stream().map(Stage::id).filter(Objects::nonNull).toList();
            stageBox.setVisible(!ids.isEmpty());
            stageBox.setManaged(!ids.isEmpty());
            if (!stage.getItems().equals(ids)) {
                stage.getItems().setAll(ids);
            }
            String current = model.previewStageProperty().get();
            stage.setValue(current != null ? current : ids.isEmpty() ? null : ids.get(0));
            List<String> names = r.stages() == null ? List.of() : r.stages().stream().map(Stage::name).toList();
            if (!names.equals(stage.getUserData())) {
                // A new converter redraws the combo: only when a stage's name changed.
                stage.setUserData(names);
                stage.setConverter(FormLayout.converter(id -> model.routineProperty().get().stages().stream()
                        .filter(s -> id.equals(s.id())).map(Stage::name).findFirst().orElse(id)));
            }
        };
        fill.run();
        model.revisionProperty().addListener(o -> fill.run());
        stage.valueProperty().addListener((o, old, v) -> {
            List<Stage> stages = model.routineProperty().get().stages();
            model.previewStageProperty().set(v == null || stages.isEmpty() || stages.get(0).id().equals(v) ? null : v);
        });
        return stageBox;
    }

    /** "No problems", or "3 problems" with a menu of links to their fields. */
    private void problems() {
        problems.setId("editor-problems");
        problems.getStyleClass().add("problems-button");
        problems.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fill = () -> {
            Validation v = model.validationProperty().get();
            problems.getItems().clear();
            if (v.ok()) {
                problems.setText(messages.get("editor.problems.none"));
                problems.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                problems.setDisable(true);
            } else {
                problems.setText(messages.get("editor.problems.count", v.problems().size()));
                problems.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
                problems.setDisable(false);
                for (Validation.FieldProblem p : v.fields()) {
                    MenuItem item = new MenuItem(problemWords.text(p.path(), p.message(messages)));
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> reveal.accept(p.path()));
                    problems.getItems().add(item);
                }
            }
            problems.pseudoClassStateChanged(INVALID, !v.ok());
            problems.setAccessibleText(problems.getText());
        };
        fill.run();
        model.validationProperty().addListener(o -> fill.run());
    }

    /** "24 steps played". */
    private Label stepsPlayed() {
        Label repsNote = new Label();
        repsNote.setId("editor-steps-count");
        repsNote.getStyleClass().add("summary-muted");
        // Not its words' width: on a narrow window it gives way (hidden, not cut short) by dropWhenCramped.
        repsNote.setMinWidth(0);
        repsNote.textProperty().bind(Bindings.createStringBinding(() -> {
            Summary s = model.summaryProperty().get();
            return s == null ? "" : messages.get("editor.steps-played", s.steps());
        }, model.summaryProperty()));
        return repsNote;
    }

    /** The tempos played, apart from the summary: on a narrow window they give way first. */
    private Label tempos() {
        Label tempos = new Label();
        tempos.setId("editor-tempos");
        tempos.getStyleClass().add("summary-tempos");
        tempos.textProperty().bind(Bindings.createStringBinding(() -> {
            Summary s = model.summaryProperty().get();
            return s == null || s.blocks().isEmpty() ? "" : summaryWords.tempos(s);
        }, model.summaryProperty()));
        tempos.setTooltip(new Tooltip(messages.get("editor.tempos.tooltip")));
        tempos.setMinWidth(0);
        return tempos;
    }

    /**
     * Hides the {@code optional} nodes of a bar, the first first, while the bar is narrower than all its nodes need
     * (rather than cutting texts short), and shows them again when there is room.
     */
    private static void dropWhenCramped(HBox bar, Node... optional) {
        Runnable fit = () -> {
            for (Node node : optional) {
                node.setManaged(true);
                node.setVisible(true);
            }
            for (Node node : optional) {
                double needed = bar.snappedLeftInset() + bar.snappedRightInset();
                int shown = 0;
                for (Node child : bar.getChildren()) {
                    if (child.isManaged()) {
                        needed += child.prefWidth(-1);
                        shown++;
                    }
                }
                needed += bar.getSpacing() * Math.max(0, shown - 1);
                if (bar.getWidth() <= 0 || needed <= bar.getWidth()) {
                    return;
                }
                node.setManaged(false);
                node.setVisible(false);
            }
        };
        bar.widthProperty().addListener(o -> fit.run());
        for (Node node : optional) {
            if (node instanceof Labeled labeled) {
                labeled.textProperty().addListener(o -> Platform.runLater(fit));
            }
        }
    }
}
