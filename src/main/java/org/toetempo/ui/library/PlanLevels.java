package org.toetempo.ui.library;

import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.Routine;
import org.toetempo.timing.PlayOptions;

import java.time.Instant;
import java.util.function.Supplier;

/** The user's levels as the progress plan keeps them (read once, saved atomically by its store on each choice). */
public final class PlanLevels implements Levels {

    private final ProgressPlanStore store;
    private final Supplier<Instant> clock;
    private ProgressPlan plan;

    public PlanLevels(ProgressPlanStore store, Supplier<Instant> clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the plan again (after the coach or the player changed it). */
    public void reload() {
        plan = null;
    }

    @Override
    public PlayOptions options(Routine routine) {
        return plan().playOptions(routine, PlayOptions.defaults());
    }

    @Override
    public String choose(Routine routine, String exercise, String level) {
        plan = plan().withChosenLevel(routine.id(), exercise, level, clock.get());
        return store.save(plan);
    }

    private ProgressPlan plan() {
        if (plan == null) {
            plan = store.load();
        }
        return plan;
    }
}
