package org.toetempo.ui.editor;

import java.util.concurrent.Executor;

/** The handout writer's executor for tests: a fresh daemon thread per handout, as the app's own thread would be. */
final class Handouts {

    static final Executor THREAD = task -> {
        Thread thread = new Thread(task, "test handout writer");
        thread.setDaemon(true);
        thread.start();
    };

    private Handouts() {
    }
}
