package org.toetempo.ui;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * What the window shows in its first frame: the library's empty frame (its header bar on the theme's background),
 * cheap to lay out and draw. The library itself, with its lists, icons and fonts, is built into the window right
 * after, so that a click on the app's icon is answered by a window at once.
 */
final class LightShell {

    private LightShell() {
    }

    static Parent create() {
        HBox header = new HBox();
        header.getStyleClass().add("app-header");
        header.setMinHeight(48);
        BorderPane shell = new BorderPane();
        shell.getStyleClass().add("library-view");
        shell.setTop(header);
        return shell;
    }

    /** Runs {@code then} on the FX thread once the scene's first frame has been laid out and handed to rendering. */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Not inside the pulse: the frame is drawn first.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
