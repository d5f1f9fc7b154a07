package org.toetempo.ui.editor;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that the user's typing asks for again and again (checking the routine, measuring it): each request runs on
 * the background executor and its result is handed over on the UI executor, but only the latest request counts. A
 * request that a newer one overtook is skipped if it has not started, and its result is dropped if it has.
 * Executors are given, so tests run it all at once on their own thread, or step through it.
 */
final class LatestWins {

    private final Executor background;
    private final Executor ui;
    private final AtomicLong latest = new AtomicLong();
    private volatile long applied;

    LatestWins(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Runs {@code work} in the background and {@code apply} with its result on the UI executor, if still the latest. */
    <T> void submit(Supplier<T> work, Consumer<T> apply) {
        long ticket = latest.incrementAndGet();
        background.execute(() -> {
            if (latest.get() != ticket) {
                return;
            }
            T result = work.get();
            ui.execute(() -> {
                if (latest.get() == ticket) {
                    applied = ticket;
                    apply.accept(result);
                }
            });
        });
    }

    /** True while the latest request's result has not been applied yet. */
    boolean pending() {
        return applied != latest.get();
    }
}
