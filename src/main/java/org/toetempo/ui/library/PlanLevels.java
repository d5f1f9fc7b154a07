package org.toetempo.ui.library;

import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.Routine;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The user's levels as the progress plan keeps them. The file is read and written on {@code io}, never on the FX
 * thread (a slow or network home folder would freeze the window); what it read is kept and used on {@code fx}.
 * Until the first read is in, routines show as written.
 */
public final class PlanLevels implements Levels {

    private final ProgressPlanStore store;
    private final Supplier<Instant> clock;
    private final Executor io;
    private final Executor fx;
    /** The plan last read or saved; {@code null} until the first read is in. Used on the FX thread only. */
    private ProgressPlan plan;
    /** Counts reads, so that an older read finishing late never replaces a newer one. */
    private long reads;

    public PlanLevels(ProgressPlanStore store, Supplier<Instant> clock, Executor io, Executor fx) {
        this.store = store;
        this.clock = clock;
        this.io = io;
        this.fx = fx;
    }

    /** Reads the plan again on io (after the coach or the player changed it), then runs {@code read} on fx. */
    public void reload(Runnable read) {
        long read0 = ++reads;
        io.execute(() -> {
            ProgressPlan loaded = store.load();
            fx.execute(() -> {
                if (read0 == reads) {
                    plan = loaded;
                }
                read.run();
            });
        });
    }

    @Override
    public PlayOptions options(Routine routine) {
        return plan == null ? PlayOptions.defaults() : plan.playOptions(routine, PlayOptions.defaults());
    }

    @Override
    public void choose(Routine routine, String exercise, String level, Consumer<Phrase> saved) {
        Instant at = clock.get();
        if (plan != null) {
            // Shown at once; the file follows.
            plan = plan.withChosenLevel(routine.id(), exercise, level, at);
        }
        long read0 = ++reads;
        io.execute(() -> {
            // Read, change and write the file in one go on io: it is the truth (the coach may have changed it).
            ProgressPlan changed = store.load().withChosenLevel(routine.id(), exercise, level, at);
            Phrase problem = store.save(changed);
            fx.execute(() -> {
                if (read0 == reads) {
                    plan = changed;
                }
                saved.accept(problem);
            });
        });
    }
}
