package org.toetempo.ui.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the levels read the progress file on the FX thread. Here io and fx are queues run by hand: nothing is
 * read or written until the io queue runs, and what it read is used only once the fx queue runs.
 */
class PlanLevelsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");

    @TempDir
    Path home;

    private final Queue<Runnable> io = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final Executor ioExecutor = io::add;
    private final Executor fxExecutor = fx::add;

    private static Routine archDoming() {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        return RoutineLibrary.readFile(reader, Path.of("routines/arch-doming.json")).routine();
    }

    private static void runAll(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void theFileIsReadOnIoAndItsLevelsUsedOnFx() {
        Routine routine = archDoming();
        ProgressPlanStore store = new ProgressPlanStore(home.resolve("progress.json"));
        assertThat(store.save(ProgressPlan.EMPTY.withChosenLevel(routine.id(), "short-foot", "standing", NOW))).isNull();
        PlanLevels levels = new PlanLevels(store, () -> NOW, ioExecutor, fxExecutor);
        List<String> told = new ArrayList<>();

        levels.reload(() -> told.add("read"));
        assertThat(levels.options(routine).levels()).as("nothing read on the calling thread").isEmpty();
        assertThat(io).hasSize(1);
        assertThat(fx).isEmpty();

        runAll(io);
        assertThat(levels.options(routine).levels()).as("read, but not yet handed to fx").isEmpty();
        runAll(fx);
        assertThat(told).containsExactly("read");
        assertThat(levels.options(routine).levels()).containsEntry("short-foot", "standing");
    }

    @Test
    void aChoiceShowsAtOnceAndIsWrittenOnIo() throws Exception {
        Routine routine = archDoming();
        Path file = home.resolve("progress.json");
        ProgressPlanStore store = new ProgressPlanStore(file);
        PlanLevels levels = new PlanLevels(store, () -> NOW, ioExecutor, fxExecutor);
        levels.reload(() -> { });
        runAll(io);
        runAll(fx);
        List<Phrase> problems = new ArrayList<>();

        levels.choose(routine, "short-foot", "one-leg", problems::add);
        assertThat(levels.options(routine).levels()).containsEntry("short-foot", "one-leg");
        assertThat(Files.exists(file)).as("not written on the calling thread").isFalse();

        runAll(io);
        assertThat(Files.exists(file)).isTrue();
        assertThat(problems).as("told on fx only").isEmpty();
        runAll(fx);
        assertThat(problems).containsExactly((Phrase) null);
        assertThat(new ProgressPlanStore(file).load().playOptions(routine,
                PlayOptions.defaults()).levels()).containsEntry("short-foot", "one-leg");
    }
}
