package org.toetempo.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.text.Messages;

import java.util.List;

/**
 * The editor's header: back to the library, the routine's name and saved state, undo and redo, and the file
 * actions (export, export audio, print handout, try it, save), whose work the view does.
 */
final class EditorHeader extends HBox {

    private static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");

    /** What the header's buttons do. */
    record Actions(Runnable back, Runnable export, Runnable exportAudio, Runnable handout, Runnable tryIt, Runnable save) {
    }

    private final EditorModel model;
    private final Messages messages;

    EditorHeader(EditorModel model, Actions actions) {
        super(10);
        this.model = model;
        this.messages = model.messages();
        Button back = button("editor-back", messages.get("editor.back"), Feather.ARROW_LEFT,
                messages.get("editor.back.tooltip"), actions.back());
        back.setAccessibleText(messages.get("editor.back.accessible"));
        Button export = button("editor-export", messages.get("editor.export"), Feather.SHARE,
                messages.get("editor.export.tooltip"), actions.export());
        Button exportAudio = button("editor-export-audio", messages.get("editor.export-audio"), Feather.HEADPHONES,
                messages.get("editor.export-audio.tooltip"), actions.exportAudio());
        exportAudio.setAccessibleText(messages.get("editor.export-audio.accessible"));
        Button handout = button("editor-handout", messages.get("editor.handout"), Feather.PRINTER,
                messages.get("editor.handout.tooltip"), actions.handout());
        handout.setAccessibleText(messages.get("editor.handout.accessible"));
        // Off while one is being written.
        handout.disableProperty().bind(model.busyProperty());
        Button tryIt = button("editor-try", messages.get("editor.try"), Feather.PLAY,
                messages.get("editor.try.tooltip"), actions.tryIt());
        tryIt.disableProperty().bind(model.validProperty().not());
        Button save = button("editor-save", messages.get("editor.save"), Feather.SAVE,
                messages.get("editor.save.tooltip"), actions.save());
        save.getStyleClass().add("accent");
        getChildren().addAll(back, new Separator(Orientation.VERTICAL), titles(), history(), progress(), export,
                exportAudio, handout, tryIt, save);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().addAll("app-header", "editor-header");
        iconsOnlyWhenCramped(List.of(exportAudio, export, handout, back, tryIt));
    }

    /**
     * On a narrow window (German words are long) the buttons show only their icons, the first first, rather than
     * crowd out the routine's name or cut their words short; their tooltips and screen-reader names still say them.
     */
    private void iconsOnlyWhenCramped(List<Button> buttons) {
        for (Button b : buttons) {
            if (b.getAccessibleText() == null) {
                b.setAccessibleText(b.getText());
            }
            // Not their words' width: the header may be narrower than all of them, then they drop their words.
            b.setMinWidth(Region.USE_COMPUTED_SIZE);
        }
        Runnable fit = () -> {
            buttons.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
            for (Button b : buttons) {
                if (getWidth() <= 0 || needed() <= getWidth()) {
                    return;
                }
                b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        };
        widthProperty().addListener(o -> fit.run());
    }

    /** The width all the header's nodes would like, at their preferred sizes. */
    private double needed() {
        double needed = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                needed += child.prefWidth(-1);
                shown++;
            }
        }
        return needed + getSpacing() * Math.max(0, shown - 1);
    }

    private static Button button(String id, String text, Feather icon, String tooltip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** The routine's name (marked while unsaved) over its saved state. */
    private VBox titles() {
        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> (model.dirtyProperty().get() ? "• " : "") + model.nameOrUntitled(model.routineProperty().get()),
                model.routineProperty(), model.dirtyProperty()));
        title.setMinWidth(60);
        Tooltip fullName = new Tooltip();
        fullName.textProperty().bind(title.textProperty());
        title.setTooltip(fullName);
        Label state = new Label();
        state.setId("editor-saved-state");
        state.getStyleClass().add("saved-state");
        state.textProperty().bind(model.savedStateProperty());
        model.dirtyProperty().addListener((o, was, dirty) -> state.pseudoClassStateChanged(DIRTY, dirty));
        state.pseudoClassStateChanged(DIRTY, model.dirtyProperty().get());
        state.setMinWidth(Region.USE_PREF_SIZE);
        VBox titles = new VBox(0, title, state);
        titles.setAlignment(Pos.CENTER_LEFT);
        titles.setMinWidth(80);
        HBox.setHgrow(titles, Priority.ALWAYS);
        return titles;
    }

    /** Undo and redo, named after the edit they take back or do again. */
    private HBox history() {
        Button undo = FormLayout.iconButton("editor-undo", Feather.CORNER_UP_LEFT, messages.get("editor.undo.tooltip"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        bindTip(undo, model.undoNameProperty().concat("  (Ctrl+Z)"));
        undo.accessibleTextProperty().bind(model.undoNameProperty());
        Button redo = FormLayout.iconButton("editor-redo", Feather.CORNER_UP_RIGHT, messages.get("editor.redo.tooltip"));
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        bindTip(redo, model.redoNameProperty().concat("  (Ctrl+Y)"));
        redo.accessibleTextProperty().bind(model.redoNameProperty());
        return new HBox(2, undo, redo);
    }

    /** Turns while a handout is being written. */
    private ProgressIndicator progress() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("handout-progress");
        progress.setPrefSize(20, 20);
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setAccessibleText(messages.get("editor.handout.progress"));
        return progress;
    }

    private static void bindTip(Button b, ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        b.setTooltip(tip);
    }
}
