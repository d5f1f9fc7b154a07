package org.toetempo.editor;

import org.toetempo.routine.Phase;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.TempoOverride;

import java.util.List;

/**
 * A new or changed {@link Step}. A new step does one set of 10 reps, right then left, with the exercise's own
 * phases and cues: {@code StepBuilder.of("toe-fan").sets(2).build()}.
 */
public final class StepBuilder {

    private String exercise;
    private String title;
    private String level;
    private String onlyAtLevel;
    private Side side = Side.RIGHT_THEN_LEFT;
    private int sets = 1;
    private int reps = 10;
    private double forSeconds;
    private List<Phase> phases;
    private double restBetweenSetsSeconds;
    private double restAfterSeconds;
    private TempoOverride tempo;
    private List<String> cues;
    private String prompt;
    private String note;
    private boolean optional;

    private StepBuilder() {
    }

    public static StepBuilder of(String exercise) {
        StepBuilder b = new StepBuilder();
        b.exercise = exercise;
        return b;
    }

    public static StepBuilder from(Step s) {
        StepBuilder b = new StepBuilder();
        b.exercise = s.exercise();
        b.title = s.title();
        b.level = s.level();
        b.onlyAtLevel = s.onlyAtLevel();
        b.side = s.side();
        b.sets = s.sets();
        b.reps = s.reps();
        b.forSeconds = s.forSeconds();
        b.phases = s.phases();
        b.restBetweenSetsSeconds = s.restBetweenSetsSeconds();
        b.restAfterSeconds = s.restAfterSeconds();
        b.tempo = s.tempo();
        b.cues = s.cues();
        b.prompt = s.prompt();
        b.note = s.note();
        b.optional = s.optional();
        return b;
    }

    public StepBuilder exercise(String value) { exercise = value; return this; }
    public StepBuilder title(String value) { title = value; return this; }
    public StepBuilder level(String value) { level = value; return this; }
    public StepBuilder onlyAtLevel(String value) { onlyAtLevel = value; return this; }
    public StepBuilder side(Side value) { side = value; return this; }
    public StepBuilder sets(int value) { sets = value; return this; }
    /** Reps per set; the step then has no {@code for_seconds}. */
    public StepBuilder reps(int value) { reps = value; forSeconds = 0; return this; }
    /** Seconds per set; the step then has no {@code reps}. */
    public StepBuilder forSeconds(double value) { forSeconds = value; reps = 0; return this; }
    /** The rep's phases, or {@code null} for the level's or exercise's. */
    public StepBuilder phases(List<Phase> value) { phases = value == null ? null : List.copyOf(value); return this; }
    public StepBuilder restBetweenSetsSeconds(double value) { restBetweenSetsSeconds = value; return this; }
    public StepBuilder restAfterSeconds(double value) { restAfterSeconds = value; return this; }
    public StepBuilder tempo(TempoOverride value) { tempo = value; return this; }
    /** The step's own cues, or {@code null} for the exercise's. */
    public StepBuilder cues(List<String> value) { cues = value == null ? null : List.copyOf(value); return this; }
    public StepBuilder prompt(String value) { prompt = value; return this; }
    public StepBuilder note(String value) { note = value; return this; }
    public StepBuilder optional(boolean value) { optional = value; return this; }

    public Step build() {
        return new Step(exercise, title, level, onlyAtLevel, side, sets, reps, forSeconds, phases,
                restBetweenSetsSeconds, restAfterSeconds, tempo, cues, prompt, note, optional);
    }
}
