package org.toetempo.editor;

import org.toetempo.routine.Audience;
import org.toetempo.routine.Block;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.EstimatedDuration;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Repeat;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.TempoSource;
import org.toetempo.text.Phrase;

import java.util.List;
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
        return EditSupport.field(Phrase.phrase("undo.change-id"), "id", r -> RoutineBuilder.from(r).id(EditSupport.required(id)).build());
    }

    public static Edit setName(String name) {
        return EditSupport.field(Phrase.phrase("undo.change-name"), "name", r -> RoutineBuilder.from(r).name(EditSupport.required(name)).build());
    }

    public static Edit setSummary(String summary) {
        return EditSupport.field(Phrase.phrase("undo.change-summary"), "summary", r -> RoutineBuilder.from(r).summary(EditSupport.required(summary)).build());
    }

    public static Edit setPurpose(String purpose) {
        return EditSupport.field(Phrase.phrase("undo.change-purpose"), "purpose", r -> RoutineBuilder.from(r).purpose(EditSupport.required(purpose)).build());
    }

    public static Edit setAudience(List<Audience> audience) {
        return EditSupport.field(Phrase.phrase("undo.change-audience"), "audience", r -> RoutineBuilder.from(r).audience(audience).build());
    }

    public static Edit setDifficulty(Difficulty difficulty) {
        return EditSupport.field(Phrase.phrase("undo.change-difficulty"), "difficulty", r -> RoutineBuilder.from(r).difficulty(difficulty).build());
    }

    /** The estimated length at the default tempo, as the author states it (the summary gives the real one). */
    public static Edit setDuration(double minutes, double toleranceMinutes) {
        return EditSupport.field(Phrase.phrase("undo.change-duration"), "duration",
                r -> RoutineBuilder.from(r).duration(new EstimatedDuration(minutes, toleranceMinutes)).build());
    }

    public static Edit setFrequency(int times, Period per, String note) {
        return EditSupport.field(Phrase.phrase("undo.change-frequency"), "frequency",
                r -> RoutineBuilder.from(r).frequency(new Frequency(times, per, EditSupport.optional(note))).build());
    }

    public static Edit setSetup(String setup) {
        return EditSupport.field(Phrase.phrase("undo.change-setup"), "setup", r -> RoutineBuilder.from(r).setup(EditSupport.optional(setup)).build());
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
        return EditSupport.field(Phrase.phrase("undo.change-routine-list", list.ordinal()), list.field(), r -> list.with(r, EditSupport.stripped(texts)));
    }

    public static Edit setText(TextList list, int i, String text) {
        return EditSupport.field(Phrase.phrase("undo.change-routine-item", list.ordinal()), FieldPaths.item(list.field(), i),
                r -> list.with(r, EditSupport.set(list.of(r), i, EditSupport.required(text))));
    }

    public static Edit addText(TextList list, int at, String text) {
        return Edit.of(Phrase.phrase("undo.add-routine-item", list.ordinal()), r -> list.with(r, EditSupport.insert(list.of(r), at, EditSupport.required(text))));
    }

    public static Edit removeText(TextList list, int i) {
        return Edit.of(Phrase.phrase("undo.remove-routine-item", list.ordinal()), r -> list.with(r, EditSupport.remove(list.of(r), i)));
    }

    public static Edit moveText(TextList list, int from, int to) {
        return Edit.of(Phrase.phrase("undo.move-routine-item", list.ordinal()), r -> list.with(r, EditSupport.move(list.of(r), from, to)));
    }

    // ------------------------------------------------------------------ the routine's tempo

    public static Edit setTempo(Tempo tempo) {
        return EditSupport.field(Phrase.phrase("undo.change-tempo"), "tempo", r -> RoutineBuilder.from(r).tempo(tempo).build());
    }

    /** The default tempo; the range stays as it is (the validation says when the tempo leaves it). */
    public static Edit setBpm(double bpm) {
        return tempo(Phrase.phrase("undo.change-tempo"), "bpm", t -> new Tempo(bpm, t.minBpm(), t.maxBpm(), t.rampToBpm(), t.source(),
                t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    /** The range a user may choose in the player. */
    public static Edit setBpmRange(double minBpm, double maxBpm) {
        return tempo(Phrase.phrase("undo.change-tempo-range"), "range", t -> new Tempo(t.bpm(), minBpm, maxBpm, t.rampToBpm(), t.source(),
                t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    /** "Practise slow, then fast" over each block: from bpm to this; 0 for no ramp. */
    public static Edit setRamp(double rampToBpm) {
        return tempo(Phrase.phrase("undo.change-tempo-ramp"), "ramp_to_bpm", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(), rampToBpm,
                t.source(), t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setTempoSource(TempoSource source) {
        return tempo(Phrase.phrase("undo.change-beat-source"), "source", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(), t.rampToBpm(),
                source, t.countInBeats(), t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setCountIn(int beats) {
        return tempo(Phrase.phrase("undo.change-count-in"), "count_in_beats", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(),
                t.rampToBpm(), t.source(), beats, t.beatsPerBar(), t.halfTimeAboveBpm()));
    }

    public static Edit setBeatsPerBar(int beats) {
        return tempo(Phrase.phrase("undo.change-beats-per-bar"), "beats_per_bar", t -> new Tempo(t.bpm(), t.minBpm(), t.maxBpm(),
                t.rampToBpm(), t.source(), t.countInBeats(), beats, t.halfTimeAboveBpm()));
    }

    public static Edit setHalfTimeAbove(double bpm) {
        return tempo(Phrase.phrase("undo.change-half-time-tempo"), "half_time_above_bpm", t -> new Tempo(t.bpm(), t.minBpm(),
                t.maxBpm(), t.rampToBpm(), t.source(), t.countInBeats(), t.beatsPerBar(), bpm));
    }

    private static Edit tempo(Phrase name, String key, UnaryOperator<Tempo> change) {
        return EditSupport.field(name, FieldPaths.child(FieldPaths.field("tempo"), key),
                r -> RoutineBuilder.from(r).tempo(change.apply(r.tempo())).build());
    }

    // ------------------------------------------------------------------ stages

    /**
     * Adds a stage. The first stage of a routine takes every block (a routine with stages names one in each block),
     * so a routine becomes a programme in one step and stays valid.
     */
    public static Edit addStage(int at, Stage stage) {
        return Edit.of(Phrase.phrase("undo.add-stage"), r -> {
            List<Block> blocks = EditSupport.list(r.blocks());
            if (EditSupport.list(r.stages()).isEmpty()) {
                blocks = blocks.stream().map(b -> b.stage() == null ? BlockBuilder.from(b).stage(stage.id()).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(EditSupport.insert(EditSupport.list(r.stages()), at, stage)).blocks(blocks).build();
        });
    }

    /**
     * Removes a stage. Its blocks stay, naming it still (the validation asks for another stage for them), except
     * when it was the last stage: then the routine is no programme any more and no block names a stage.
     */
    public static Edit removeStage(int i) {
        return Edit.of(Phrase.phrase("undo.remove-stage"), r -> {
            List<Stage> stages = EditSupport.remove(EditSupport.list(r.stages()), i);
            List<Block> blocks = EditSupport.list(r.blocks());
            if (stages.isEmpty()) {
                blocks = blocks.stream().map(b -> b.stage() != null ? BlockBuilder.from(b).stage(null).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(stages).blocks(blocks).build();
        });
    }

    public static Edit moveStage(int from, int to) {
        return Edit.of(Phrase.phrase("undo.move-stage"), r -> RoutineBuilder.from(r).stages(EditSupport.move(EditSupport.list(r.stages()), from, to)).build());
    }

    /** Changes a stage; when its id changes, the blocks that named the old id name the new one. */
    public static Edit setStage(int i, Stage stage) {
        return stage(Phrase.phrase("undo.change-stage"), i, null, old -> stage);
    }

    /** The stage's id; the blocks that named the old one name the new one. */
    public static Edit setStageId(int i, String id) {
        return stage(Phrase.phrase("undo.change-stage-id"), i, "id", s -> new Stage(EditSupport.required(id), s.name(), s.fromWeek(), s.toWeek(), s.frequency(), s.note()));
    }

    public static Edit setStageName(int i, String name) {
        return stage(Phrase.phrase("undo.change-stage-name"), i, "name", s -> new Stage(s.id(), EditSupport.required(name), s.fromWeek(), s.toWeek(), s.frequency(), s.note()));
    }

    /** The weeks of the programme the stage covers, counted from 1. */
    public static Edit setStageWeeks(int i, int from, int to) {
        return stage(Phrase.phrase("undo.change-stage-weeks"), i, "weeks", s -> new Stage(s.id(), s.name(), from, to, s.frequency(), s.note()));
    }

    /** How often to train in this stage, or {@code null} for the routine's frequency. */
    public static Edit setStageFrequency(int i, Frequency frequency) {
        return stage(Phrase.phrase("undo.change-stage-frequency"), i, "frequency", s -> new Stage(s.id(), s.name(), s.fromWeek(), s.toWeek(), frequency, s.note()));
    }

    /** When to move on, say. */
    public static Edit setStageNote(int i, String note) {
        return stage(Phrase.phrase("undo.change-stage-note"), i, "note", s -> new Stage(s.id(), s.name(), s.fromWeek(), s.toWeek(), s.frequency(), EditSupport.optional(note)));
    }

    private static Edit stage(Phrase name, int i, String key, UnaryOperator<Stage> change) {
        return Edit.of(name, key == null ? FieldPaths.stage(i) : FieldPaths.child(FieldPaths.stage(i), key), r -> {
            Stage old = EditSupport.list(r.stages()).get(i);
            Stage stage = change.apply(old);
            List<Block> blocks = EditSupport.list(r.blocks());
            if (old.id() != null && !old.id().equals(stage.id())) {
                blocks = blocks.stream().map(b -> old.id().equals(b.stage())
                        ? BlockBuilder.from(b).stage(stage.id()).build() : b).toList();
            }
            return RoutineBuilder.from(r).stages(EditSupport.set(EditSupport.list(r.stages()), i, stage)).blocks(blocks).build();
        });
    }

    // ------------------------------------------------------------------ blocks

    public static Edit addBlock(int at, Block block) {
        return Edit.of(Phrase.phrase("undo.add-block"), r -> RoutineBuilder.from(r).blocks(EditSupport.insert(EditSupport.list(r.blocks()), at, block)).build());
    }

    public static Edit removeBlock(int b) {
        return Edit.of(Phrase.phrase("undo.remove-block"), r -> RoutineBuilder.from(r).blocks(EditSupport.remove(EditSupport.list(r.blocks()), b)).build());
    }

    public static Edit moveBlock(int from, int to) {
        return Edit.of(Phrase.phrase("undo.move-block"), r -> RoutineBuilder.from(r).blocks(EditSupport.move(EditSupport.list(r.blocks()), from, to)).build());
    }

    /** A copy of the block, right after it. */
    public static Edit duplicateBlock(int b) {
        return Edit.of(Phrase.phrase("undo.duplicate-block"), r -> RoutineBuilder.from(r)
                .blocks(EditSupport.insert(EditSupport.list(r.blocks()), b + 1, EditSupport.list(r.blocks()).get(b))).build());
    }

    public static Edit setBlockName(int b, String name) {
        return block(Phrase.phrase("undo.change-block-name"), b, "name", x -> BlockBuilder.from(x).name(EditSupport.required(name)).build());
    }

    /** The stage the block belongs to, or {@code null}. */
    public static Edit setBlockStage(int b, String stage) {
        return block(Phrase.phrase("undo.change-block-stage"), b, "stage", x -> BlockBuilder.from(x).stage(EditSupport.optional(stage)).build());
    }

    /** The block's whole tempo override, or {@code null} to follow the routine's. */
    public static Edit setBlockTempo(int b, TempoOverride tempo) {
        return block(Phrase.phrase("undo.change-block-tempo"), b, "tempo", x -> BlockBuilder.from(x).tempo(EditSupport.emptyToNull(tempo)).build());
    }

    /** The block's own BPM, or {@code null} for the routine's. */
    public static Edit setBlockBpm(int b, Double bpm) {
        return block(Phrase.phrase("undo.change-block-tempo"), b, "tempo.bpm", x -> BlockBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(bpm, o.minBpm(), o.maxBpm(), o.rampToBpm(), o.source())))
                .build());
    }

    /** The block's own range, or {@code null}s for the routine's. */
    public static Edit setBlockBpmRange(int b, Double minBpm, Double maxBpm) {
        return block(Phrase.phrase("undo.change-block-tempo-range"), b, "tempo.range", x -> BlockBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(o.bpm(), minBpm, maxBpm, o.rampToBpm(), o.source())))
                .build());
    }

    /** A ramp over this block from its BPM to this, or {@code null} for none. */
    public static Edit setBlockRamp(int b, Double rampToBpm) {
        return block(Phrase.phrase("undo.change-block-ramp"), b, "tempo.ramp_to_bpm", x -> BlockBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(o.bpm(), o.minBpm(), o.maxBpm(), rampToBpm, o.source())))
                .build());
    }

    /** Follow a song in this block ({@code SONG}), the metronome, or {@code null} for the routine's choice. */
    public static Edit setBlockTempoSource(int b, TempoSource source) {
        return block(Phrase.phrase("undo.change-block-beat-source"), b, "tempo.source", x -> BlockBuilder.from(x)
                .tempo(EditSupport.override(x.tempo(), o -> new TempoOverride(o.bpm(), o.minBpm(), o.maxBpm(), o.rampToBpm(), source)))
                .build());
    }

    /** Cycle the steps for a time (or until the song ends), or {@code null} to play them once. */
    public static Edit setBlockRepeat(int b, Repeat repeat) {
        return block(Phrase.phrase("undo.change-block-repeat"), b, "repeat", x -> BlockBuilder.from(x).repeat(repeat).build());
    }

    public static Edit setBlockRestAfter(int b, double seconds) {
        return block(Phrase.phrase("undo.change-rest-after-block"), b, "rest_after_s", x -> BlockBuilder.from(x).restAfterSeconds(seconds).build());
    }

    public static Edit setBlockNote(int b, String note) {
        return block(Phrase.phrase("undo.change-block-note"), b, "note", x -> BlockBuilder.from(x).note(EditSupport.optional(note)).build());
    }

    private static Edit block(Phrase name, int b, String key, UnaryOperator<Block> change) {
        return Edit.of(name, FieldPaths.block(b) + "." + key, r -> EditSupport.withBlock(r, b, change));
    }

    /** Any other change, for a screen that needs one; still one undo step. */
    public static Edit custom(String name, UnaryOperator<Routine> change) {
        return Edit.of(name, change);
    }
}
