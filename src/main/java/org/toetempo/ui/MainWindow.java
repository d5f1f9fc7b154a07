package org.toetempo.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

/**
 * The main window as the screens share it: the stage they replace each other in, the owner of their dialogs, the
 * theme and the words of the app's language.
 */
final class MainWindow {

    private final Stage stage;
    private final Scene scene;
    private final SettingsStore settings;
    private final Messages text;
    /** The last reason settings could not be saved (told once), {@code null} while saving works. */
    private String lastSaveProblem;

    MainWindow(Stage stage, Scene scene, SettingsStore settings, Messages text) {
        this.stage = stage;
        this.scene = scene;
        this.settings = settings;
        this.text = text;
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return scene;
    }

    SettingsStore settings() {
        return settings;
    }

    Settings.Theme theme() {
        return settings.get().theme();
    }

    /** The words of the app's language. */
    Messages text() {
        return text;
    }

    /** Puts a screen into the window, in the current theme. */
    void show(Parent root) {
        scene.setRoot(root);
        Theme.apply(scene, theme());
    }

    /** An alert owned by the window; {@code header} may be {@code null}. */
    Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(stage);
        // JavaFX titles an alert in the system's language ("Message", "Error"); the app's name reads in any.
        alert.setTitle(text.get("screens.app-name"));
        if (header != null) {
            alert.setHeaderText(header);
        }
        return alert;
    }

    /** Something could not be done: one line, shown over the window. */
    void error(String message) {
        alert(Alert.AlertType.ERROR, null, message, ButtonType.OK).show();
    }

    /**
     * Tells the user when a change of settings could not be saved, once for each reason (a volume slider saves at
     * every move; one alert is enough).
     */
    void tellIfUnsaved(Phrase unsaved) {
        String problem = unsaved == null ? null : unsaved.in(text);
        if (problem != null && !problem.equals(lastSaveProblem)) {
            alert(Alert.AlertType.WARNING, text.get("screens.settings.unsaved"), problem, ButtonType.OK).show();
        }
        lastSaveProblem = problem;
    }
}
