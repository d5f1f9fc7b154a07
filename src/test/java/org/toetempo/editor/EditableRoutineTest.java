package org.toetempo.editor;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Side;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;
import org.toetempo.timing.PlayOptions;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.editor.EditorFixtures.editing;

class EditableRoutineTest {

    @Test
    void validationGivesTheLoadersMessagesOnTheirFields() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(StepEdits.setStepReps(0, 2, 501));
        editor.execute(Edits.setBpm(300));
        editor.execute(Edits.setName(""));

        Validation v = editor.validation();

        assertThat(v.ok()).isFalse();
        assertThat(v.at(FieldPaths.step(0, 2, "reps"))).containsExactly("reps must be a whole number from 1 to 500, not 501");
        assertThat(v.at("$.tempo.bpm")).containsExactly("bpm must be a number from 20 to 240 beats per minute, not 300");
        assertThat(v.at(FieldPaths.field("name"))).containsExactly("name must not be empty");
        assertThat(v.within(FieldPaths.block(0))).hasSize(1);
        assertThat(v.lines()).allMatch(line -> line.startsWith("musical-toes.json:"));
        assertThat(editor.summary()).as("no summary while invalid").isEmpty();
    }

    @Test
    void missingRequiredFieldsArePlacedOnTheFieldsThemselves() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(Edits.custom("Clear", r -> RoutineBuilder.from(r).name(null).summary(null).build()));
        editor.execute(StepEdits.setStepSide(1, 0, null));

        Validation v = editor.validation();

        assertThat(v.at("$.name")).containsExactly("missing required field 'name'");
        assertThat(v.at("$.summary")).containsExactly("missing required field 'summary'");
        assertThat(v.at(FieldPaths.step(1, 0, "side"))).singleElement().asString().startsWith("missing required field 'side'");
        assertThat(v.problems()).extracting(p -> p.path()).contains("$", "$.blocks[1].steps[0]");
    }

    @Test
    void noDoseIsReportedOnTheRepsField() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(StepEdits.setStepReps(0, 2, 0));

        assertThat(editor.validation().at(FieldPaths.step(0, 2, "reps")))
                .containsExactly("missing the dose: give reps (a whole number from 1 to 500) or for_seconds");
    }

    @Test
    void anUnknownExerciseIsReportedWithASuggestion() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(StepEdits.replaceStep(0, 0, StepBuilder.of("toe-fann").build()));

        assertThat(editor.validation().at(FieldPaths.step(0, 0, "exercise"))).singleElement().asString()
                .startsWith("unknown exercise 'toe-fann' (did you mean 'toe-fan'?)");
    }

    @Test
    void theSummaryFollowsEveryEditAndTheChosenTempo() {
        EditableRoutine editor = editing("toe-fan-routine");
        Summary before = editor.summary().orElseThrow();
        assertThat(before.repsRight()).isPositive();
        assertThat(before.repsLeft()).isEqualTo(before.repsRight());

        editor.execute(StepEdits.setStepSide(0, 0, Side.RIGHT));
        assertThat(editor.summary().orElseThrow().repsLeft()).isEqualTo(before.repsLeft() - 4);
        editor.execute(StepEdits.setStepReps(0, 0, 8));
        Summary after = editor.summary().orElseThrow();
        assertThat(after.repsRight()).isEqualTo(before.repsRight() + 4);
        assertThat(after.totalNanos()).isGreaterThan(before.totalNanos());

        Summary slower = editor.summary(PlayOptions.defaults().withBpm(editor.routine().tempo().minBpm())).orElseThrow();
        assertThat(slower.totalNanos()).isGreaterThan(after.totalNanos());
        assertThat(after.duration()).matches("\\d+ min \\d\\d s");
    }

    @Test
    void aStepOnBothFeetCountsForEach() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(Edits.custom("One step", r -> RoutineBuilder.from(r).blocks(List.of(
                BlockBuilder.named("Only").steps(List.of(
                        StepBuilder.of("double-big-toe-raise").side(Side.BOTH).sets(2).reps(7).build())).build())).build()));

        Summary summary = editor.summary().orElseThrow();

        assertThat(summary.repsRight()).isEqualTo(14);
        assertThat(summary.repsLeft()).isEqualTo(14);
        assertThat(summary.steps()).isEqualTo(1);
    }

    @Test
    void listenersHearEditsUndoAndRedo() {
        EditableRoutine editor = editing("musical-toes");
        AtomicInteger heard = new AtomicInteger();
        editor.addListener(heard::incrementAndGet);

        editor.execute(StepEdits.setStepSets(0, 0, 2));
        editor.execute(StepEdits.setStepSets(0, 0, 2));
        editor.undo();
        editor.redo();

        assertThat(heard).hasValue(3);
    }

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        EditableRoutine editor = editing("musical-toes");
        for (String text : new String[] {"T", "To", "Toe", "Toes for Ann"}) {
            editor.execute(Edits.setName(text));
        }
        editor.execute(StepEdits.setStepReps(0, 0, 8));
        editor.execute(StepEdits.setStepReps(0, 0, 6));

        assertThat(editor.undoName().map(Phrase::english)).hasValue("Change reps");
        assertThat(editor.undoName().map(n -> n.in(Messages.of(Language.GERMAN)))).hasValue("Wiederholungen ändern");
        editor.undo();
        assertThat(editor.routine().blocks().get(0).steps().get(0).reps()).isEqualTo(10);
        editor.undo();
        assertThat(editor.routine().name()).isEqualTo("Musical Toes");
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void theJsonIsTheFileAsItWouldBeSaved() {
        EditableRoutine editor = editing("musical-toes");
        assertThat(editor.json()).startsWith("{\n  \"$schema\"").doesNotContain("\"exercises\"");
    }
}
