package org.toetempo.ui.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.toetempo.editor.RoutineBundle;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The editor's questions to the user: save the changes before closing, and where to write an export or a handout. */
final class EditorDialogs {

    /** What the user answered when asked about unsaved changes. */
    enum CloseAnswer { SAVE, DISCARD, CANCEL }

    private final EditorModel model;
    private final Messages messages;

    EditorDialogs(EditorModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** Save / Discard / Cancel for unsaved changes; Save is off while the routine cannot be saved, and says why. */
    CloseAnswer askAboutUnsavedChanges(Window owner, List<String> stylesheets) {
        ButtonType save = new ButtonType(messages.get("editor.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("editor.close.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("editor.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("editor.close.title"));
        Routine r = model.routineProperty().get();
        alert.setHeaderText(messages.get("editor.close.question",
                r.name() == null || r.name().isBlank() ? messages.get("editor.close.this-routine") : r.name()));
        boolean valid = model.validNow();
        alert.setContentText(valid ? messages.get("editor.close.discard-is-final")
                : messages.get("editor.close.cannot-save", model.validationNow().problems().size()));
        alert.getDialogPane().lookupButton(save).setDisable(!valid);
        alert.getDialogPane().setId("close-dialog");
        alert.getDialogPane().getStylesheets().addAll(stylesheets);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? CloseAnswer.SAVE : answer == discard ? CloseAnswer.DISCARD : CloseAnswer.CANCEL;
    }

    /**
     * Where to export: a routine with videos is shared with them, as one bundle; without, as the plain routine file,
     * named .toetempo.json: the file type the installers register, so the patient double-clicks it and it opens here.
     */
    Path exportFile(EditorView.Chooser chooser, Window owner) {
        Routine r = model.routineProperty().get();
        boolean videos = !ClipStore.clipsOf(r).isEmpty();
        String name = (r.id() == null ? "routine" : r.id()) + (videos ? RoutineBundle.EXTENSION : ".toetempo.json");
        return videos
                ? chooser.choose(owner, messages.get("editor.export.title-videos"), name, new FileChooser.ExtensionFilter(
                        messages.get("editor.export.filter-videos", "*" + RoutineBundle.EXTENSION), "*" + RoutineBundle.EXTENSION))
                : chooser.choose(owner, messages.get("editor.export.title"), name,
                        new FileChooser.ExtensionFilter(messages.get("editor.export.filter"), "*.json"));
    }

    /** Where to write the handout PDF. */
    Path handoutFile(EditorView.Chooser chooser, Window owner) {
        Routine r = model.routineProperty().get();
        return chooser.choose(owner, messages.get("editor.handout.title"), (r.id() == null ? "routine" : r.id()) + "-handout.pdf",
                new FileChooser.ExtensionFilter(messages.get("editor.handout.filter"), "*.pdf"));
    }

    /** The system's save dialog, opening in the user's home folder. */
    static Path showChooser(Window owner, String title, String initialName, FileChooser.ExtensionFilter filter) {
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
}
