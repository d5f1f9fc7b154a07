package org.toetempo.editor;

import org.toetempo.routine.Action;
import org.toetempo.routine.Clip;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Level;
import org.toetempo.routine.Phase;

import java.util.List;

/**
 * A new or changed {@link Exercise}. A new one is a plain big-toe lift (one beat up, one down) with one instruction
 * and one cue, valid as it stands, for the author to rewrite: {@code ExerciseBuilder.named("heel-walk", "Heel Walk")}.
 */
public final class ExerciseBuilder {

    private String id;
    private String name;
    private List<String> aliases = List.of();
    private String start;
    private List<String> instructions = List.of();
    private List<String> cues = List.of();
    private List<String> mistakes = List.of();
    private List<String> targets = List.of();
    private List<String> equipment = List.of();
    private FootPart figure;
    private List<Phase> phases = List.of();
    private List<Level> levels = List.of();
    private String defaultLevel;
    private List<String> safety = List.of();
    private String source;
    private Clip clip;

    private ExerciseBuilder() {
    }

    public static ExerciseBuilder named(String id, String name) {
        ExerciseBuilder b = new ExerciseBuilder();
        b.id = id;
        b.name = name;
        b.start = "Sit tall, feet flat on the floor.";
        b.instructions = List.of("Describe the movement here, one short step a line.");
        b.cues = List.of("Slow and small");
        b.figure = FootPart.BIG_TOE;
        b.phases = List.of(new Phase(Action.LIFT, 1, 0, "up", null), new Phase(Action.LOWER, 1, 0, "down", null));
        return b;
    }

    public static ExerciseBuilder from(Exercise e) {
        ExerciseBuilder b = new ExerciseBuilder();
        b.id = e.id();
        b.name = e.name();
        b.aliases = e.aliases();
        b.start = e.start();
        b.instructions = e.instructions();
        b.cues = e.cues();
        b.mistakes = e.mistakes();
        b.targets = e.targets();
        b.equipment = e.equipment();
        b.figure = e.figure();
        b.phases = e.phases();
        b.levels = e.levels();
        b.defaultLevel = e.defaultLevel();
        b.safety = e.safety();
        b.source = e.source();
        b.clip = e.clip();
        return b;
    }

    public ExerciseBuilder id(String value) { id = value; return this; }
    public ExerciseBuilder name(String value) { name = value; return this; }
    public ExerciseBuilder aliases(List<String> value) { aliases = List.copyOf(value); return this; }
    public ExerciseBuilder start(String value) { start = value; return this; }
    public ExerciseBuilder instructions(List<String> value) { instructions = List.copyOf(value); return this; }
    public ExerciseBuilder cues(List<String> value) { cues = List.copyOf(value); return this; }
    public ExerciseBuilder mistakes(List<String> value) { mistakes = List.copyOf(value); return this; }
    public ExerciseBuilder targets(List<String> value) { targets = List.copyOf(value); return this; }
    public ExerciseBuilder equipment(List<String> value) { equipment = List.copyOf(value); return this; }
    public ExerciseBuilder figure(FootPart value) { figure = value; return this; }
    public ExerciseBuilder phases(List<Phase> value) { phases = List.copyOf(value); return this; }
    public ExerciseBuilder safety(List<String> value) { safety = List.copyOf(value); return this; }
    public ExerciseBuilder source(String value) { source = value; return this; }
    public ExerciseBuilder clip(Clip value) { clip = value; return this; }
    public ExerciseBuilder defaultLevel(String value) { defaultLevel = value; return this; }

    /**
     * The ladder of levels. The default level stays if it is still one of them, else it becomes the first (as the
     * loader reads a file that names none), or none when there are no levels.
     */
    public ExerciseBuilder levels(List<Level> value) {
        levels = List.copyOf(value);
        if (levels.stream().noneMatch(l -> l.id() != null && l.id().equals(defaultLevel))) {
            defaultLevel = levels.isEmpty() ? null : levels.get(0).id();
        }
        return this;
    }

    public Exercise build() {
        return new Exercise(id, name, aliases, start, instructions, cues, mistakes, targets, equipment, figure, phases,
                levels, defaultLevel, safety, source, clip);
    }
}
