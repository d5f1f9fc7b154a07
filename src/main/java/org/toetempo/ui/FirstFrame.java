package org.toetempo.ui;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Holds work back until the window's first frame is on screen, so that nothing but that frame stands between a
 * click on the app and a window with the library in it. On two cores every other thread that runs before it (the
 * sound engine's set-up, the welcome dialog, the window icon's drawing, and the compiler compiling them) takes its
 * time from the FX thread or the renderer.
 */
final class FirstFrame {

    /**
     * How long the renderer gets after the first layout pulse. JavaFX says nothing when a frame is on screen; the
     * software renderer needs 60–100 ms of CPU for the library's first frame, and hands it to the window on the FX
     * thread. Work started at once after the pulse stretched that to 190 ms (issue 17: profiled); a quarter of a
     * second is not noticed before a welcome dialog and leaves the frame its cores.
     */
    static final Duration RENDERER_TIME = Duration.millis(250);

    private FirstFrame() {
    }

    /** Runs {@code then} once, on the FX thread, {@link #RENDERER_TIME} after the first pulse that lays out {@code scene}. */
    static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            PauseTransition pause = new PauseTransition(RENDERER_TIME);
            pause.setOnFinished(e -> then.run());
            pause.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
