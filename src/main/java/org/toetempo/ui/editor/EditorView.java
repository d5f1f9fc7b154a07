package org.toetempo.ui.editor;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The routine editor: the routine's description and tempo on the left, its blocks and steps in the middle, the
 * selected step (or block) on the right, a summary bar below (how long it plays and how many reps each foot does, at
 * the tempo chosen there, and whether it is valid). Every change is one undoable edit; the loader's own messages
 * appear next to the fields they concern. Built in code; its stylesheet is {@code editor.css} ({@link #STYLESHEET}).
 *
 * <p>Keys: Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo, Ctrl+S save, Alt+Up/Down move the selected step or block,
 * Delete remove it and Ctrl+D duplicate it (in the outline), Ctrl+Enter try it.
 */
public final class EditorView extends BorderPane {

    /** The editor's stylesheet, to add to the scene beside the app's. */
    public static final String STYLESHEET = Objects.requireNonNull(EditorView.class.getResource("editor.css")).toExternalForm();

    /** How often the autosave draft is written (when anything changed). */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(4);

    private final EditorModel model;
    private final Messages messages;
    private final MetadataPane metadata;
    private final Outline outline;
    private final Inspector inspector;
    private final FieldFinder fields;
    private final EditorDialogs dialogs;
    private final Timeline autosave;
    private Runnable onClose = () -> { };
    private Consumer<Routine> onTry = r -> { };
    private Consumer<Routine> onExportAudio = r -> { };
    private Chooser chooser = EditorDialogs::showChooser;
    private Window dialogOwner;
    private boolean closed;
    private boolean onScreen;

    /** Picks a file to write: a save dialog, replaced in tests. */
    @FunctionalInterface
    public interface Chooser {
        Path choose(Window owner, String title, String initialName, FileChooser.ExtensionFilter filter);
    }

    public EditorView(EditorModel model) {
        this.model = model;
        this.messages = model.messages();
        this.dialogs = new EditorDialogs(model);
        getStyleClass().add("editor");
        setId("editor");
        getStylesheets().add(STYLESHEET);

        metadata = new MetadataPane(model);
        outline = new Outline(model);
        inspector = new Inspector(model);
        fields = new FieldFinder(model, this::forms);
        ProblemWords problems = new ProblemWords(messages);
        EditorHeader header = new EditorHeader(model, new EditorHeader.Actions(() -> {
            if (confirmClose()) {
                onClose.run();
            }
        }, this::chooseExport, this::exportAudio, this::chooseHandout, this::tryIt, this::save));
        setTop(new VBox(header, new NoticeBar(model, problems, fields::reveal)));
        setCenter(panes());
        setBottom(new SummaryBar(model, problems, fields::reveal));
        EditorKeys.install(this, model, this::save, this::tryIt);
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosaveWhileShown();
    }

    /** The three columns: the routine's details, its outline, the selected block or step. */
    private SplitPane panes() {
        VBox left = column(metadata, "metadata-column");
        VBox right = column(inspector, "inspector-column");
        SplitPane split = new SplitPane(left, outline, right);
        split.setId("editor-split");
        split.setDividerPositions(0.29, 0.52);
        // Together (with the dividers) narrower than the app's smallest window, 800 wide.
        left.setMinWidth(215);
        outline.setMinWidth(170);
        right.setMinWidth(395);
        return split;
    }

    private static VBox column(Node content, String style) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add(style);
        return box;
    }

    /** Autosave runs while the editor is on screen (not while "Try it" plays, nor once its window is gone). */
    private void autosaveWhileShown() {
        ChangeListener<Boolean> showing = (obs, was, now) -> updateAutosave();
        ChangeListener<Window> window = (obs, old, now) -> {
            if (old != null) {
                old.showingProperty().removeListener(showing);
            }
            if (now != null) {
                now.showingProperty().addListener(showing);
            }
            updateAutosave();
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.windowProperty().removeListener(window);
                if (old.getWindow() != null) {
                    old.getWindow().showingProperty().removeListener(showing);
                }
            }
            if (scene != null) {
                scene.windowProperty().addListener(window);
                if (scene.getWindow() != null) {
                    scene.getWindow().showingProperty().addListener(showing);
                }
            }
            updateAutosave();
        });
    }

    public EditorModel model() {
        return model;
    }

    /** What the Library button does once {@link #confirmClose()} agreed (e.g. {@code screens::showLibrary}). */
    public void setOnClose(Runnable action) {
        onClose = action;
    }

    /** What "Try it" does with the routine as it is now (valid): play it. */
    public void setOnTry(Consumer<Routine> action) {
        onTry = action;
    }

    /** Export audio…: given the routine as it is now, when it is valid. */
    public void setOnExportAudio(Consumer<Routine> action) {
        onExportAudio = action;
    }

    void exportAudio() {
        model.playable().ifPresentOrElse(onExportAudio, () -> model.setNotice(new EditorModel.Notice(
                EditorModel.Notice.Kind.ERROR, messages.get("editor.notice.fix-to-export-audio"),
                ProblemWords.lines(model.validationNow(), messages))));
    }

    /** Replaces the file dialog (tests). */
    void setChooser(Chooser chooser) {
        this.chooser = chooser;
    }

    /** The window dialogs belong to; by default the editor's own. */
    public void setDialogOwner(Window owner) {
        dialogOwner = owner;
    }

    /** Puts keyboard focus on the routine's name (a new or duplicated routine is usually renamed first). */
    public void focusName() {
        Platform.runLater(() -> {
            Node name = lookup("#routine-name");
            if (name != null) {
                name.requestFocus();
            }
        });
    }

    // ------------------------------------------------------------------ commands

    /**
     * Whether the editor may close: true at once when everything is saved; with unsaved changes, asks Save / Discard
     * / Cancel (Save that is refused keeps the editor open and says why). When true, the autosave stops and, after
     * Discard, the draft is deleted.
     */
    public boolean confirmClose() {
        if (!model.dirtyProperty().get()) {
            finish();
            model.discardDraft();
            return true;
        }
        switch (dialogs.askAboutUnsavedChanges(owner(), getScene() == null ? List.of() : getScene().getStylesheets())) {
            case SAVE -> {
                if (!save().ok()) {
                    return false;
                }
                finish();
                return true;
            }
            case DISCARD -> {
                finish();
                model.discardDraft();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Saves (Ctrl+S); refused with the loader's messages while the routine has problems. */
    public SaveResult save() {
        SaveResult result = model.save();
        if (!result.ok()) {
            revealFirstProblem();
        }
        return result;
    }

    /** Plays the routine as it is now, when valid. */
    public void tryIt() {
        model.playable().ifPresentOrElse(onTry, () -> model.setNotice(new EditorModel.Notice(
                EditorModel.Notice.Kind.ERROR, messages.get("editor.notice.fix-to-try"),
                ProblemWords.lines(model.validationNow(), messages))));
    }

    /** Exports to this file (what Export… does after its dialog). */
    public SaveResult exportTo(Path file) {
        return model.export(file);
    }

    /** Writes the handout PDF in the background (what Handout… does after its dialog). */
    public CompletableFuture<Path> printHandoutTo(Path file) {
        return model.writeHandout(file);
    }

    void chooseExport() {
        Path file = dialogs.exportFile(chooser, owner());
        if (file != null) {
            exportTo(file);
        }
    }

    void chooseHandout() {
        if (!model.validNow()) {
            model.writeHandout(Path.of("handout.pdf"));
            return;
        }
        Path file = dialogs.handoutFile(chooser, owner());
        if (file != null) {
            printHandoutTo(file);
        }
    }

    private void finish() {
        closed = true;
        autosave.stop();
    }

    private void updateAutosave() {
        boolean shown = !closed && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
        if (shown == onScreen) {
            return;
        }
        onScreen = shown;
        if (shown) {
            autosave.play();
        } else {
            autosave.stop();
            if (!closed) {
                // Leaving the screen (to "Try it", say): bring the draft up to date at once.
                model.autosave();
            }
        }
    }

    private Window owner() {
        return dialogOwner != null ? dialogOwner : getScene() == null ? null : getScene().getWindow();
    }

    private void revealFirstProblem() {
        Validation v = model.validationNow();
        if (!v.fields().isEmpty()) {
            fields.reveal(v.fields().get(0).path());
        }
    }

    /** Every form of the editor, to find the field a problem is about. */
    private List<Form> forms() {
        List<Form> forms = new ArrayList<>(inspector.forms());
        forms.addAll(metadata.forms());
        return forms;
    }

    // ------------------------------------------------------------------ for tests

    Outline outline() {
        return outline;
    }

    boolean autosaving() {
        return autosave.getStatus() == Animation.Status.RUNNING;
    }

    Inspector inspector() {
        return inspector;
    }

    MetadataPane metadata() {
        return metadata;
    }

    Optional<Node> find(String id) {
        return Optional.ofNullable(lookup("#" + id));
    }
}
