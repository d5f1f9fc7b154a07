package org.toetempo.editor;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.toetempo.routine.Action;
import org.toetempo.routine.Audience;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Repeat;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.TempoSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.toetempo.editor.EditorFixtures.editing;
import static org.toetempo.editor.EditorFixtures.exercise;

/** Every edit: it changes what it says, undo restores the routine exactly, redo brings the change back. */
class EditsTest {

    private record Case(String name, String routine, Edit edit, Predicate<Routine> check, boolean staysValid) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void valid(String name, Edit edit, Predicate<Routine> check) {
        CASES.add(new Case(name, "musical-toes", edit, check, true));
    }

    private static void programme(String name, Edit edit, Predicate<Routine> check, boolean staysValid) {
        CASES.add(new Case(name, "foot-core-12-week", edit, check, staysValid));
    }

    private static Step step(Routine r, int b, int s) {
        return r.blocks().get(b).steps().get(s);
    }

    static {
        // metadata
        valid("setId", Edits.setId("toes-for-ann"), r -> r.id().equals("toes-for-ann"));
        valid("setName", Edits.setName("  Toes for Ann "), r -> r.name().equals("Toes for Ann"));
        valid("setSummary", Edits.setSummary("Short."), r -> r.summary().equals("Short."));
        valid("setPurpose", Edits.setPurpose("For Ann's left foot."), r -> r.purpose().equals("For Ann's left foot."));
        valid("setAudience", Edits.setAudience(List.of(Audience.REHAB)), r -> r.audience().equals(List.of(Audience.REHAB)));
        valid("setDifficulty", Edits.setDifficulty(Difficulty.CHALLENGING), r -> r.difficulty() == Difficulty.CHALLENGING);
        valid("setDuration", Edits.setDuration(5, 0.5), r -> r.duration().minutes() == 5 && r.duration().toleranceMinutes() == 0.5);
        valid("setFrequency", Edits.setFrequency(1, Period.DAY, "Every morning"),
                r -> r.frequency().times() == 1 && r.frequency().per() == Period.DAY && r.frequency().note().equals("Every morning"));
        valid("setSetup", Edits.setSetup("Sit on a chair."), r -> r.setup().equals("Sit on a chair."));
        valid("setSetup blank removes it", Edits.setSetup("   "), r -> r.setup() == null);
        valid("setTexts", Edits.setTexts(Edits.TextList.SAFETY, List.of(" Stop if it hurts. ")),
                r -> r.safety().equals(List.of("Stop if it hurts.")));
        valid("setText", Edits.setText(Edits.TextList.SAFETY, 0, "Stop at once if it hurts."),
                r -> r.safety().get(0).equals("Stop at once if it hurts."));
        valid("addText", Edits.addText(Edits.TextList.EQUIPMENT, 0, "Chair"), r -> r.equipment().equals(List.of("Chair")));
        valid("removeText", Edits.removeText(Edits.TextList.NOTES, 0), r -> r.notes().size() == 1);
        valid("moveText", Edits.moveText(Edits.TextList.CREDITS, 0, 1), r -> r.credits().get(1).startsWith("Routine structure"));
        // the routine's tempo
        valid("setTempo", Edits.setTempo(new Tempo(50, 30, 100, 0, TempoSource.METRONOME, 2, 3, 100)),
                r -> r.tempo().bpm() == 50 && r.tempo().countInBeats() == 2);
        valid("setBpm", Edits.setBpm(50), r -> r.tempo().bpm() == 50);
        valid("setBpmRange", Edits.setBpmRange(30, 120), r -> r.tempo().minBpm() == 30 && r.tempo().maxBpm() == 120);
        valid("setRamp", Edits.setRamp(90), r -> r.tempo().rampToBpm() == 90);
        valid("setTempoSource", Edits.setTempoSource(TempoSource.SONG), r -> r.tempo().source() == TempoSource.SONG);
        valid("setCountIn", Edits.setCountIn(2), r -> r.tempo().countInBeats() == 2);
        valid("setBeatsPerBar", Edits.setBeatsPerBar(3), r -> r.tempo().beatsPerBar() == 3);
        valid("setHalfTimeAbove", Edits.setHalfTimeAbove(110), r -> r.tempo().halfTimeAboveBpm() == 110);
        // blocks
        valid("addBlock", Edits.addBlock(3, BlockBuilder.named("Cool-down")
                        .steps(List.of(StepBuilder.of("single-big-toe-raise").build())).build()),
                r -> r.blocks().size() == 4 && r.blocks().get(3).name().equals("Cool-down"));
        valid("removeBlock", Edits.removeBlock(2), r -> r.blocks().size() == 2);
        valid("moveBlock", Edits.moveBlock(2, 0), r -> r.blocks().get(0).name().equals("To a song"));
        valid("duplicateBlock", Edits.duplicateBlock(0), r -> r.blocks().size() == 4 && r.blocks().get(1).name().equals("Slow"));
        valid("setBlockName", Edits.setBlockName(0, "Very slow"), r -> r.blocks().get(0).name().equals("Very slow"));
        valid("setBlockTempo", Edits.setBlockTempo(0, null), r -> r.blocks().get(0).tempo() == null);
        valid("setBlockBpm", Edits.setBlockBpm(0, 50.0), r -> r.blocks().get(0).tempo().bpm() == 50);
        valid("setBlockBpmRange", Edits.setBlockBpmRange(0, 30.0, 90.0),
                r -> r.blocks().get(0).tempo().minBpm() == 30 && r.blocks().get(0).tempo().maxBpm() == 90);
        valid("setBlockRamp", Edits.setBlockRamp(0, 70.0), r -> r.blocks().get(0).tempo().rampToBpm() == 70);
        valid("setBlockTempoSource", Edits.setBlockTempoSource(0, TempoSource.SONG),
                r -> r.blocks().get(0).tempo().source() == TempoSource.SONG);
        valid("setBlockRepeat", Edits.setBlockRepeat(0, new Repeat(90, false)), r -> r.blocks().get(0).repeat().seconds() == 90);
        valid("setBlockRepeat none", Edits.setBlockRepeat(2, null), r -> r.blocks().get(2).repeat() == null);
        valid("setBlockRestAfter", Edits.setBlockRestAfter(0, 45), r -> r.blocks().get(0).restAfterSeconds() == 45);
        valid("setBlockNote", Edits.setBlockNote(0, "Slowly."), r -> r.blocks().get(0).note().equals("Slowly."));
        // steps
        valid("addStep", StepEdits.addStep(0, 0, StepBuilder.of("single-big-toe-raise").side(Side.LEFT).reps(5).build()),
                r -> r.blocks().get(0).steps().size() == 7 && step(r, 0, 0).reps() == 5);
        valid("addStep with a new exercise", StepEdits.addStep(0, 6, exercise("marble-pickup")),
                r -> step(r, 0, 6).exercise().equals("marble-pickup") && r.exercises().containsKey("marble-pickup"));
        valid("removeStep", StepEdits.removeStep(0, 0), r -> r.blocks().get(0).steps().size() == 5);
        valid("moveStep", StepEdits.moveStep(0, 4, 0, 0), r -> step(r, 0, 0).exercise().equals("double-big-toe-raise"));
        valid("moveStep to another block", StepEdits.moveStep(0, 4, 1, 0),
                r -> r.blocks().get(0).steps().size() == 5 && r.blocks().get(1).steps().size() == 7
                        && step(r, 1, 0).exercise().equals("double-big-toe-raise"));
        valid("duplicateStep", StepEdits.duplicateStep(0, 1), r -> r.blocks().get(0).steps().size() == 7
                && step(r, 0, 2).equals(step(r, 0, 1)));
        valid("replaceStep", StepEdits.replaceStep(0, 0, StepBuilder.of("toe-fan").side(Side.BOTH).build()),
                r -> step(r, 0, 0).exercise().equals("toe-fan") && r.exercises().containsKey("toe-fan"));
        valid("setStepExercise", StepEdits.setStepExercise(0, 0, exercise("toe-fan")),
                r -> step(r, 0, 0).exercise().equals("toe-fan") && step(r, 0, 0).phases() == null
                        && "standing".equals(step(r, 0, 0).level()) && r.exercises().containsKey("toe-fan"));
        valid("setStepTitle", StepEdits.setStepTitle(0, 0, "Right big toe"), r -> step(r, 0, 0).title().equals("Right big toe"));
        valid("setStepLevel", StepEdits.setStepLevel(0, 0, "seated"), r -> step(r, 0, 0).level().equals("seated"));
        valid("setStepOnlyAtLevel", StepEdits.setStepOnlyAtLevel(0, 0, "standing"), r -> step(r, 0, 0).onlyAtLevel().equals("standing"));
        valid("setStepSide", StepEdits.setStepSide(0, 0, Side.LEFT_THEN_RIGHT), r -> step(r, 0, 0).side() == Side.LEFT_THEN_RIGHT);
        valid("setStepSets", StepEdits.setStepSets(0, 0, 3), r -> step(r, 0, 0).sets() == 3);
        valid("setStepReps", StepEdits.setStepReps(0, 0, 6), r -> step(r, 0, 0).reps() == 6);
        valid("setStepForSeconds", StepEdits.setStepForSeconds(0, 0, 30), r -> step(r, 0, 0).forSeconds() == 30 && step(r, 0, 0).reps() == 0);
        valid("setStepPhases", StepEdits.setStepPhases(0, 0, null), r -> step(r, 0, 0).phases() == null);
        valid("setPhase", StepEdits.setPhase(0, 0, 1, new Phase(Action.LOWER, 3, 0, "slowly", null)),
                r -> step(r, 0, 0).phases().get(1).beats() == 3);
        valid("setPhase copies the exercise's phases first", StepEdits.setPhase(0, 4, 0, new Phase(Action.LIFT, 2, 0, "lift", null)),
                r -> step(r, 0, 4).phases().size() == 2 && step(r, 0, 4).phases().get(0).cue().equals("lift"));
        valid("addPhase", StepEdits.addPhase(0, 0, 1, new Phase(Action.HOLD, 0, 2, "hold", null)),
                r -> step(r, 0, 0).phases().size() == 3 && step(r, 0, 0).phases().get(1).seconds() == 2);
        valid("removePhase", StepEdits.removePhase(0, 0, 1), r -> step(r, 0, 0).phases().size() == 1);
        valid("movePhase", StepEdits.movePhase(0, 0, 0, 1), r -> step(r, 0, 0).phases().get(0).action() == Action.LOWER);
        valid("setStepRestBetweenSets", StepEdits.setStepRestBetweenSets(0, 0, 20), r -> step(r, 0, 0).restBetweenSetsSeconds() == 20);
        valid("setStepRestAfter", StepEdits.setStepRestAfter(0, 0, 15), r -> step(r, 0, 0).restAfterSeconds() == 15);
        valid("setStepTempo", StepEdits.setStepTempo(0, 0, new TempoOverride(55.0, null, null, null, null)),
                r -> step(r, 0, 0).tempo().bpm() == 55);
        valid("setStepBpm", StepEdits.setStepBpm(0, 0, 70.0), r -> step(r, 0, 0).tempo().bpm() == 70);
        valid("setStepBpmRange", StepEdits.setStepBpmRange(0, 0, 50.0, 70.0),
                r -> step(r, 0, 0).tempo().minBpm() == 50 && step(r, 0, 0).tempo().maxBpm() == 70);
        valid("setStepCues", StepEdits.setStepCues(0, 0, List.of("Slow and small")), r -> step(r, 0, 0).cues().equals(List.of("Slow and small")));
        valid("setStepPrompt", StepEdits.setStepPrompt(0, 0, "How was it?"), r -> step(r, 0, 0).prompt().equals("How was it?"));
        valid("setStepNote", StepEdits.setStepNote(0, 0, "Go slow."), r -> step(r, 0, 0).note().equals("Go slow."));
        valid("setStepOptional", StepEdits.setStepOptional(0, 0, true), r -> step(r, 0, 0).optional());
        // exercises and free-form
        valid("putExercise", ExerciseEdits.putExercise(ownExercise()), r -> r.exercises().containsKey("heel-walk"));
        valid("custom", Edits.custom("Reverse blocks", r -> RoutineBuilder.from(r)
                .blocks(List.of(r.blocks().get(2), r.blocks().get(1), r.blocks().get(0))).build()),
                r -> r.blocks().get(0).name().equals("To a song"));
        // a library exercise changed for this routine (it becomes the routine's own version)
        String toe = "single-big-toe-raise";
        valid("setExerciseName", ExerciseEdits.setExerciseName(toe, " Big Toe Lift "), r -> r.exercises().get(toe).name().equals("Big Toe Lift"));
        valid("setExerciseStart", ExerciseEdits.setExerciseStart(toe, "Stand tall."), r -> r.exercises().get(toe).start().equals("Stand tall."));
        valid("setExerciseSource", ExerciseEdits.setExerciseSource(toe, "A physio."), r -> r.exercises().get(toe).source().equals("A physio."));
        valid("setExerciseFigure", ExerciseEdits.setExerciseFigure(toe, FootPart.ALL_TOES), r -> r.exercises().get(toe).figure() == FootPart.ALL_TOES);
        valid("setExerciseTexts", ExerciseEdits.setExerciseTexts(toe, ExerciseEdits.ExerciseText.CUES, List.of(" Only the big toe ")),
                r -> r.exercises().get(toe).cues().equals(List.of("Only the big toe")));
        valid("setExercisePhases", ExerciseEdits.setExercisePhases(toe, List.of(new Phase(Action.LIFT, 2, 0, "up", null),
                        new Phase(Action.LOWER, 2, 0, "down", null))),
                r -> r.exercises().get(toe).phases().get(0).beats() == 2);
        valid("setExerciseLevels", ExerciseEdits.setExerciseLevels(toe, exercise(toe).levels().subList(2, 6)),
                r -> r.exercises().get(toe).levels().size() == 4 && r.exercises().get(toe).defaultLevel().equals("standing"));
        valid("setLevelId renames it in the steps", ExerciseEdits.setLevelId(toe, 3, "two-feet"),
                r -> r.exercises().get(toe).levels().get(3).id().equals("two-feet")
                        && r.exercises().get(toe).defaultLevel().equals("two-feet") && step(r, 0, 0).level().equals("two-feet"));
        valid("setLevelName", ExerciseEdits.setLevelName(toe, 3, "On two feet"), r -> r.exercises().get(toe).levels().get(3).name().equals("On two feet"));
        valid("setLevelHow", ExerciseEdits.setLevelHow(toe, 3, "Stand."), r -> r.exercises().get(toe).levels().get(3).how().equals("Stand."));
        valid("setLevelPhases", ExerciseEdits.setLevelPhases(toe, 3, List.of(new Phase(Action.LIFT, 1, 0, "up", null),
                        new Phase(Action.HOLD, 0, 3, "hold", null), new Phase(Action.LOWER, 1, 0, "down", null))),
                r -> r.exercises().get(toe).levels().get(3).phases().size() == 3);
        valid("setExerciseDefaultLevel", ExerciseEdits.setExerciseDefaultLevel(toe, "seated"),
                r -> r.exercises().get(toe).defaultLevel().equals("seated"));
        valid("renameExercise", ExerciseEdits.renameExercise(toe, "big-toe-lift"),
                r -> !r.exercises().containsKey(toe) && r.exercises().get("big-toe-lift").id().equals("big-toe-lift")
                        && step(r, 0, 0).exercise().equals("big-toe-lift"));
        // stages
        programme("addStage", Edits.addStage(4, new Stage("e", "Stage E", 13, 16, null, "Keep going.")),
                r -> r.stages().size() == 5, true);
        valid("addStage, the first, takes every block", Edits.addStage(0, new Stage("only", "Only stage", 1, 4, null, null)),
                r -> r.stages().size() == 1 && r.blocks().stream().allMatch(b -> b.stage().equals("only")));
        programme("setStageId renames its blocks' stage", Edits.setStageId(1, "standing"),
                r -> r.stages().get(1).id().equals("standing") && r.blocks().stream().anyMatch(b -> "standing".equals(b.stage()))
                        && r.blocks().stream().noneMatch(b -> "b".equals(b.stage())), true);
        programme("setStageName", Edits.setStageName(0, "Seated"), r -> r.stages().get(0).name().equals("Seated"), true);
        programme("setStageWeeks", Edits.setStageWeeks(3, 9, 16), r -> r.stages().get(3).toWeek() == 16, true);
        programme("setStageFrequency", Edits.setStageFrequency(0, new Frequency(5, Period.WEEK, "Short days")),
                r -> r.stages().get(0).frequency().times() == 5 && r.stages().get(0).frequency().note().equals("Short days"), true);
        programme("setStageFrequency none", Edits.setStageFrequency(0, null), r -> r.stages().get(0).frequency() == null, true);
        programme("setStageNote", Edits.setStageNote(0, "Sit."), r -> r.stages().get(0).note().equals("Sit."), true);
        programme("removeStage", Edits.removeStage(3), r -> r.stages().size() == 3, false);
        programme("moveStage", Edits.moveStage(0, 1), r -> r.stages().get(1).id().equals("a"), true);
        programme("setStage renames its blocks' stage", Edits.setStage(0, new Stage("seated", "Seated", 1, 2, null, null)),
                r -> r.stages().get(0).id().equals("seated") && r.blocks().get(0).stage().equals("seated"), true);
        programme("setBlockStage", Edits.setBlockStage(0, "b"), r -> r.blocks().get(0).stage().equals("b"), true);
    }

