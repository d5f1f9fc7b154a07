package org.toetempo.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Holds work back until the window's first frame is laid out, so that nothing but that frame stands between a click
 * on the app and a window with the library in it. On two cores every other thread that runs before it (the sound
 * engine's set-up, the welcome dialog, the window icon's drawing) takes its time from the FX thread or the renderer.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code then} once, on the FX thread, right after the first pulse that lays out {@code scene}. */
    static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After the pulse, not in it: the frame goes to the renderer first.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
