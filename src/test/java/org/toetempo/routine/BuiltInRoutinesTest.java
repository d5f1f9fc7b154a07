package org.toetempo.routine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The routines that ship with the app: all present, all valid, and faithful to the catalogue where it is exact. */
class BuiltInRoutinesTest {

    private final RoutineLibrary library = RoutineLibrary.load(new RoutineReader(Fixtures.LIBRARY), null);

    @Test
    void allTenCatalogueRoutinesLoadWithoutProblems() {
        assertThat(library.entries()).allSatisfy(entry ->
                assertThat(entry.result().problems()).as(entry.location()).isEmpty());
        assertThat(library.entries()).extracting(e -> e.routine().id()).containsExactlyInAnyOrder(
                "musical-toes", "toe-fan-routine", "great-toe-down-routine", "arch-doming",
                "single-leg-balance-routine", "sole-5-daily", "pre-run-foot-warmup", "post-run-foot-finisher",
                "foot-core-12-week", "early-rehab-seated");
    }

    @Test
    void theLibraryHoldsAllTwentyThreeCatalogueExercises() {
        assertThat(Fixtures.LIBRARY.ids()).containsExactlyInAnyOrder(
                "single-big-toe-raise", "single-lesser-toes-raise", "double-big-toe-raise", "double-lesser-toes-raise",
                "toe-yoga", "toe-fan", "great-toe-down", "rock-out", "heel-lift-forefoot-roll", "toe-grip-doming",
                "short-foot", "toe-spread-out", "toe-curl", "towel-curl", "marble-pickup", "big-toe-press",
                "tripod-press", "single-leg-balance", "single-leg-balance-rotation", "heel-raise",
                "plantar-fascia-stretch", "barefoot-texture-walk", "toe-mobility");
    }

    @Test
    void shortFootClimbsSeatedStandingOneLegThenHops() {
        Exercise shortFoot = Fixtures.LIBRARY.find("short-foot").orElseThrow();

        assertThat(shortFoot.levels()).extracting(Level::id)
                .containsExactly("assisted", "seated", "standing", "one-leg", "dynamic");
        assertThat(shortFoot.defaultLevel()).isEqualTo("seated");
        assertThat(shortFoot.figure()).isEqualTo(FootPart.ARCH);
    }

    @Test
    void musicalToesFollowsItsSeedExactly() {
        Routine routine = library.find("musical-toes").orElseThrow();

        assertThat(routine.frequency()).isEqualTo(new Frequency(2, Period.WEEK, routine.frequency().note()));
        assertThat(routine.blocks()).extracting(Block::name).containsExactly("Slow", "Fast", "To a song");
        List<String> order = List.of("single-big-toe-raise/RIGHT", "single-big-toe-raise/LEFT",
                "single-lesser-toes-raise/RIGHT", "single-lesser-toes-raise/LEFT",
                "double-big-toe-raise/BOTH", "double-lesser-toes-raise/BOTH");
        for (Block block : routine.blocks()) {
            assertThat(block.steps()).extracting(s -> s.exercise() + "/" + s.side()).as(block.name()).isEqualTo(order);
        }
        Block slow = routine.blocks().get(0);
        assertThat(routine.tempo().with(slow.tempo()).bpm()).isEqualTo(60);
        assertThat(slow.steps()).allSatisfy(step -> assertThat(step.phases()).extracting(Phase::beats).containsExactly(2, 2));
        Block fast = routine.blocks().get(1);
        assertThat(routine.tempo().with(fast.tempo()).bpm()).isBetween(100.0, 120.0);
        assertThat(fast.steps()).allSatisfy(step -> assertThat(step.phases()).isNull());
        Block song = routine.blocks().get(2);
        assertThat(routine.tempo().with(song.tempo()).source()).isEqualTo(TempoSource.SONG);
        assertThat(song.repeat().untilSongEnds()).isTrue();
        assertThat(routine.tempo().halfTimeAboveBpm()).isEqualTo(120);
        assertThat(slow.steps().get(1).prompt()).contains("compare");
        assertThat(slow.steps().get(5).prompt()).contains("easier");
    }

    @Test
    void everyStepReferencesALevelItsExerciseHas() {
        for (RoutineLibrary.Entry entry : library.entries()) {
            Routine routine = entry.routine();
            for (Block block : routine.blocks()) {
                for (Step step : block.steps()) {
                    Exercise exercise = routine.exercise(step.exercise());
                    if (step.level() != null) {
                        assertThat(exercise.levelIndex(step.level())).as(routine.id() + " " + step.exercise()).isNotNegative();
                    }
                    assertThat(Wording.phasesOf(step, exercise)).isNotEmpty();
                }
            }
        }
    }
}