    static Exercise ownExercise() {
        Exercise base = exercise("heel-raise");
        return new Exercise("heel-walk", "Heel Walk", List.of(), "Stand tall.", List.of("Walk on your heels."),
                List.of("Toes up"), List.of(), List.of(), List.of(), base.figure(),
                List.of(new Phase(Action.STEP, 1, 0, "step", null)), List.of(), null, List.of(), null);
    }

    @TestFactory
    Stream<DynamicTest> everyEditChangesTheRoutineAndUndoRestoresIt() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            EditableRoutine editor = editing(c.routine());
            Routine before = editor.routine();

            assertThat(editor.execute(c.edit())).isTrue();
            Routine after = editor.routine();
            assertThat(after).isNotEqualTo(before);
            assertThat(c.check().test(after)).as("the edit did what it says").isTrue();
            assertThat(editor.dirty()).isTrue();
            assertThat(editor.undoName()).hasValue(c.edit().name());
            assertThat(editor.validation().ok()).as(editor.validation().lines().toString()).isEqualTo(c.staysValid());
            if (c.staysValid()) {
                assertThat(editor.valid()).as("saved and loaded again, every field is kept").hasValue(after);
            }

            assertThat(editor.undo()).isTrue();
            assertThat(editor.routine()).isEqualTo(before);
            assertThat(editor.dirty()).isFalse();
            assertThat(editor.validation().ok()).isTrue();

