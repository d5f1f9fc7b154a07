package org.toetempo.editor;

import org.toetempo.routine.Audience;
import org.toetempo.routine.Block;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.EstimatedDuration;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Tempo;

import java.util.List;
import java.util.Map;

/** A changed copy of a {@link Routine}: {@code RoutineBuilder.from(r).name("New").build()}. */
public final class RoutineBuilder {

    private int format;
    private String id;
    private String name;
    private String summary;
    private String purpose;
    private List<Audience> audience;
    private Difficulty difficulty;
    private EstimatedDuration duration;
    private Frequency frequency;
    private String setup;
    private List<String> equipment;
    private List<String> safety;
    private List<String> credits;
    private List<String> notes;
    private Tempo tempo;
    private Map<String, Exercise> exercises;
    private List<Stage> stages;
    private List<Block> blocks;

    private RoutineBuilder() {
    }

    public static RoutineBuilder from(Routine r) {
        RoutineBuilder b = new RoutineBuilder();
        b.format = r.format();
        b.id = r.id();
        b.name = r.name();
        b.summary = r.summary();
        b.purpose = r.purpose();
        b.audience = r.audience();
        b.difficulty = r.difficulty();
        b.duration = r.duration();
        b.frequency = r.frequency();
        b.setup = r.setup();
        b.equipment = r.equipment();
        b.safety = r.safety();
        b.credits = r.credits();
        b.notes = r.notes();
        b.tempo = r.tempo();
        b.exercises = r.exercises();
        b.stages = r.stages();
        b.blocks = r.blocks();
        return b;
    }

    public RoutineBuilder id(String value) { id = value; return this; }
    public RoutineBuilder name(String value) { name = value; return this; }
    public RoutineBuilder summary(String value) { summary = value; return this; }
    public RoutineBuilder purpose(String value) { purpose = value; return this; }
    public RoutineBuilder audience(List<Audience> value) { audience = List.copyOf(value); return this; }
    public RoutineBuilder difficulty(Difficulty value) { difficulty = value; return this; }
    public RoutineBuilder duration(EstimatedDuration value) { duration = value; return this; }
    public RoutineBuilder frequency(Frequency value) { frequency = value; return this; }
    public RoutineBuilder setup(String value) { setup = value; return this; }
    public RoutineBuilder equipment(List<String> value) { equipment = List.copyOf(value); return this; }
    public RoutineBuilder safety(List<String> value) { safety = List.copyOf(value); return this; }
    public RoutineBuilder credits(List<String> value) { credits = List.copyOf(value); return this; }
    public RoutineBuilder notes(List<String> value) { notes = List.copyOf(value); return this; }
    public RoutineBuilder tempo(Tempo value) { tempo = value; return this; }
    public RoutineBuilder exercises(Map<String, Exercise> value) { exercises = Map.copyOf(value); return this; }
    public RoutineBuilder stages(List<Stage> value) { stages = List.copyOf(value); return this; }
    public RoutineBuilder blocks(List<Block> value) { blocks = List.copyOf(value); return this; }

    public Routine build() {
        return new Routine(format, id, name, summary, purpose, audience, difficulty, duration, frequency, setup,
                equipment, safety, credits, notes, tempo, exercises, stages, blocks);
    }
}
