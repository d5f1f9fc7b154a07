package org.toetempo.editor;

import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.TempoOverride;
import org.toetempo.text.Phrase;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits of one step of a block and of its phases, as {@link Edits} describes them (indices 0-based: {@code b} a
 * block, {@code s} a step in it, {@code p} a phase of the step).
 */
public final class StepEdits {

    private StepEdits() {
    }

    public static Edit addStep(int b, int at, Step step) {
        return Edit.of(Phrase.phrase("undo.add-step"), r -> EditSupport.withBlock(r, b, x -> BlockBuilder.from(x).steps(EditSupport.insert(x.steps(), at, step)).build()));
    }

    /** Adds the exercise as a new step (one set of 10 reps, right then left), with the exercise in the routine. */
    public static Edit addStep(int b, int at, Exercise exercise) {
        Step step = StepBuilder.of(exercise.id()).build();
        return Edit.of(Phrase.phrase("undo.add-exercise", exercise.name()), r -> EditSupport.withBlock(EditSupport.withExercise(r, exercise), b,
                x -> BlockBuilder.from(x).steps(EditSupport.insert(x.steps(), at, step)).build()));
    }

    public static Edit removeStep(int b, int s) {
        return Edit.of(Phrase.phrase("undo.remove-step"), r -> EditSupport.withBlock(r, b, x -> BlockBuilder.from(x).steps(EditSupport.remove(x.steps(), s)).build()));
    }

    /** Moves a step within its block or to another one; {@code toStep} counts in the target block as it is after the step left. */
    public static Edit moveStep(int b, int s, int toBlock, int toStep) {
        return Edit.of(Phrase.phrase("undo.move-step"), r -> {
            Step step = EditSupport.list(r.blocks()).get(b).steps().get(s);
            Routine without = EditSupport.withBlock(r, b, x -> BlockBuilder.from(x).steps(EditSupport.remove(x.steps(), s)).build());
            return EditSupport.withBlock(without, toBlock, x -> BlockBuilder.from(x).steps(EditSupport.insert(x.steps(), toStep, step)).build());
        });
    }

    /** A copy of the step, right after it. */
    public static Edit duplicateStep(int b, int s) {
        return Edit.of(Phrase.phrase("undo.duplicate-step"), r -> EditSupport.withBlock(r, b,
                x -> BlockBuilder.from(x).steps(EditSupport.insert(x.steps(), s + 1, x.steps().get(s))).build()));
    }

    public static Edit replaceStep(int b, int s, Step step) {
        return step(Phrase.phrase("undo.change-step"), b, s, null, x -> step);
    }

    /**
     * Another exercise for the step (and into the routine's exercises, if new to it). Its level and only_at_level
     * stay if the new exercise has them, else go back to the default; its own phases and cues, written for the
     * old exercise, are dropped in favour of the new exercise's.
     */
    public static Edit setStepExercise(int b, int s, Exercise exercise) {
        return Edit.of(Phrase.phrase("undo.change-exercise"), r -> EditSupport.withStep(EditSupport.withExercise(r, exercise), b, s, x -> StepBuilder.from(x)
                .exercise(exercise.id())
                .level(x.level() != null && exercise.levelIndex(x.level()) >= 0 ? x.level() : null)
                .onlyAtLevel(x.onlyAtLevel() != null && exercise.levelIndex(x.onlyAtLevel()) >= 0 ? x.onlyAtLevel() : null)
                .phases(null)
                .cues(null)
                .build()));
    }

    public static Edit setStepTitle(int b, int s, String title) {
        return step(Phrase.phrase("undo.change-step-title"), b, s, "title", x -> StepBuilder.from(x).title(EditSupport.optional(title)).build());
    }

    /** The level of the exercise, or {@code null} for its default. */
    public static Edit setStepLevel(int b, int s, String level) {
        return step(Phrase.phrase("undo.change-level"), b, s, "level", x -> StepBuilder.from(x).level(EditSupport.optional(level)).build());
    }

    /** Play the step only at this level or beyond, or {@code null} always. */
    public static Edit setStepOnlyAtLevel(int b, int s, String level) {
        return step(Phrase.phrase("undo.change-only-at-level"), b, s, "only_at_level", x -> StepBuilder.from(x).onlyAtLevel(EditSupport.optional(level)).build());
    }

    public static Edit setStepSide(int b, int s, Side side) {
        return step(Phrase.phrase("undo.change-side"), b, s, "side", x -> StepBuilder.from(x).side(side).build());
    }

    public static Edit setStepSets(int b, int s, int sets) {
        return step(Phrase.phrase("undo.change-sets"), b, s, "sets", x -> StepBuilder.from(x).sets(sets).build());
    }

    /** Reps per set (and no longer for_seconds). */
    public static Edit setStepReps(int b, int s, int reps) {
        return step(Phrase.phrase("undo.change-reps"), b, s, "reps", x -> StepBuilder.from(x).reps(reps).build());
    }

