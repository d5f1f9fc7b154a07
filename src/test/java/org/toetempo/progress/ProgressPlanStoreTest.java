package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.LONDON;
import static org.toetempo.history.Fixtures.routine;

class ProgressPlanStoreTest {

    @TempDir
    Path dir;

    private static ProgressPlan sample() {
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        ProgressPlan plan = ProgressPlan.EMPTY.startProgramme(routine("foot-core-12-week"), LocalDate.parse("2026-11-02"))
                .withMinimalistTransition(true);
        RoutinePlan toes = RoutinePlan.NONE.withBlockBpm(1, 120, at)
                .withExercise("single-big-toe-raise", new ExercisePlan("top-hold", -2, 3.5, Side.LEFT, true, false,
                        "standing", LocalDate.parse("2026-11-27"), at, at))
                .withExercise("toe-fan", ExercisePlan.NONE.withSkipped(true, at));
        return plan.with("musical-toes", toes);
    }

    @Test
    void thePlanIsSavedAtomicallyAndReadBackWhole() throws IOException {
        ProgressPlanStore store = new ProgressPlanStore(dir.resolve("progress.json"));
        ProgressPlan plan = sample();

        assertThat(store.save(plan)).isNull();

        assertThat(new ProgressPlanStore(dir.resolve("progress.json")).load()).isEqualTo(plan);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"extra_set\" : \"left\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("progress.json");
        }
    }

    @Test
    void aMissingFileIsAnEmptyPlanAndADamagedOneIsSetAside() throws IOException {
        ProgressPlanStore store = new ProgressPlanStore(dir.resolve("progress.json"));
        assertThat(store.load()).isEqualTo(ProgressPlan.EMPTY);
        assertThat(store.notice()).isNull();

        Files.writeString(dir.resolve("progress.json"), "{\"routines\": {\"x\": {\"programme_start\": \"soon\"}}}");
        assertThat(store.load()).isEqualTo(ProgressPlan.EMPTY);
        assertThat(store.notice().english()).contains("could not be read").contains("progress.json.damaged");
        assertThat(dir.resolve("progress.json.damaged")).exists();
    }

    @Test
    void theLevelsStageAndTemposGoToPlayOptionsWithinTheRoutinesRanges() {
        ProgressPlan plan = ProgressPlan.EMPTY.with("musical-toes", RoutinePlan.NONE
                .withBlockBpm(0, 300, Instant.EPOCH).withBlockBpm(7, 90, Instant.EPOCH)
                .withExercise("double-big-toe-raise", ExercisePlan.NONE.withLevel("seated", null, null, Instant.EPOCH))
                .withExercise("single-big-toe-raise", ExercisePlan.NONE.withLevel("no-such-level", null, null, Instant.EPOCH)));

        PlayOptions options = plan.playOptions(routine("musical-toes"), PlayOptions.defaults());

        assertThat(options.blockBpm()).as("clamped to the block's range; unknown blocks dropped").containsExactlyEntriesOf(
                Map.of(0, 80.0));
        assertThat(options.levels()).containsExactlyEntriesOf(Map.of("double-big-toe-raise", "seated"));
        assertThat(options.stage()).isNull();
        assertThat(ProgressPlan.EMPTY.playOptions(routine("foot-core-12-week"), PlayOptions.defaults()).stage()).isEqualTo("a");
    }

    @Test
    void unskippingBringsAnExerciseBack() {
        ProgressPlan plan = sample().unskip("musical-toes", "toe-fan", Instant.EPOCH);
        assertThat(plan.routine("musical-toes").exercise("toe-fan").skipped()).isFalse();
        assertThat(plan.accept(new Suggestion("id", "R4", Suggestion.Kind.STOP, "musical-toes", null, "t", "r",
                List.of(), List.of(new Change.LockImpact()), true), Instant.EPOCH, LONDON).impactLocked())
                .isTrue();
    }
}
