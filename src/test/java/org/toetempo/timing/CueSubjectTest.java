package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Cues carry the exercise's name and level and the part of the foot that moves, so no consumer reads the routine. */
class CueSubjectTest {

    @Test
    void everyCueOfEveryBuiltInRoutineCarriesItsStepsExerciseLevelAndMovingPart() {
        List<String> wrong = new ArrayList<>();
        for (Routine routine : Routines.allBuiltIn()) {
            Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());
            // The phases of a rep are cued in the order the step lists them.
            int phaseInRep = 0;
            for (Cue cue : schedule.cues()) {
                if (cue.exercise() == null) {
                    if (cue.exerciseName() != null || cue.level() != null || cue.part() != null) {
                        wrong.add(routine.id() + ": " + cue);
                    }
                    continue;
                }
                ScheduledStep step = schedule.steps().get(cue.step());
                FootPart expected = step.exercise().figure();
                if (cue.type() == CueType.PHASE || cue.type() == CueType.HOLD_START) {
                    Phase phase = StepLayout.phasesOf(step.step(), step.exercise(), step.level()).get(phaseInRep++);
                    expected = phase.part() != null ? phase.part() : expected;
                } else if (cue.type() == CueType.REP_COMPLETE) {
                    phaseInRep = 0;
                }
                if (cue.type() == CueType.COUNTDOWN) {
                    expected = cue.part();
                }
                if (!step.exercise().id().equals(cue.exercise()) || !step.exercise().name().equals(cue.exerciseName())
                        || !Objects.equals(step.level(), cue.level()) || cue.part() == null || expected != cue.part()) {
                    wrong.add(routine.id() + ": " + cue + " expected part " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void twoStepsOfOneExerciseWithTheSameWordCarryTheirOwnParts() {
        Routine routine = Routines.of("{\"bpm\": 60}", "", """
                {"exercise": "toe-fan", "side": "both", "sets": 1, "reps": 1,
                 "phases": [{"action": "lift", "beats": 1, "cue": "up", "part": "big-toe"},
                            {"action": "lower", "beats": 1, "cue": "down"}]},
                {"exercise": "toe-fan", "side": "both", "sets": 1, "reps": 1,
                 "phases": [{"action": "lift", "beats": 1, "cue": "up", "part": "lesser-toes"},
                            {"action": "lower", "beats": 1, "cue": "down"}]}
                """);
        List<FootPart> lifts = Schedule.compile(routine, PlayOptions.defaults()).cues().stream()
                .filter(c -> c.type() == CueType.PHASE).map(Cue::part).toList();
        assertThat(lifts).containsExactly(FootPart.BIG_TOE, FootPart.TOE_SPREAD, FootPart.LESSER_TOES, FootPart.TOE_SPREAD);
    }
}
