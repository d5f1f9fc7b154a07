package org.toetempo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Runs blocking work (reading files) away from the FX thread and hands its answer, or its failure, back to it. */
record Background(Executor work, Executor fx) {

    <T> void run(Callable<T> task, Consumer<T> then, Consumer<Exception> failed) {
        work.execute(() -> {
            try {
                T answer = task.call();
                fx.execute(() -> then.accept(answer));
            } catch (Exception e) {
                fx.execute(() -> failed.accept(e));
            }
        });
    }
}
