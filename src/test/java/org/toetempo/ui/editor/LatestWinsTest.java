package org.toetempo.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Background work for typing: only the latest request's result is applied, on the UI executor. */
class LatestWinsTest {

    /** An executor that only queues: the test decides when each task runs. */
    static final class Queued implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runNext() {
            tasks.remove().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                runNext();
            }
        }
    }

    @Test
    void theResultIsAppliedOnTheUiExecutorNotInTheBackground() {
        Queued background = new Queued();
        Queued ui = new Queued();
        LatestWins latest = new LatestWins(background, ui);
        List<String> applied = new ArrayList<>();

        latest.submit(() -> "checked", applied::add);
        assertThat(latest.pending()).isTrue();
        background.runAll();
        assertThat(applied).isEmpty();
        assertThat(ui.tasks).hasSize(1);

        ui.runAll();
        assertThat(applied).containsExactly("checked");
        assertThat(latest.pending()).isFalse();
    }

    @Test
    void aRequestOvertakenBeforeItStartsIsNeverWorkedOn() {
        Queued background = new Queued();
        Queued ui = new Queued();
        LatestWins latest = new LatestWins(background, ui);
        AtomicInteger worked = new AtomicInteger();
        List<Integer> applied = new ArrayList<>();

        for (int keystroke = 1; keystroke <= 5; keystroke++) {
            int k = keystroke;
            latest.submit(() -> {
                worked.incrementAndGet();
                return k;
            }, applied::add);
        }
        background.runAll();
        ui.runAll();

        assertThat(worked.get()).isEqualTo(1);
        assertThat(applied).containsExactly(5);
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        Queued background = new Queued();
        Queued ui = new Queued();
        LatestWins latest = new LatestWins(background, ui);
        List<String> applied = new ArrayList<>();

        latest.submit(() -> "old", applied::add);
        background.runNext();              // "old" is worked out...
        latest.submit(() -> "new", applied::add); // ...while the user types on
        ui.runAll();                       // its result arrives first: dropped
        assertThat(applied).isEmpty();
        assertThat(latest.pending()).isTrue();

        background.runAll();
        ui.runAll();
        assertThat(applied).containsExactly("new");
        assertThat(latest.pending()).isFalse();
    }
}