    /** Seconds per set (and no longer reps). */
    public static Edit setStepForSeconds(int b, int s, double seconds) {
        return step(Phrase.phrase("undo.change-time"), b, s, "for_seconds", x -> StepBuilder.from(x).forSeconds(seconds).build());
    }

    /** The step's own phases, or {@code null} for the level's or exercise's. */
    public static Edit setStepPhases(int b, int s, List<Phase> phases) {
        return step(Phrase.phrase("undo.change-phases"), b, s, "phases", x -> StepBuilder.from(x).phases(phases).build());
    }

    /** Changes one phase; a step still using its exercise's phases gets its own copy of them first. */
    public static Edit setPhase(int b, int s, int p, Phase phase) {
        return Edit.of(Phrase.phrase("undo.change-phase"), FieldPaths.phase(b, s, p), r -> EditSupport.withStep(r, b, s,
                x -> StepBuilder.from(x).phases(EditSupport.set(EditSupport.phasesOf(r, x), p, phase)).build()));
    }

    public static Edit addPhase(int b, int s, int at, Phase phase) {
        return Edit.of(Phrase.phrase("undo.add-phase"), r -> EditSupport.withStep(r, b, s,
                x -> StepBuilder.from(x).phases(EditSupport.insert(EditSupport.phasesOf(r, x), at, phase)).build()));
    }

    public static Edit removePhase(int b, int s, int p) {
        return Edit.of(Phrase.phrase("undo.remove-phase"), r -> EditSupport.withStep(r, b, s,
                x -> StepBuilder.from(x).phases(EditSupport.remove(EditSupport.phasesOf(r, x), p)).build()));
    }

    public static Edit movePhase(int b, int s, int from, int to) {
        return Edit.of(Phrase.phrase("undo.move-phase"), r -> EditSupport.withStep(r, b, s,
                x -> StepBuilder.from(x).phases(EditSupport.move(EditSupport.phasesOf(r, x), from, to)).build()));
    }

    public static Edit setStepRestBetweenSets(int b, int s, double seconds) {
        return step(Phrase.phrase("undo.change-rest-between-sets"), b, s, "rest_between_sets_s",
                x -> StepBuilder.from(x).restBetweenSetsSeconds(seconds).build());
    }

    public static Edit setStepRestAfter(int b, int s, double seconds) {
        return step(Phrase.phrase("undo.change-rest-after-step"), b, s, "rest_after_s", x -> StepBuilder.from(x).restAfterSeconds(seconds).build());
    }

    /** The step's whole tempo override, or {@code null} to follow the block's. */
    public static Edit setStepTempo(int b, int s, TempoOverride tempo) {
        return step(Phrase.phrase("undo.change-step-tempo"), b, s, "tempo", x -> StepBuilder.from(x).tempo(EditSupport.emptyToNull(tempo)).build());
    }

    /** The step's own BPM, or {@code null} for the block's. */
    public static Edit setStepBpm(int b, int s, Double bpm) {
        return step(Phrase.phrase("undo.change-step-tempo"), b, s, "tempo.bpm", x -> StepBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(bpm, o.minBpm(), o.maxBpm(), o.rampToBpm(), o.source())))
                .build());
    }

    /** The range the user may choose for this step, or {@code null}s for the block's. */
    public static Edit setStepBpmRange(int b, int s, Double minBpm, Double maxBpm) {
        return step(Phrase.phrase("undo.change-step-tempo-range"), b, s, "tempo.range", x -> StepBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(o.bpm(), minBpm, maxBpm, o.rampToBpm(), o.source())))
                .build());
    }

    /** The step's own coaching cues, or {@code null} for the exercise's. */
    public static Edit setStepCues(int b, int s, List<String> cues) {
        return step(Phrase.phrase("undo.change-cues"), b, s, "cues", x -> StepBuilder.from(x).cues(cues == null ? null : EditSupport.stripped(cues)).build());
    }

    public static Edit setStepPrompt(int b, int s, String prompt) {
        return step(Phrase.phrase("undo.change-prompt"), b, s, "prompt", x -> StepBuilder.from(x).prompt(EditSupport.optional(prompt)).build());
    }

    public static Edit setStepNote(int b, int s, String note) {
        return step(Phrase.phrase("undo.change-step-note"), b, s, "note", x -> StepBuilder.from(x).note(EditSupport.optional(note)).build());
    }

    public static Edit setStepOptional(int b, int s, boolean optional) {
        return step(optional ? Phrase.phrase("undo.make-step-optional") : Phrase.phrase("undo.make-step-required"), b, s, "optional",
                x -> StepBuilder.from(x).optional(optional).build());
    }

    private static Edit step(Phrase name, int b, int s, String key, UnaryOperator<Step> change) {
        String mergeKey = key == null ? null : FieldPaths.step(b, s) + "." + key;
        return Edit.of(name, mergeKey, r -> EditSupport.withStep(r, b, s, change));
    }
}
