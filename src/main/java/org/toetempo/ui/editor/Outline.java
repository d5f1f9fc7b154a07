package org.toetempo.ui.editor;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The routine's blocks and their steps as one list: a header row per block, a card per step (title, dose, a mark
 * when it has problems). Select to edit it on the right; drag a step (or a block by its header) to move it, or use
 * Alt+Up/Down; Delete removes, Ctrl+D duplicates.
 */
final class Outline extends VBox {

    static final PseudoClass BLOCK = PseudoClass.getPseudoClass("block");
    static final PseudoClass HAS_PROBLEMS = PseudoClass.getPseudoClass("problems");
    static final PseudoClass DROP_ABOVE = PseudoClass.getPseudoClass("drop-above");
    static final PseudoClass DROP_BELOW = PseudoClass.getPseudoClass("drop-below");
    static final PseudoClass DROP_INTO = PseudoClass.getPseudoClass("drop-into");

    /** A row: a block header ({@code step == -1}) or a step, with what it shows. */
    record Row(int block, int step, String title, String detail, boolean problems) {
        boolean isStep() {
            return step >= 0;
        }

        boolean at(int b, int s) {
            return block == b && step == s;
        }
    }

    /** Where a drop puts what is dragged: a step at {@code (block, step)} counted after it left, or a block at {@code block}. */
    record Drop(int block, int step) {
    }

    private final EditorModel model;
    private final Messages messages;
    private final ListView<Row> list = new ListView<>();
    private boolean syncing;
    private Row dragged;

