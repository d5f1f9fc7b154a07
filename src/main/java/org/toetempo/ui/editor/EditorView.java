package org.toetempo.ui.editor;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.Wording;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final PseudoClass DIRTY = PseudoClass.getPseudoClass("dirty");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final EditorModel model;
    private final MetadataPane metadata;
    private final Outline outline;
    private final Inspector inspector;
    private final SplitPane split;
    private final HBox noticeBar = new HBox(10);
    private final Label noticeText = new Label();
    private final VBox noticeDetails = new VBox(2);
    private final FontIcon noticeIcon = new FontIcon(Feather.INFO);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Timeline autosave;
    private final Button save;
    private final Button tryIt;
    private final Button handout;
    private final MenuButton problemsButton = new MenuButton();
    private Runnable onClose = () -> { };
    private Consumer<Routine> onTry = r -> { };
    private Chooser chooser = EditorView::showChooser;
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
        getStyleClass().add("editor");
        setId("editor");
        getStylesheets().add(STYLESHEET);

        handout = handoutButton();
        tryIt = tryItButton();
        save = saveButton();
        setTop(new VBox(header(), noticeBar()));
        metadata = new MetadataPane(model);
        outline = new Outline(model);
        inspector = new Inspector(model);
        split = panes();
        setCenter(split);
        setBottom(summaryBar());
        shortcuts();
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosaveWhileShown();
    }

    /** Back to the library, the routine's name and saved state, undo and redo, and the file actions. */
    private HBox header() {
        Button back = new Button("Library", new FontIcon(Feather.ARROW_LEFT));
        back.setId("editor-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setTooltip(new Tooltip("Back to the library (asks about unsaved changes)"));
        back.setAccessibleText("Back to the library");
        back.setOnAction(e -> {
            if (confirmClose()) {
                onClose.run();
            }
        });
        Label title = new Label();
        title.setId("editor-title");
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Routine r = model.routineProperty().get();
            String name = r.name() == null || r.name().isBlank() ? "Untitled routine" : r.name();
            return (model.dirtyProperty().get() ? "• " : "") + name;
        }, model.routineProperty(), model.dirtyProperty()));
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

        Button undo = Form.iconButton("editor-undo", Feather.CORNER_UP_LEFT, "Undo (Ctrl+Z)");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        bindTip(undo, model.undoNameProperty().concat("  (Ctrl+Z)"));
        undo.accessibleTextProperty().bind(model.undoNameProperty());
        Button redo = Form.iconButton("editor-redo", Feather.CORNER_UP_RIGHT, "Redo (Ctrl+Y)");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        bindTip(redo, model.redoNameProperty().concat("  (Ctrl+Y)"));
        redo.accessibleTextProperty().bind(model.redoNameProperty());
        HBox history = new HBox(2, undo, redo);

        progress.setId("handout-progress");
        progress.setPrefSize(20, 20);
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setAccessibleText("Writing the handout");

        Button export = new Button("Export…", new FontIcon(Feather.SHARE));
        export.setId("editor-export");
        export.setTooltip(new Tooltip("Write the routine to a .json file to share it"));
        export.setOnAction(e -> chooseExport());
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, back, new Separator(Orientation.VERTICAL), titles, history,
                progress, export, handout, tryIt, save);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("app-header", "editor-header");
        return header;
    }

    /** Print handout: off while one is being written. */
    private Button handoutButton() {
        Button handout = new Button("Print handout…", new FontIcon(Feather.PRINTER));
        handout.setId("editor-handout");
        handout.setTooltip(new Tooltip("A one-to-two-page PDF handout for the patient"));
        handout.setAccessibleText("Print handout to PDF");
        handout.setOnAction(e -> chooseHandout());
        handout.disableProperty().bind(model.busyProperty());
        handout.setMinWidth(Region.USE_PREF_SIZE);
        return handout;
    }

    /** Try it: on while the routine is valid. */
    private Button tryItButton() {
        Button tryIt = new Button("Try it", new FontIcon(Feather.PLAY));
        tryIt.setId("editor-try");
        tryIt.setTooltip(new Tooltip("Play the routine as it is now (Ctrl+Enter)"));
        tryIt.disableProperty().bind(model.validProperty().not());
        tryIt.setOnAction(e -> tryIt());
        tryIt.setMinWidth(Region.USE_PREF_SIZE);
        return tryIt;
    }

    /** Save (Ctrl+S), the header's accent button. */
    private Button saveButton() {
        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("editor-save");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Save to your routines (Ctrl+S)"));
        save.setOnAction(e -> save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        return save;
    }

    /** The notice bar under the header: the model's last message, with its details. */
    private HBox noticeBar() {
        noticeBar.setId("editor-notice");
        noticeBar.getStyleClass().add("editor-notice");
        noticeText.setId("editor-notice-text");
        noticeText.setWrapText(true);
        noticeText.setMinHeight(Region.USE_PREF_SIZE);
        noticeText.getStyleClass().add("notice-text");
        Button closeNotice = new Button(null, new FontIcon(Feather.X));
        closeNotice.getStyleClass().addAll("flat", "notice-close");
        closeNotice.setAccessibleText("Close the message");
        closeNotice.setOnAction(e -> model.clearNotice());
        VBox noticeBody = new VBox(4, noticeText, noticeDetails);
        HBox.setHgrow(noticeBody, Priority.ALWAYS);
        noticeBar.getChildren().addAll(noticeIcon, noticeBody, closeNotice);
        noticeBar.setAlignment(Pos.TOP_LEFT);
        model.noticeProperty().addListener((o, old, n) -> showNotice(n));
        showNotice(model.noticeProperty().get());
        return noticeBar;
    }

    /** The three columns: the routine's details, its outline, the selected block or step. */
    private SplitPane panes() {
        VBox left = titled(null, metadata, "metadata-column");
        VBox right = titled(null, inspector, "inspector-column");
        SplitPane split = new SplitPane(left, outline, right);
        split.setId("editor-split");
        split.setDividerPositions(0.29, 0.52);
        left.setMinWidth(240);
        outline.setMinWidth(180);
        right.setMinWidth(380);
        return split;
    }

    /** Ctrl shortcuts (filtered first), and Alt+Up/Down to move the selected step. */
    private void shortcuts() {
        addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                if (model.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1)) {
                    e.consume();
                }
            }
        });
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
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discardButton = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        ButtonType cancelButton = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", saveButton, discardButton, cancelButton);
        alert.initOwner(owner());
        alert.setTitle("Unsaved changes");
        Routine r = model.routineProperty().get();
        alert.setHeaderText("Save the changes to " + (r.name() == null || r.name().isBlank() ? "this routine" : r.name()) + "?");
        boolean valid = model.validNow();
        alert.setContentText(valid
                ? "If you discard them, they are gone."
                : "It cannot be saved yet: " + EditorModel.count(model.validationNow().problems().size(), "problem")
                  + " to fix. Discard the changes, or cancel and fix them.");
        alert.getDialogPane().lookupButton(saveButton).setDisable(!valid);
        alert.getDialogPane().setId("close-dialog");
        if (getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        ButtonType answer = alert.showAndWait().orElse(cancelButton);
        if (answer == saveButton) {
            if (!save().ok()) {
                return false;
            }
            finish();
            return true;
        }
        if (answer == discardButton) {
            finish();
            model.discardDraft();
            return true;
        }
        return false;
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
                EditorModel.Notice.Kind.ERROR, "Fix the problems first to try it.", problemLines())));
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
        Routine r = model.routineProperty().get();
        // .toetempo.json is the file type the installers register: the patient double-clicks it and it opens here.
        Path file = chooser.choose(owner(), "Export routine", (r.id() == null ? "routine" : r.id()) + ".toetempo.json",
                new FileChooser.ExtensionFilter("Toe Tempo routine (*.json)", "*.json"));
        if (file != null) {
            exportTo(file);
        }
    }

    void chooseHandout() {
        if (!model.validNow()) {
            model.writeHandout(Path.of("handout.pdf"));
            return;
        }
        Routine r = model.routineProperty().get();
        Path file = chooser.choose(owner(), "Print handout to PDF", (r.id() == null ? "routine" : r.id()) + "-handout.pdf",
                new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
        if (file != null) {
            printHandoutTo(file);
        }
    }

    private static Path showChooser(Window owner, String title, String initialName, FileChooser.ExtensionFilter filter) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(filter);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (home.toFile().isDirectory()) {
            fc.setInitialDirectory(home.toFile());
        }
        File file = fc.showSaveDialog(owner);
        return file == null ? null : file.toPath();
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

    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    private static final KeyCombination REDO_TOO = KeyCombination.valueOf("Shortcut+Shift+Z");
    private static final KeyCombination SAVE = KeyCombination.valueOf("Shortcut+S");
    private static final KeyCombination TRY = KeyCombination.valueOf("Shortcut+Enter");

    /** The editor's own undo, redo and save, before any text field's own undo sees the keys. */
    private void onShortcut(KeyEvent e) {
        if (UNDO.match(e)) {
            model.undo();
            e.consume();
        } else if (REDO.match(e) || REDO_TOO.match(e)) {
            model.redo();
            e.consume();
        } else if (SAVE.match(e)) {
            save();
            e.consume();
        } else if (TRY.match(e)) {
            tryIt();
            e.consume();
        }
    }

    // ------------------------------------------------------------------ summary bar and notices

    private HBox summaryBar() {
        FontIcon clock = new FontIcon(Feather.CLOCK);
        Label summary = new Label();
        summary.setId("editor-summary");
        summary.getStyleClass().add("summary-text");
        summary.textProperty().bind(model.summaryTextProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.setGraphic(clock);

        ComboBox<Double> at = new ComboBox<>();
        at.setId("preview-bpm");
        at.setAccessibleText("Tempo the summary is measured at");
        at.setConverter(Form.converter(v -> v == null || v <= 0 ? "tempos as written" : Wording.number(v) + " BPM"));
        at.setButtonCell(Form.cell(v -> v == null || v <= 0 ? "tempos as written" : Wording.number(v) + " BPM"));
        at.setCellFactory(v -> Form.cell(x -> x == null || x <= 0 ? "tempos as written" : Wording.number(x) + " BPM"));
        at.setTooltip(new Tooltip("Measure the length as if every block were played at this tempo"));
        Runnable fillTempos = () -> {
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
        fillTempos.run();
        model.revisionProperty().addListener(o -> fillTempos.run());
        at.valueProperty().addListener((o, old, v) -> model.previewBpmProperty().set(v == null || v <= 0 ? null : v));
        Label atLabel = new Label("at");
        atLabel.setLabelFor(at);
        atLabel.setMinWidth(Region.USE_PREF_SIZE);

        HBox stageBox = new HBox(6);
        stageBox.setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> stage = new ComboBox<>();
        stage.setId("preview-stage");
        stage.setAccessibleText("Stage the summary is of");
        Label stageLabel = new Label("stage");
        stageLabel.setMinWidth(Region.USE_PREF_SIZE);
        stageBox.getChildren().addAll(stageLabel, stage);
        Runnable fillStages = () -> {
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
                stage.setConverter(Form.converter(id -> model.routineProperty().get().stages().stream()
                        .filter(s -> id.equals(s.id())).map(Stage::name).findFirst().orElse(id)));
            }
        };
        fillStages.run();
        model.revisionProperty().addListener(o -> fillStages.run());
        stage.valueProperty().addListener((o, old, v) -> {
            List<Stage> stages = model.routineProperty().get().stages();
            model.previewStageProperty().set(v == null || stages.isEmpty() || stages.get(0).id().equals(v) ? null : v);
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        problemsButton.setId("editor-problems");
        problemsButton.getStyleClass().add("problems-button");
        problemsButton.setMinWidth(Region.USE_PREF_SIZE);
        Runnable fillProblems = () -> {
            Validation v = model.validationProperty().get();
            problemsButton.getItems().clear();
            if (v.ok()) {
                problemsButton.setText("No problems");
                problemsButton.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                problemsButton.setDisable(true);
            } else {
                problemsButton.setText(EditorModel.count(v.problems().size(), "problem"));
                problemsButton.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
                problemsButton.setDisable(false);
                for (Validation.FieldProblem p : v.fields()) {
                    MenuItem item = new MenuItem(problemText(p.path(), p.message()));
                    item.setMnemonicParsing(false);
                    item.setOnAction(e -> reveal(p.path()));
                    problemsButton.getItems().add(item);
                }
            }
            problemsButton.pseudoClassStateChanged(INVALID, !v.ok());
            problemsButton.setAccessibleText(problemsButton.getText());
        };
        fillProblems.run();
        model.validationProperty().addListener(o -> fillProblems.run());

        Label repsNote = new Label();
        repsNote.setId("editor-steps-count");
        repsNote.getStyleClass().add("summary-muted");
        repsNote.setMinWidth(Region.USE_PREF_SIZE);
        repsNote.textProperty().bind(Bindings.createStringBinding(() -> {
            Summary s = model.summaryProperty().get();
            return s == null ? "" : EditorModel.count(s.steps(), "step") + " played";
        }, model.summaryProperty()));

        // The tempos played, apart from the summary: on a narrow window they give way first.
        Label tempos = new Label();
        tempos.setId("editor-tempos");
        tempos.getStyleClass().add("summary-tempos");
        tempos.setMinWidth(0);
        tempos.textProperty().bind(Bindings.createStringBinding(() -> {
            Summary s = model.summaryProperty().get();
            return s == null || s.blocks().isEmpty() ? "" : s.tempos();
        }, model.summaryProperty()));
        tempos.setTooltip(new Tooltip("The slowest and fastest beats played (a ramp's start and end included)"));
        at.setMinWidth(Region.USE_PREF_SIZE);
        tempos.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(10, summary, tempos, atLabel, at, stageBox, repsNote, spacer, problemsButton);
        dropWhenCramped(bar, repsNote, tempos);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("editor-summary-bar");
        bar.getStyleClass().add("summary-bar");
        return bar;
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

    private void showNotice(EditorModel.Notice n) {
        noticeBar.setVisible(n != null);
        noticeBar.setManaged(n != null);
        noticeDetails.getChildren().clear();
        for (EditorModel.Notice.Kind kind : EditorModel.Notice.Kind.values()) {
            noticeBar.pseudoClassStateChanged(PseudoClass.getPseudoClass(kind.name().toLowerCase(Locale.ROOT)),
                    n != null && n.kind() == kind);
        }
        if (n == null) {
            noticeText.setText("");
            return;
        }
        noticeText.setText(n.text());
        if (n.kind() == EditorModel.Notice.Kind.SUCCESS) {
            // Good news goes away by itself; problems stay until dealt with.
            PauseTransition fade = new PauseTransition(Duration.seconds(8));
            fade.setOnFinished(e -> {
                if (model.noticeProperty().get() == n) {
                    model.clearNotice();
                }
            });
            fade.play();
        }
        noticeIcon.setIconCode(switch (n.kind()) {
            case INFO -> Feather.INFO;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case ERROR -> Feather.ALERT_TRIANGLE;
            case WORKING -> Feather.LOADER;
        });
        int shown = 0;
        for (String line : n.details()) {
            if (shown++ == 6) {
                Label more = new Label("… and " + (n.details().size() - 6) + " more (see the problems list below)");
                more.getStyleClass().add("notice-detail");
                noticeDetails.getChildren().add(more);
                break;
            }
            int colon = line.indexOf(": ");
            String path = colon > 0 ? line.substring(0, colon) : null;
            if (path != null && path.startsWith("$")) {
                Hyperlink link = new Hyperlink(problemText(path, line.substring(colon + 2)));
                link.getStyleClass().add("notice-detail");
                link.setWrapText(true);
                link.setMinHeight(Region.USE_PREF_SIZE);
                link.setOnAction(e -> reveal(path));
                noticeDetails.getChildren().add(link);
            } else {
                Label label = new Label(line);
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.getStyleClass().add("notice-detail");
                noticeDetails.getChildren().add(label);
            }
        }
    }

    private List<String> problemLines() {
        return model.validationNow().fields().stream().map(f -> f.path() + ": " + f.message()).toList();
    }

    /** "Block 1, step 2 · reps: message"; "Id must be..." when the message names its field already. */
    String problemText(String path, String message) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        String last = cut >= 0 ? path.substring(cut + 1) : path;
        if (!path.startsWith("$.blocks") && !last.isEmpty() && message.startsWith(last + " ")) {
            return Wording.capitalised(message);
        }
        return describe(path) + ": " + message;
    }

    /** "Block 1, step 2 · reps" for a path like {@code $.blocks[0].steps[1].reps}. */
    String describe(String path) {
        Matcher m = Pattern
                .compile("^\\$\\.blocks\\[(\\d+)](?:\\.steps\\[(\\d+)])?(?:\\.(.*))?$").matcher(path);
        if (m.matches()) {
            String where = "Block " + (Integer.parseInt(m.group(1)) + 1)
                    + (m.group(2) == null ? "" : ", step " + (Integer.parseInt(m.group(2)) + 1));
            return m.group(3) == null ? where : where + " · " + m.group(3).replace('_', ' ');
        }
        if (path.equals("$")) {
            return "Routine";
        }
        return path.startsWith("$.") ? Wording.capitalised(path.substring(2).replace('_', ' ')) : path;
    }

    /** Shows the field a problem is about: selects its block or step and focuses the field. */
    void reveal(String path) {
        model.reveal(path);
        Platform.runLater(() -> {
            Form.Field field = findField(path);
            if (field != null) {
                field.control.requestFocus();
                scrollTo(field.control);
            }
        });
    }

    private Form.Field findField(String path) {
        for (Form form : forms()) {
            Form.Field f = form.fieldFor(path);
            if (f != null && f.control.getScene() != null && isShown(f.control)) {
                return f;
            }
        }
        // A field inside: the nearest enclosing field that is shown.
        String p = path;
        while (p.contains(".") || p.contains("[")) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = p.substring(0, cut);
            for (Form form : forms()) {
                Form.Field f = form.fieldFor(p);
                if (f != null && isShown(f.control)) {
                    return f;
                }
            }
        }
        return null;
    }

    private List<Form> forms() {
        List<Form> forms = new ArrayList<>(inspector.forms());
        forms.addAll(metadata.forms());
        return forms;
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the pane around {@code node} so that it shows. */
    static void scrollTo(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double viewport = scroll.getViewportBounds().getHeight();
                double range = content.getLayoutBounds().getHeight() - viewport;
                if (range <= 0) {
                    return;
                }
                double top = scroll.getVvalue() * range;
                if (b.getMinY() < top + 8) {
                    scroll.setVvalue(Math.max(0, (b.getMinY() - 24) / range));
                } else if (b.getMaxY() > top + viewport - 8) {
                    scroll.setVvalue(Math.min(1, (b.getMaxY() + 24 - viewport) / range));
                }
                return;
            }
        }
    }

    private void revealFirstProblem() {
        Validation v = model.validationNow();
        if (!v.fields().isEmpty()) {
            reveal(v.fields().get(0).path());
        }
    }

    private static void bindTip(Button b, ObservableValue<String> text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        b.setTooltip(tip);
    }

    private static VBox titled(String title, Node content, String style) {
        VBox box = new VBox(content);
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("pane-title");
            box.getChildren().add(0, heading);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add(style);
        return box;
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
