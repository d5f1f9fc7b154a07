package org.toetempo.editor;

import org.toetempo.routine.Audience;
import org.toetempo.routine.Block;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.EstimatedDuration;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Level;
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
import org.toetempo.routine.Wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every edit the routine format allows, as {@link Edit}s for {@link EditableRoutine#execute(Edit)}.
 *
 * <p>Indices are 0-based: {@code b} a block, {@code s} a step in it, {@code p} a phase of the step. Texts are
 * stripped; an optional text that is blank is removed. Values are not checked here: a wrong one (0 reps, a tempo
 * out of range) is kept, and {@link EditableRoutine#validation()} says what is wrong with it, in the loader's words.
 * Only an index that is not there fails ({@link IndexOutOfBoundsException}), and then nothing changes.
 */
public final class Edits {

    private Edits() {
    }

    // ------------------------------------------------------------------ metadata

    /** The routine's id, which is also its file name. */
    public static Edit setId(String id) {
        return field("Change id", "id", r -> RoutineBuilder.from(r).id(required(id)).build());
    }

    public static Edit setName(String name) {
        return field("Change name", "name", r -> RoutineBuilder.from(r).name(required(name)).build());
    }

    public static Edit setSummary(String summary) {
        return field("Change summary", "summary", r -> RoutineBuilder.from(r).summary(required(summary)).build());
    }

    public static Edit setPurpose(String purpose) {
        return field("Change purpose", "purpose", r -> RoutineBuilder.from(r).purpose(required(purpose)).build());
    }

    public static Edit setAudience(List<Audience> audience) {
        return field("Change audience", "audience", r -> RoutineBuilder.from(r).audience(audience).build());
    }

    public static Edit setDifficulty(Difficulty difficulty) {
        return field("Change difficulty", "difficulty", r -> RoutineBuilder.from(r).difficulty(difficulty).build());
    }

    /** The estimated length at the default tempo, as the author states it (the summary gives the real one). */
    public static Edit setDuration(double minutes, double toleranceMinutes) {
        return field("Change duration", "duration",
                r -> RoutineBuilder.from(r).duration(new EstimatedDuration(minutes, toleranceMinutes)).build());
    }

    public static Edit setFrequency(int times, Period per, String note) {
        return field("Change frequency", "frequency",
                r -> RoutineBuilder.from(r).frequency(new Frequency(times, per, optional(note))).build());
    }

    public static Edit setSetup(String setup) {
        return field("Change setup", "setup", r -> RoutineBuilder.from(r).setup(optional(setup)).build());
    }

    /** The routine's lists of texts. */
    public enum TextList {
        EQUIPMENT("equipment"), SAFETY("safety"), CREDITS("credits"), NOTES("notes");

        private final String field;

        TextList(String field) {
            this.field = field;
        }

        /** The JSON field, e.g. {@code "safety"}. */
        public String field() {
            return field;
        }

        public List<String> of(Routine r) {
            List<String> list = switch (this) {
                case EQUIPMENT -> r.equipment();
                case SAFETY -> r.safety();
                case CREDITS -> r.credits();
                case NOTES -> r.notes();
            };
            return list == null ? List.of() : list;
        }

        Routine with(Routine r, List<String> texts) {
            RoutineBuilder b = RoutineBuilder.from(r);
            return switch (this) {
                case EQUIPMENT -> b.equipment(texts).build();
                case SAFETY -> b.safety(texts).build();
                case CREDITS -> b.credits(texts).build();
                case NOTES -> b.notes(texts).build();
            };
        }

        String label() {
            return switch (this) {
                case EQUIPMENT -> "equipment";
                case SAFETY -> "safety note";
                case CREDITS -> "credit";
                case NOTES -> "note";
            };
        }
    }

    /** Replaces a whole list (equipment, safety, credits, notes). */
    public static Edit setTexts(TextList list, List<String> texts) {
        return field("Change " + list.field(), list.field(), r -> list.with(r, stripped(texts)));
    }

    public static Edit setText(TextList list, int i, String text) {
        return field("Change " + list.label(), FieldPaths.item(list.field(), i),
                r -> list.with(r, set(list.of(r), i, required(text))));
    }

    public static Edit addText(TextList list, int at, String text) {
        return Edit.of("Add " + list.label(), r -> list.with(r, insert(list.of(r), at, required(text))));
    }

    public static Edit removeText(TextList list, int i) {
        return Edit.of("Remove " + list.label(), r -> list.with(r, remove(list.of(r), i)));
    }

    public static Edit moveText(TextList list, int from, int to) {
        return Edit.of("Move " + list.label(), r -> list.with(r, move(list.of(r), from, to)));
    }

    // ------------------------------------------------------------------ the routine's tempo

    public static Edit setTempo(Tempo tempo) {
        return field("Change tempo", "tempo", r -> RoutineBuilder.from(r).tempo(tempo).build());
    }

    /** The default tempo; the range stays as it is (the validation says when the tempo leaves it). */
    public static Edit setBpm(double bpm) {
        return tempo("Change tempo", "bpm", t -> new Tempo(bpm, t.minBpm(), t.maxBpm(), t.rampToBpm(), t.source(),
                t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    /** The range a user may choose in the player. */
    public static Edit setBpmRange(double minBpm, double maxBpm) {
        return tempo("Change tempo range", "range", t -> new Tempo(t.bpm(), minBpm, maxBpm, t.rampToBpm(), t.source(),
                t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    /** "Practise slow, then fast" over each block: from bpm to this; 0 for no ramp. */
    public static Edit setRamp(double rampToBpm) {
        return tempo("Change tempo ramp", "ramp_to_bpm", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(), rampToBpm,
                t.source(), t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setTempoSource(TempoSource source) {
        return tempo("Change beat source", "source", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(), t.rampToBpm(),
                source, t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setCountIn(int beats) {
        return tempo("Change count-in", "count_in_beats", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(),
                t.rampToBpm(), t.source(), beats, t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setBeatsPerBar(int beats) {
        return tempo("Change beats per bar", "beats_per_bar", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(),
                t.rampToBpm(), t.source(), t.countInBeats(), beats, t.halfTimeAboveBpm()));
    }

    public static Edit setHalfTimeAbove(double bpm) {
        return tempo("Change half-time tempo", "half_time_above_bpm", t -> new Tempo(t.bpm(), t.minBpm(),
                t.maxBpm(), t.rampToBpm(), t.source(), t.countInBeats(), t.beatsPerBar(), bpm));
    }

    private static Edit tempo(String name, String key, UnaryOperator<Tempo> change) {
        return field(name, FieldPaths.child(FieldPaths.field("tempo"), key),
                r -> RoutineBuilder.from(r).tempo(change.apply(r.tempo())).build());
    }

    // ------------------------------------------------------------------ stages

    /**
     * Adds a stage. The first stage of a routine takes every block (a routine with stages names one in each block),
     * so a routine becomes a programme in one step and stays valid.
     */
    public static Edit addStage(int at, Stage stage) {
        return Edit.of("Add stage", r -> {
            List<Block> blocks = list(r.blocks());
            if (list(r.stages()).isEmpty()) {
                blocks = blocks.stream().map(b -> b.stage() == null ? BlockBuilder.from(b).stage(stage.id()).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(insert(list(r.stages()), at, stage)).blocks(blocks).build();
        });
    }

    /**
     * Removes a stage. Its blocks stay, naming it still (the validation asks for another stage for them), except
     * when it was the last stage: then the routine is no programme any more and no block names a stage.
     */
    public static Edit removeStage(int i) {
        return Edit.of("Remove stage", r -> {
            List<Stage> stages = remove(list(r.stages()), i);
            List<Block> blocks = list(r.blocks());
            if (stages.isEmpty()) {
                blocks = blocks.stream().map(b -> b.stage() != null ? BlockBuilder.from(b).stage(null).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(stages).blocks(blocks).build();
        });
    }

    public static Edit moveStage(int from, int to) {
        return Edit.of("Move stage", r -> RoutineBuilder.from(r).stages(move(list(r.stages()), from, to)).build());
    }

    /** Changes a stage; when its id changes, the blocks that named the old id name the new one. */
    public static Edit setStage(int i, Stage stage) {
        return stage("Change stage", i, null, old -> stage);
    }

    /** The stage's id; the blocks that named the old one name the new one. */
    public static Edit setStageId(int i, String id) {
        return stage("Change stage id", i, "id", s -> new Stage(required(id), s.name(), s.fromWeek(), s.toWeek(), s.frequency(), s.note()));
    }

    public static Edit setStageName(int i, String name) {
        return stage("Change stage name", i, "name", s -> new Stage(s.id(), required(name), s.fromWeek(), s.toWeek(), s.frequency(), s.note()));
    }

    /** The weeks of the programme the stage covers, counted from 1. */
    public static Edit setStageWeeks(int i, int from, int to) {
        return stage("Change stage weeks", i, "weeks", s -> new Stage(s.id(), s.name(), from, to, s.frequency(), s.note()));
    }

    /** How often to train in this stage, or {@code null} for the routine's frequency. */
    public static Edit setStageFrequency(int i, Frequency frequency) {
        return stage("Change stage frequency", i, "frequency", s -> new Stage(s.id(), s.name(), s.fromWeek(), s.toWeek(), frequency, s.note()));
    }

    /** When to move on, say. */
    public static Edit setStageNote(int i, String note) {
        return stage("Change stage note", i, "note", s -> new Stage(s.id(), s.name(), s.fromWeek(), s.toWeek(), s.frequency(), optional(note)));
    }

    private static Edit stage(String name, int i, String key, UnaryOperator<Stage> change) {
        return Edit.of(name, key == null ? FieldPaths.stage(i) : FieldPaths.child(FieldPaths.stage(i), key), r -> {
            Stage old = list(r.stages()).get(i);
            Stage stage = change.apply(old);
            List<Block> blocks = list(r.blocks());
            if (old.id() != null && !old.id().equals(stage.id())) {
                blocks = blocks.stream().map(b -> old.id().equals(b.stage())
                        ? BlockBuilder.from(b).stage(stage.id()).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(set(list(r.stages()), i, stage)).blocks(blocks).build();
        });
    }

    // ------------------------------------------------------------------ blocks

    public static Edit addBlock(int at, Block block) {
        return Edit.of("Add block", r -> RoutineBuilder.from(r).blocks(insert(list(r.blocks()), at, block)).build());
    }

    public static Edit removeBlock(int b) {
        return Edit.of("Remove block", r -> RoutineBuilder.from(r).blocks(remove(list(r.blocks()), b)).build());
    }

    public static Edit moveBlock(int from, int to) {
        return Edit.of("Move block", r -> RoutineBuilder.from(r).blocks(move(list(r.blocks()), from, to)).build());
    }

    /** A copy of the block, right after it. */
    public static Edit duplicateBlock(int b) {
        return Edit.of("Duplicate block", r -> RoutineBuilder.from(r)
                .blocks(insert(list(r.blocks()), b + 1, list(r.blocks()).get(b))).build());
    }

    public static Edit setBlockName(int b, String name) {
        return block("Change block name", b, "name", x -> BlockBuilder.from(x).name(required(name)).build());
    }

    /** The stage the block belongs to, or {@code null}. */
    public static Edit setBlockStage(int b, String stage) {
        return block("Change block stage", b, "stage", x -> BlockBuilder.from(x).stage(optional(stage)).build());
    }

    /** The block's whole tempo override, or {@code null} to follow the routine's. */
    public static Edit setBlockTempo(int b, TempoOverride tempo) {
        return block("Change block tempo", b, "tempo", x -> BlockBuilder.from(x).tempo(emptyToNull(tempo)).build());
    }

    /** The block's own BPM, or {@code null} for the routine's. */
    public static Edit setBlockBpm(int b, Double bpm) {
        return block("Change block tempo", b, "tempo.bpm", x -> BlockBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(bpm, o.minBpm(), o.maxBpm(), o.rampToBpm(), o.source())))
                .build());
    }

    /** The block's own range, or {@code null}s for the routine's. */
    public static Edit setBlockBpmRange(int b, Double minBpm, Double maxBpm) {
        return block("Change block tempo range", b, "tempo.range", x -> BlockBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(o.bpm(), minBpm, maxBpm, o.rampToBpm(), o.source())))
                .build());
    }

    /** A ramp over this block from its BPM to this, or {@code null} for none. */
    public static Edit setBlockRamp(int b, Double rampToBpm) {
        return block("Change block ramp", b, "tempo.ramp_to_bpm", x -> BlockBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(o.bpm(), o.minBpm(), o.maxBpm(), rampToBpm, o.source())))
                .build());
    }

    /** Follow a song in this block ({@code SONG}), the metronome, or {@code null} for the routine's choice. */
    public static Edit setBlockTempoSource(int b, TempoSource source) {
        return block("Change block beat source", b, "tempo.source", x -> BlockBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(o.bpm(), o.minBpm(), o.maxBpm(), o.rampToBpm(), source)))
                .build());
    }

    /** Cycle the steps for a time (or until the song ends), or {@code null} to play them once. */
    public static Edit setBlockRepeat(int b, Repeat repeat) {
        return block("Change block repeat", b, "repeat", x -> BlockBuilder.from(x).repeat(repeat).build());
    }

    public static Edit setBlockRestAfter(int b, double seconds) {
        return block("Change rest after block", b, "rest_after_s", x -> BlockBuilder.from(x).restAfterSeconds(seconds).build());
    }

    public static Edit setBlockNote(int b, String note) {
        return block("Change block note", b, "note", x -> BlockBuilder.from(x).note(optional(note)).build());
    }

    private static Edit block(String name, int b, String key, UnaryOperator<Block> change) {
        return Edit.of(name, FieldPaths.block(b) + "." + key, r -> withBlock(r, b, change));
    }

    // ------------------------------------------------------------------ steps

    public static Edit addStep(int b, int at, Step step) {
        return Edit.of("Add step", r -> withBlock(r, b, x -> BlockBuilder.from(x).steps(insert(x.steps(), at, step)).build()));
    }

    /** Adds the exercise as a new step (one set of 10 reps, right then left), with the exercise in the routine. */
    public static Edit addStep(int b, int at, Exercise exercise) {
        Step step = StepBuilder.of(exercise.id()).build();
        return Edit.of("Add " + exercise.name(), r -> withBlock(withExercise(r, exercise), b,
                x -> BlockBuilder.from(x).steps(insert(x.steps(), at, step)).build()));
    }

    public static Edit removeStep(int b, int s) {
        return Edit.of("Remove step", r -> withBlock(r, b, x -> BlockBuilder.from(x).steps(remove(x.steps(), s)).build()));
    }

    /** Moves a step within its block or to another one; {@code toStep} counts in the target block as it is after the step left. */
    public static Edit moveStep(int b, int s, int toBlock, int toStep) {
        return Edit.of("Move step", r -> {
            Step step = list(r.blocks()).get(b).steps().get(s);
            Routine without = withBlock(r, b, x -> BlockBuilder.from(x).steps(remove(x.steps(), s)).build());
            return withBlock(without, toBlock, x -> BlockBuilder.from(x).steps(insert(x.steps(), toStep, step)).build());
        });
    }

    /** A copy of the step, right after it. */
    public static Edit duplicateStep(int b, int s) {
        return Edit.of("Duplicate step", r -> withBlock(r, b,
                x -> BlockBuilder.from(x).steps(insert(x.steps(), s + 1, x.steps().get(s))).build()));
    }

    public static Edit replaceStep(int b, int s, Step step) {
        return step("Change step", b, s, null, x -> step);
    }

    /**
     * Another exercise for the step (and into the routine's exercises, if new to it). Its level and only_at_level
     * stay if the new exercise has them, else go back to the default; its own phases and cues, written for the
     * old exercise, are dropped in favour of the new exercise's.
     */
    public static Edit setStepExercise(int b, int s, Exercise exercise) {
        return Edit.of("Change exercise", r -> withStep(withExercise(r, exercise), b, s, x -> StepBuilder.from(x)
                .exercise(exercise.id())
                .level(x.level() != null && exercise.levelIndex(x.level()) >= 0 ? x.level() : null)
                .onlyAtLevel(x.onlyAtLevel() != null && exercise.levelIndex(x.onlyAtLevel()) >= 0 ? x.onlyAtLevel() : null)
                .phases(null)
                .cues(null)
                .build()));
    }

    public static Edit setStepTitle(int b, int s, String title) {
        return step("Change step title", b, s, "title", x -> StepBuilder.from(x).title(optional(title)).build());
    }

    /** The level of the exercise, or {@code null} for its default. */
    public static Edit setStepLevel(int b, int s, String level) {
        return step("Change level", b, s, "level", x -> StepBuilder.from(x).level(optional(level)).build());
    }

    /** Play the step only at this level or beyond, or {@code null} always. */
    public static Edit setStepOnlyAtLevel(int b, int s, String level) {
        return step("Change only-at level", b, s, "only_at_level", x -> StepBuilder.from(x).onlyAtLevel(optional(level)).build());
    }

    public static Edit setStepSide(int b, int s, Side side) {
        return step("Change side", b, s, "side", x -> StepBuilder.from(x).side(side).build());
    }

    public static Edit setStepSets(int b, int s, int sets) {
        return step("Change sets", b, s, "sets", x -> StepBuilder.from(x).sets(sets).build());
    }

    /** Reps per set (and no longer for_seconds). */
    public static Edit setStepReps(int b, int s, int reps) {
        return step("Change reps", b, s, "reps", x -> StepBuilder.from(x).reps(reps).build());
    }

    /** Seconds per set (and no longer reps). */
    public static Edit setStepForSeconds(int b, int s, double seconds) {
        return step("Change time", b, s, "for_seconds", x -> StepBuilder.from(x).forSeconds(seconds).build());
    }

    /** The step's own phases, or {@code null} for the level's or exercise's. */
    public static Edit setStepPhases(int b, int s, List<Phase> phases) {
        return step("Change phases", b, s, "phases", x -> StepBuilder.from(x).phases(phases).build());
    }

    /** Changes one phase; a step still using its exercise's phases gets its own copy of them first. */
    public static Edit setPhase(int b, int s, int p, Phase phase) {
        return Edit.of("Change phase", FieldPaths.phase(b, s, p), r -> withStep(r, b, s,
                x -> StepBuilder.from(x).phases(set(phasesOf(r, x), p, phase)).build()));
    }

    public static Edit addPhase(int b, int s, int at, Phase phase) {
        return Edit.of("Add phase", r -> withStep(r, b, s,
                x -> StepBuilder.from(x).phases(insert(phasesOf(r, x), at, phase)).build()));
    }

    public static Edit removePhase(int b, int s, int p) {
        return Edit.of("Remove phase", r -> withStep(r, b, s,
                x -> StepBuilder.from(x).phases(remove(phasesOf(r, x), p)).build()));
    }

    public static Edit movePhase(int b, int s, int from, int to) {
        return Edit.of("Move phase", r -> withStep(r, b, s,
                x -> StepBuilder.from(x).phases(move(phasesOf(r, x), from, to)).build()));
    }

    public static Edit setStepRestBetweenSets(int b, int s, double seconds) {
        return step("Change rest between sets", b, s, "rest_between_sets_s",
                x -> StepBuilder.from(x).restBetweenSetsSeconds(seconds).build());
    }

    public static Edit setStepRestAfter(int b, int s, double seconds) {
        return step("Change rest after step", b, s, "rest_after_s", x -> StepBuilder.from(x).restAfterSeconds(seconds).build());
    }

    /** The step's whole tempo override, or {@code null} to follow the block's. */
    public static Edit setStepTempo(int b, int s, TempoOverride tempo) {
        return step("Change step tempo", b, s, "tempo", x -> StepBuilder.from(x).tempo(emptyToNull(tempo)).build());
    }

    /** The step's own BPM, or {@code null} for the block's. */
    public static Edit setStepBpm(int b, int s, Double bpm) {
        return step("Change step tempo", b, s, "tempo.bpm", x -> StepBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(bpm, o.minBpm(), o.maxBpm(), o.rampToBpm(), o.source())))
                .build());
    }

    /** The range the user may choose for this step, or {@code null}s for the block's. */
    public static Edit setStepBpmRange(int b, int s, Double minBpm, Double maxBpm) {
        return step("Change step tempo range", b, s, "tempo.range", x -> StepBuilder.from(x)
                .tempo(override(x.tempo(), o -> new TempoOverride(o.bpm(), minBpm, maxBpm, o.rampToBpm(), o.source())))
                .build());
    }

    /** The step's own coaching cues, or {@code null} for the exercise's. */
    public static Edit setStepCues(int b, int s, List<String> cues) {
        return step("Change cues", b, s, "cues", x -> StepBuilder.from(x).cues(cues == null ? null : stripped(cues)).build());
    }

    public static Edit setStepPrompt(int b, int s, String prompt) {
        return step("Change prompt", b, s, "prompt", x -> StepBuilder.from(x).prompt(optional(prompt)).build());
    }

    public static Edit setStepNote(int b, int s, String note) {
        return step("Change step note", b, s, "note", x -> StepBuilder.from(x).note(optional(note)).build());
    }

    public static Edit setStepOptional(int b, int s, boolean optional) {
        return step(optional ? "Make step optional" : "Make step required", b, s, "optional",
                x -> StepBuilder.from(x).optional(optional).build());
    }

    private static Edit step(String name, int b, int s, String key, UnaryOperator<Step> change) {
        String mergeKey = key == null ? null : FieldPaths.step(b, s) + "." + key;
        return Edit.of(name, mergeKey, r -> withStep(r, b, s, change));
    }

    // ------------------------------------------------------------------ exercises

    /** Adds an exercise of the routine's own, or replaces the one with its id (overriding a library one). */
    public static Edit putExercise(Exercise exercise) {
        return Edit.of("Change exercise " + exercise.id(), r -> withExercise(r, exercise, true));
    }

    /** An exercise's lists of texts. */
    public enum ExerciseText {
        ALIASES("aliases", "other name"), INSTRUCTIONS("instructions", "instruction"), CUES("cues", "cue"),
        MISTAKES("mistakes", "mistake"), TARGETS("targets", "muscle"), EQUIPMENT("equipment", "item"),
        SAFETY("safety", "caution");

        private final String field;
        private final String item;

        ExerciseText(String field, String item) {
            this.field = field;
            this.item = item;
        }

        /** The JSON field, e.g. {@code "instructions"}. */
        public String field() {
            return field;
        }

        /** One entry, for "Add instruction". */
        public String item() {
            return item;
        }

        public List<String> of(Exercise e) {
            List<String> texts = switch (this) {
                case ALIASES -> e.aliases();
                case INSTRUCTIONS -> e.instructions();
                case CUES -> e.cues();
                case MISTAKES -> e.mistakes();
                case TARGETS -> e.targets();
                case EQUIPMENT -> e.equipment();
                case SAFETY -> e.safety();
            };
            return texts == null ? List.of() : texts;
        }

        Exercise with(Exercise e, List<String> texts) {
            ExerciseBuilder b = ExerciseBuilder.from(e);
            return switch (this) {
                case ALIASES -> b.aliases(texts).build();
                case INSTRUCTIONS -> b.instructions(texts).build();
                case CUES -> b.cues(texts).build();
                case MISTAKES -> b.mistakes(texts).build();
                case TARGETS -> b.targets(texts).build();
                case EQUIPMENT -> b.equipment(texts).build();
                case SAFETY -> b.safety(texts).build();
            };
        }
    }

    public static Edit setExerciseName(String id, String name) {
        return exercise("Change exercise name", id, "name", e -> ExerciseBuilder.from(e).name(required(name)).build());
    }

    /** The starting position. */
    public static Edit setExerciseStart(String id, String start) {
        return exercise("Change starting position", id, "start", e -> ExerciseBuilder.from(e).start(required(start)).build());
    }

    public static Edit setExerciseSource(String id, String source) {
        return exercise("Change exercise source", id, "source", e -> ExerciseBuilder.from(e).source(optional(source)).build());
    }

    /** What the animated foot moves. */
    public static Edit setExerciseFigure(String id, FootPart figure) {
        return exercise("Change foot figure", id, "figure", e -> ExerciseBuilder.from(e).figure(figure).build());
    }

    /** Replaces one of the exercise's lists (instructions, cues...). */
    public static Edit setExerciseTexts(String id, ExerciseText list, List<String> texts) {
        return exercise("Change " + list.field(), id, list.field(), e -> list.with(e, stripped(texts)));
    }

    /** One rep of the exercise (steps that have no phases of their own play it). */
    public static Edit setExercisePhases(String id, List<Phase> phases) {
        return exercise("Change exercise phases", id, "phases", e -> ExerciseBuilder.from(e).phases(phases).build());
    }

    /** The whole ladder of levels (add, remove, reorder); the default level follows as {@link ExerciseBuilder#levels} says. */
    public static Edit setExerciseLevels(String id, List<Level> levels) {
        return exercise("Change levels", id, null, e -> ExerciseBuilder.from(e).levels(levels).build());
    }

    /** A level's id; the default level and the steps of this exercise that named the old id follow it. */
    public static Edit setLevelId(String id, int level, String levelId) {
        String to = required(levelId);
        return Edit.of("Change level id", levelKey(id, level, "id"), r -> {
            Exercise e = exerciseIn(r, id);
            Level old = e.levels().get(level);
            Exercise changed = ExerciseBuilder.from(e)
                    .defaultLevel(old.id() != null && old.id().equals(e.defaultLevel()) ? to : e.defaultLevel())
                    .levels(set(e.levels(), level, new Level(to, old.name(), old.how(), old.phases(), old.posture()))).build();
            Routine withExercise = withExerciseChanged(r, id, changed);
            if (old.id() == null || old.id().equals(to)) {
                return withExercise;
            }
            return RoutineBuilder.from(withExercise).blocks(list(withExercise.blocks()).stream().map(b -> BlockBuilder.from(b)
                    .steps(b.steps().stream().map(st -> id.equals(st.exercise()) ? StepBuilder.from(st)
                            .level(old.id().equals(st.level()) ? to : st.level())
                            .onlyAtLevel(old.id().equals(st.onlyAtLevel()) ? to : st.onlyAtLevel()).build() : st).toList())
                    .build()).toList()).build();
        });
    }

    public static Edit setLevelName(String id, int level, String name) {
        return Edit.of("Change level name", levelKey(id, level, "name"), r -> level(r, id, level,
                l -> new Level(l.id(), required(name), l.how(), l.phases(), l.posture())));
    }

    /** What changes at this level. */
    public static Edit setLevelHow(String id, int level, String how) {
        return Edit.of("Change level", levelKey(id, level, "how"), r -> level(r, id, level,
                l -> new Level(l.id(), l.name(), required(how), l.phases(), l.posture())));
    }

    /** The rep at this level, or {@code null} for the exercise's. */
    public static Edit setLevelPhases(String id, int level, List<Phase> phases) {
        return Edit.of("Change level phases", levelKey(id, level, "phases"), r -> level(r, id, level,
                l -> new Level(l.id(), l.name(), l.how(), phases == null ? null : List.copyOf(phases), l.posture())));
    }

    /** The level steps play when they name none. */
    public static Edit setExerciseDefaultLevel(String id, String level) {
        return exercise("Change default level", id, "default_level", e -> ExerciseBuilder.from(e).defaultLevel(level).build());
    }

    /**
     * A new id for an exercise of the routine; its steps follow it. A library exercise renamed becomes one of the
     * routine's own (the library's stays as it was).
     *
     * @throws IllegalArgumentException when another exercise of the routine has that id
     */
    public static Edit renameExercise(String from, String to) {
        String id = required(to);
        return Edit.of("Change exercise id", FieldPaths.field("exercises") + "#id", r -> {
            Exercise e = exerciseIn(r, from);
            if (id.equals(from)) {
                return r;
            }
            if (map(r.exercises()).containsKey(id)) {
                throw new IllegalArgumentException("another exercise of this routine has the id '" + id + "'");
            }
            Map<String, Exercise> exercises = new HashMap<>(map(r.exercises()));
            exercises.remove(from);
            exercises.put(id, ExerciseBuilder.from(e).id(id).build());
            return RoutineBuilder.from(r).exercises(exercises).blocks(list(r.blocks()).stream().map(b -> BlockBuilder.from(b)
                    .steps(b.steps().stream().map(st -> from.equals(st.exercise()) ? StepBuilder.from(st).exercise(id).build() : st)
                            .toList()).build()).toList()).build();
        });
    }

    private static Edit exercise(String name, String id, String key, UnaryOperator<Exercise> change) {
        return Edit.of(name, key == null ? null : FieldPaths.child(FieldPaths.exercise(id), key),
                r -> withExerciseChanged(r, id, change.apply(exerciseIn(r, id))));
    }

    private static Routine level(Routine r, String id, int level, UnaryOperator<Level> change) {
        Exercise e = exerciseIn(r, id);
        return withExerciseChanged(r, id, ExerciseBuilder.from(e).levels(set(e.levels(), level, change.apply(e.levels().get(level)))).build());
    }

    private static String levelKey(String id, int level, String field) {
        return FieldPaths.child(FieldPaths.index(FieldPaths.child(FieldPaths.exercise(id), "levels"), level), field);
    }

    private static Exercise exerciseIn(Routine r, String id) {
        Exercise e = map(r.exercises()).get(id);
        if (e == null) {
            throw new IllegalArgumentException("the routine has no exercise '" + id + "'");
        }
        return e;
    }

    private static Routine withExerciseChanged(Routine r, String id, Exercise changed) {
        Map<String, Exercise> exercises = new HashMap<>(map(r.exercises()));
        exercises.put(id, changed);
        return RoutineBuilder.from(r).exercises(exercises).build();
    }

    /** Removes an exercise of the routine's own (steps still using it are then reported by the validation). */
    public static Edit removeExercise(String exerciseId) {
        return Edit.of("Remove exercise " + exerciseId, r -> {
            Map<String, Exercise> exercises = new HashMap<>(map(r.exercises()));
            if (exercises.remove(exerciseId) == null) {
                throw new IllegalArgumentException("the routine has no exercise '" + exerciseId + "'");
            }
            return RoutineBuilder.from(r).exercises(exercises).build();
        });
    }

    /** Any other change, for a screen that needs one; still one undo step. */
    public static Edit custom(String name, UnaryOperator<Routine> change) {
        return Edit.of(name, change);
    }

    // ------------------------------------------------------------------ helpers

    private static Edit field(String name, String key, UnaryOperator<Routine> change) {
        return Edit.of(name, key.startsWith("$") ? key : FieldPaths.field(key), change);
    }

    private static Routine withBlock(Routine r, int b, UnaryOperator<Block> change) {
        List<Block> blocks = list(r.blocks());
        return RoutineBuilder.from(r).blocks(set(blocks, b, change.apply(blocks.get(b)))).build();
    }

    private static Routine withStep(Routine r, int b, int s, UnaryOperator<Step> change) {
        return withBlock(r, b, x -> BlockBuilder.from(x).steps(set(x.steps(), s, change.apply(x.steps().get(s)))).build());
    }

    private static Routine withExercise(Routine r, Exercise exercise) {
        return withExercise(r, exercise, false);
    }

    private static Routine withExercise(Routine r, Exercise exercise, boolean replace) {
        Map<String, Exercise> exercises = map(r.exercises());
        if (!replace && exercises.containsKey(exercise.id())) {
            return r;
        }
        Map<String, Exercise> changed = new HashMap<>(exercises);
        changed.put(exercise.id(), exercise);
        return RoutineBuilder.from(r).exercises(changed).build();
    }

    /** The phases a step plays now: its own, else its level's or exercise's (to copy before changing one). */
    private static List<Phase> phasesOf(Routine r, Step step) {
        if (step.phases() != null) {
            return step.phases();
        }
        Exercise exercise = map(r.exercises()).get(step.exercise());
        return exercise == null ? List.of() : Wording.phasesOf(step, exercise);
    }

    private static TempoOverride override(TempoOverride old, UnaryOperator<TempoOverride> change) {
        TempoOverride base = old == null ? new TempoOverride(null, null, null, null, null) : old;
        return emptyToNull(change.apply(base));
    }

    private static TempoOverride emptyToNull(TempoOverride o) {
        return o == null || o.bpm() == null && o.minBpm() == null && o.maxBpm() == null && o.rampToBpm() == null
                && o.source() == null ? null : o;
    }

    private static String required(String text) {
        return text == null ? null : text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> stripped(List<String> texts) {
        return texts.stream().map(t -> t == null ? "" : t.strip()).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> set(List<T> list, int i, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    private static <T> List<T> insert(List<T> list, int at, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(at, value);
        return copy;
    }

    private static <T> List<T> remove(List<T> list, int i) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(i);
        return copy;
    }

    private static <T> List<T> move(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(from);
        copy.add(to, item);
        return copy;
    }
}