    Outline(EditorModel model) {
        super(8);
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("outline");
        setId("outline");
        Label title = new Label(messages.get("outline.title"));
        title.getStyleClass().add("pane-title");
        list.setId("outline-list");
        list.setAccessibleText(messages.get("outline.title"));
        list.setCellFactory(v -> new RowCell());
        list.getStyleClass().add("outline-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                model.select(row.block(), row.step());
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                model.removeSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.D && e.isShortcutDown()) {
                model.duplicateSelected();
                e.consume();
            }
        });

        Button addStep = tool("outline-add-step", Feather.PLUS, messages.get("outline.step"), messages.get("outline.add-step"));
        addStep.setOnAction(e -> model.addStep());
        Button addBlock = tool("outline-add-block", Feather.FOLDER_PLUS, messages.get("outline.block"),
                messages.get("outline.add-block"));
        addBlock.setOnAction(e -> model.addBlock());
        Button up = tool("outline-up", Feather.ARROW_UP, null, messages.get("outline.up"));
        up.setOnAction(e -> model.moveSelected(-1));
        Button down = tool("outline-down", Feather.ARROW_DOWN, null, messages.get("outline.down"));
        down.setOnAction(e -> model.moveSelected(1));
        Button duplicate = tool("outline-duplicate", Feather.COPY, null, messages.get("outline.duplicate"));
        duplicate.setOnAction(e -> model.duplicateSelected());
        Button remove = tool("outline-remove", Feather.TRASH_2, null, messages.get("outline.remove"));
        remove.setOnAction(e -> model.removeSelected());
        remove.getStyleClass().add("danger");
        HBox adds = new HBox(2, addStep, addBlock);
        HBox moves = new HBox(2, up, down, duplicate, remove);
        FlowPane tools = new FlowPane(8, 4, adds, moves);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("outline-tools");
        getChildren().addAll(title, list, tools);

        model.revisionProperty().addListener(o -> refresh());
        model.validationProperty().addListener(o -> refresh());
        model.selectionProperty().addListener(o -> syncSelection());
        refresh();
    }

    ListView<Row> list() {
        return list;
    }

    private static Button tool(String id, Feather icon, String text, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    void refresh() {
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        List<Row> rows = new ArrayList<>();
        List<Block> blocks = r.blocks() == null ? List.of() : r.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            rows.add(blockRow(r, v, blocks.get(b), b));
            List<Step> steps = blocks.get(b).steps() == null ? List.of() : blocks.get(b).steps();
            for (int s = 0; s < steps.size(); s++) {
                rows.add(stepRow(v, steps.get(s), b, s));
            }
        }
        syncing = true;
        try {
            // Replace only the rows that changed: the cells stay, the list does not jump.
            var items = list.getItems();
            if (items.size() != rows.size()) {
                items.setAll(rows);
            } else {
                for (int i = 0; i < rows.size(); i++) {
                    if (!items.get(i).equals(rows.get(i))) {
                        items.set(i, rows.get(i));
                    }
                }
            }
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private Row blockRow(Routine r, Validation v, Block block, int b) {
        List<String> facts = new ArrayList<>();
        int n = block.steps() == null ? 0 : block.steps().size();
        facts.add(messages.get("outline.steps", n));
        if (block.tempo() != null && (block.tempo().bpm() != null || block.tempo().rampToBpm() != null)) {
            double from = block.tempo().bpm() != null ? block.tempo().bpm() : r.tempo() == null ? 60 : r.tempo().bpm();
            facts.add(block.tempo().rampToBpm() != null
                    ? messages.get("outline.ramp", from, block.tempo().rampToBpm())
                    : messages.get("outline.bpm", from));
        }
        if (block.repeat() != null) {
            facts.add(messages.get("outline.cycles", Wording.seconds(block.repeat().seconds())));
        }
        if (block.restAfterSeconds() > 0) {
            facts.add(messages.get("outline.rest-after", Wording.seconds(block.restAfterSeconds())));
        }
        boolean problems = v.fields().stream().anyMatch(f -> FieldPaths.within(f.path(), FieldPaths.block(b))
                && !FieldPaths.within(f.path(), FieldPaths.block(b, "steps")));
        return new Row(b, -1, title(r, block, b), String.join(" · ", facts), problems);
    }

    private Row stepRow(Validation v, Step step, int b, int s) {
        Exercise exercise = model.exerciseOf(step);
        String name = exercise == null ? step.exercise() : Wording.title(step, exercise);
        String shown = name == null || name.isBlank() ? messages.get("outline.no-exercise") : name;
        String title = step.optional() ? messages.get("outline.optional-step", s + 1, shown)
                : messages.get("outline.step-title", s + 1, shown);
        String detail;
        try {
            detail = exercise == null || step.side() == null ? ""
                    : step.reps() <= 0 && step.forSeconds() <= 0 ? messages.get("outline.no-reps", Wording.side(step.side()))
                    : Wording.dose(step, exercise);
        } catch (RuntimeException e) {
            detail = "";
        }
        return new Row(b, s, title, detail, !v.within(FieldPaths.step(b, s)).isEmpty());
    }

    private void syncSelection() {
        EditorModel.Selection s = model.selectionProperty().get();
        Row selected = list.getSelectionModel().getSelectedItem();
        if (selected == null || !selected.at(s.block(), s.step())) {
            syncing = true;
            try {
                int index = -1;
                for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).at(s.block(), s.step())) {
                        index = i;
                        break;
                    }
                }
                if (index >= 0) {
                    list.getSelectionModel().select(index);
                    scrollIntoView(index);
                }
            } finally {
                syncing = false;
            }
        }
    }

    private void scrollIntoView(int index) {
        // Only scroll when the row is not on screen: keeps the list still while the user works.
        VirtualFlow<?> flow = (VirtualFlow<?>)
                list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || index < flow.getFirstVisibleCell().getIndex() || index > flow.getLastVisibleCell().getIndex()) {
            list.scrollTo(Math.max(0, index - 1));
        }
    }

    /**
     * Where dropping {@code what} onto {@code target} puts it: a step dropped on the upper half of a step goes before
     * it, on the lower half after it, on a block header first in that block; a block dropped on a block header goes
     * before that block, on a step after the step's block.
     */
    static Drop drop(Row what, Row target, boolean lowerHalf) {
        if (!what.isStep()) {
            int to = target.isStep() ? target.block() + 1 : target.block();
            return new Drop(to > what.block() ? to - 1 : to, -1);
        }
        if (!target.isStep()) {
            return new Drop(target.block(), 0);
        }
        int at = target.step() + (lowerHalf ? 1 : 0);
        if (target.block() == what.block() && what.step() < at) {
            at--;
        }
        return new Drop(target.block(), at);
    }

    private String title(Routine r, Block block, int b) {
        String stage = "";
        if (block.stage() != null && r.stages() != null) {
            stage = r.stages().stream().filter(s -> block.stage().equals(s.id())).map(Stage::name).findFirst()
                    .map(n -> n + " · ").orElse(block.stage() + " · ");
        }
        String name = block.name() == null || block.name().isBlank() ? messages.get("outline.block-title", b + 1) : block.name();
        // A block named after its stage (as a programme's often are) is not named twice.
        return stage.equals(name + " · ") ? name : stage + name;
    }

    private final class RowCell extends ListCell<Row> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final FontIcon warn = new FontIcon(Feather.ALERT_CIRCLE);
        private final FontIcon grip = new FontIcon(Feather.MENU);
        private final VBox text = new VBox(1, title, detail);
        private final HBox box = new HBox(8, grip, text, warn);

        RowCell() {
            title.getStyleClass().add("row-title");
            detail.getStyleClass().add("row-detail");
            warn.getStyleClass().add("row-warning");
            grip.getStyleClass().add("row-grip");
            title.setMinWidth(0);
            detail.setMinWidth(0);
            detail.setWrapText(true);
            title.setWrapText(true);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            box.getStyleClass().add("row-box");
            setPrefWidth(0);
            getStyleClass().add("outline-cell");

            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                dragged = getItem();
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString((dragged.isStep() ? "step:" : "block:") + dragged.block() + ":" + dragged.step());
                board.setContent(content);
                board.setDragView(snapshot(null, null));
                e.consume();
            });
            setOnDragOver(e -> {
                if (dragged != null && getItem() != null && e.getGestureSource() instanceof RowCell) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    mark(e);
                }
                e.consume();
            });
            setOnDragExited(e -> clearMarks());
            setOnDragDropped(e -> {
                boolean done = false;
                if (dragged != null && getItem() != null) {
                    Drop d = drop(dragged, getItem(), e.getY() > getHeight() / 2);
                    done = dragged.isStep()
                            ? model.moveStep(dragged.block(), dragged.step(), d.block(), d.step())
                            : model.moveBlock(dragged.block(), d.block());
                }
                clearMarks();
                e.setDropCompleted(done);
                e.consume();
            });
            setOnDragDone(e -> dragged = null);
        }

        private void mark(DragEvent e) {
            boolean lower = dragged.isStep() ? e.getY() > getHeight() / 2 : getItem().isStep();
            boolean into = dragged.isStep() && !getItem().isStep();
            pseudoClassStateChanged(DROP_INTO, into);
            pseudoClassStateChanged(DROP_ABOVE, !into && !lower);
            pseudoClassStateChanged(DROP_BELOW, !into && lower);
        }

        private void clearMarks() {
            pseudoClassStateChanged(DROP_INTO, false);
            pseudoClassStateChanged(DROP_ABOVE, false);
            pseudoClassStateChanged(DROP_BELOW, false);
        }

        /** As tall as the row's texts need at the list's width (they wrap rather than being cut short). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != box) {
                return super.computePrefHeight(width);
            }
            double w = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            if (w <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(w) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            clearMarks();
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                pseudoClassStateChanged(BLOCK, false);
                pseudoClassStateChanged(HAS_PROBLEMS, false);
                return;
            }
            boolean problems = row.problems();
            title.setText(row.title());
            detail.setText(row.detail());
            setAccessibleText(row.isStep() ? messages.get("outline.step-accessible", row.title())
                    : messages.get("outline.block-accessible", row.title()));
            warn.setVisible(problems);
            warn.setManaged(problems);
            pseudoClassStateChanged(BLOCK, !row.isStep());
            pseudoClassStateChanged(HAS_PROBLEMS, problems);
            if (problems) {
                Tooltip.install(warn, new Tooltip(messages.get("outline.has-problems")));
            }
            setText(null);
            setGraphic(box);
        }
    }
}
