package org.toetempo.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The app's threads, all made and shut down by {@link App}: file reads and writes ({@code io}), the editor's live
 * checks, handout writing (which waits for the FX thread to draw the foot figures, so it has a thread of its own),
 * and the FX thread itself as an executor.
 */
record Workers(ExecutorService io, ExecutorService editorChecks, ExecutorService handouts, Executor fx) {

    /** Blocking work on {@link #io()}, its answer on the FX thread. */
    Background background() {
        return new Background(io, fx);
    }
}
