package org.toetempo.editor;

import org.toetempo.routine.Block;
import org.toetempo.routine.Repeat;
import org.toetempo.routine.Step;
import org.toetempo.routine.TempoOverride;

import java.util.List;

/** A new or changed {@link Block}: {@code BlockBuilder.named("Slow").steps(List.of(step)).build()}. */
public final class BlockBuilder {

    private String name;
    private String stage;
    private TempoOverride tempo;
    private Repeat repeat;
    private double restAfterSeconds;
    private String note;
    private List<Step> steps = List.of();

    private BlockBuilder() {
    }

    public static BlockBuilder named(String name) {
        BlockBuilder b = new BlockBuilder();
        b.name = name;
        return b;
    }

    public static BlockBuilder from(Block block) {
        BlockBuilder b = new BlockBuilder();
        b.name = block.name();
        b.stage = block.stage();
        b.tempo = block.tempo();
        b.repeat = block.repeat();
        b.restAfterSeconds = block.restAfterSeconds();
        b.note = block.note();
        b.steps = block.steps();
        return b;
    }

    public BlockBuilder name(String value) { name = value; return this; }
    public BlockBuilder stage(String value) { stage = value; return this; }
    public BlockBuilder tempo(TempoOverride value) { tempo = value; return this; }
    public BlockBuilder repeat(Repeat value) { repeat = value; return this; }
    public BlockBuilder restAfterSeconds(double value) { restAfterSeconds = value; return this; }
    public BlockBuilder note(String value) { note = value; return this; }
    public BlockBuilder steps(List<Step> value) { steps = List.copyOf(value); return this; }

    public Block build() {
        return new Block(name, stage, tempo, repeat, restAfterSeconds, note, steps);
    }
}
