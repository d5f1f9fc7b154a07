package org.toetempo.handout;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import static org.assertj.core.api.Assertions.assertThat;

class HandoutContentTest {

    private static final RoutineLibrary BUILT_IN = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);

    @Test
    void aStepOnTheRightThenTheSameOnTheLeftIsOneItem() {
        Routine musical = BUILT_IN.find("musical-toes").orElseThrow();

        HandoutContent content = HandoutContent.of(musical, HandoutOptions.defaults());

        assertThat(content.sections()).hasSize(3);
        HandoutContent.Item first = content.sections().get(0).items().get(0);
        assertThat(first.dose()).isEqualTo("Right, then left · 10 reps");
        assertThat(first.prompt()).isEqualTo("How does the left big toe compare with the right?");
        assertThat(content.sections().get(0).items()).hasSize(4);
        assertThat(content.sections().stream().mapToInt(s -> s.items().size()).sum()).isEqualTo(12);
    }

    @Test
    void exerciseCautionsTheRoutineAlreadyCoversAreLeftOut() {
        assertThat(HandoutContent.similar("With a bunion, never force the big toe sideways.",
                "With a bunion, never force the big toe sideways; stop if the joint hurts.")).isTrue();
        assertThat(HandoutContent.similar("Stop if you feel sharp pain.", "Skip it during a gout flare.")).isFalse();

        Routine musical = BUILT_IN.find("musical-toes").orElseThrow();
        HandoutContent content = HandoutContent.of(musical, HandoutOptions.defaults());
        assertThat(content.safety()).startsWith(musical.safety().toArray(String[]::new));
        assertThat(content.safety().subList(musical.safety().size(), content.safety().size()))
                .allSatisfy(note -> assertThat(note).matches("[A-Z][^:]+: .+"));
    }

    @Test
    void theRepIsSpelledOut() {
        Routine arch = BUILT_IN.find("arch-doming").orElseThrow();
        HandoutContent content = HandoutContent.of(arch, HandoutOptions.defaults());
        assertThat(content.sections().get(0).items()).anySatisfy(item -> assertThat(item.rhythm()).contains("hold "));
    }
}