            assertThat(editor.redo()).isTrue();
            assertThat(editor.routine()).isEqualTo(after);
            assertThat(editor.dirty()).isTrue();
        }));
    }

    @Test
    void everyPublicEditFactoryIsCovered() {
        List<String> factories = Stream.of(Edits.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Edit.class)
                .map(Method::getName).distinct().toList();
        List<String> covered = CASES.stream().map(c -> c.name().split(" ")[0]).toList();
        assertThat(covered).containsAll(factories.stream().filter(f -> !f.equals("removeExercise")).toList());
    }

    @Test
    void removingAnOwnExerciseAndUndoingIt() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(ExerciseEdits.putExercise(ownExercise()));
        Routine before = editor.routine();
        editor.execute(StepEdits.addStep(0, 0, StepBuilder.of("heel-walk").side(Side.BOTH).reps(10).build()));
        assertThat(editor.validation().ok()).isTrue();

        editor.execute(ExerciseEdits.removeExercise("heel-walk"));

        assertThat(editor.routine().exercises()).doesNotContainKey("heel-walk");
        assertThat(editor.validation().at(FieldPaths.step(0, 0, "exercise")))
                .singleElement().asString().startsWith("unknown exercise 'heel-walk'");
        editor.undo();
        editor.undo();
        assertThat(editor.routine()).isEqualTo(before);
        assertThatThrownBy(() -> editor.execute(ExerciseEdits.removeExercise("no-such"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingTheLastStageMakesTheRoutineAPlainOneAgain() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(Edits.addStage(0, new Stage("a", "Stage A", 1, 4, null, null)));
        editor.execute(Edits.removeStage(0));

        assertThat(editor.routine().stages()).isEmpty();
        assertThat(editor.routine().blocks()).allSatisfy(b -> assertThat(b.stage()).isNull());
        assertThat(editor.valid()).hasValue(editor.routine());
    }

    @Test
    void aStageRemovedWhileBlocksNameItIsExplainedOnTheirStage() {
        EditableRoutine editor = editing("foot-core-12-week");
        int block = 0;
        String stage = editor.routine().blocks().get(block).stage();
        int index = editor.routine().stages().stream().map(Stage::id).toList().indexOf(stage);

        editor.execute(Edits.removeStage(index));

        assertThat(editor.validation().at(FieldPaths.block(block, "stage")))
                .singleElement().asString().startsWith("unknown stage '" + stage + "'");
    }

    @Test
    void anExerciseCannotTakeTheIdOfAnotherOfTheRoutine() {
        EditableRoutine editor = editing("musical-toes");
        Routine before = editor.routine();

        assertThatThrownBy(() -> editor.execute(ExerciseEdits.renameExercise("single-big-toe-raise", "single-lesser-toes-raise")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'single-lesser-toes-raise'");
        assertThat(editor.routine()).isSameAs(before);
    }

    @Test
    void anExerciseFieldLeftEmptyIsExplainedOnThatField() {
        EditableRoutine editor = editing("musical-toes");
        editor.execute(ExerciseEdits.setExerciseName("single-big-toe-raise", ""));
        editor.execute(ExerciseEdits.setExerciseTexts("single-big-toe-raise", ExerciseEdits.ExerciseText.INSTRUCTIONS, List.of()));

        String at = FieldPaths.exercise("single-big-toe-raise");
        assertThat(editor.validation().at(at + ".name")).singleElement().asString().isEqualTo("name must not be empty");
        assertThat(editor.validation().at(at + ".instructions")).singleElement().asString().contains("at least 1");
    }

    @Test
    void anEditOfAStepThatIsNotThereFailsAndChangesNothing() {
        EditableRoutine editor = editing("musical-toes");
        Routine before = editor.routine();

        assertThatThrownBy(() -> editor.execute(StepEdits.setStepReps(0, 99, 5))).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> editor.execute(Edits.removeBlock(7))).isInstanceOf(IndexOutOfBoundsException.class);

        assertThat(editor.routine()).isSameAs(before);
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.dirty()).isFalse();
    }

    @Test
    void anEditToTheSameValueIsNoUndoStep() {
        EditableRoutine editor = editing("musical-toes");
        assertThat(editor.execute(Edits.setName("Musical Toes"))).isFalse();
        assertThat(editor.execute(StepEdits.setStepReps(0, 0, 10))).isFalse();
        assertThat(editor.canUndo()).isFalse();
    }

    @Test
    void aLibraryExerciseNoLongerUsedLeavesTheRoutine() {
        EditableRoutine editor = editing("post-run-foot-finisher");
        Step first = editor.routine().blocks().get(0).steps().get(0);
        long uses = editor.routine().blocks().get(0).steps().stream().filter(s -> s.exercise().equals(first.exercise())).count();
        assertThat(uses).isEqualTo(1);

        editor.execute(StepEdits.setStepExercise(0, 0, exercise("marble-pickup")));

        assertThat(editor.routine().exercises()).doesNotContainKey(first.exercise()).containsKey("marble-pickup");
        assertThat(editor.valid()).hasValue(editor.routine());
    }
}
