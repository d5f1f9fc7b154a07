package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a step's question stays up through its rest and the next lead-in, but never into the next block. */
class PromptBlockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void noBuiltInRoutineShowsAQuestionFromAnotherBlock() {
        int checked = 0;
        for (Routine routine : Routines.allBuiltIn()) {
            VirtualClock clock = new VirtualClock(SECOND);
            Session session = new Session(routine, PlayOptions.defaults(), clock);
            long start = clock.nanos();
            session.play();
            List<ScheduledStep> steps = session.schedule().steps();
            for (Segment segment : session.schedule().segments()) {
                clock.set(start + (segment.startNanos() + segment.endNanos()) / 2);
                Snapshot s = session.snapshot();
                if (s.prompt() == null || s.stepIndex() < 0) {
                    continue;
                }
                checked++;
                int block = steps.get(s.stepIndex()).block();
                boolean fromThisBlock = steps.stream().limit(s.stepIndex() + 1L)
                        .anyMatch(step -> step.block() == block && s.prompt().equals(step.step().prompt()));
                assertThat(fromThisBlock).as("%s at %d s: \"%s\" shown in block %d", routine.id(),
                        segment.startNanos() / SECOND, s.prompt(), block).isTrue();
            }
        }
        assertThat(checked).as("questions shown at all").isPositive();
    }
}
