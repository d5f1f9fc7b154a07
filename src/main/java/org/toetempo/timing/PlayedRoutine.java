package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Step;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a routine really plays with given options (its stage, the user's levels, steps left out): which of its
 * written steps, at which level and tempo, and which movements. The handout, the library's details and the player
 * read this, so a step written only for a higher level, or a tempo a step overrides, is shown as the schedule plays
 * it and never as the file happens to write it.
 */
public final class PlayedRoutine {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private final Routine routine;
    private final Schedule schedule;
    private final Map<String, ScheduledStep> firstPlay = new LinkedHashMap<>();
    private final Set<Action> played = EnumSet.noneOf(Action.class);
    private final Set<Action> written = EnumSet.noneOf(Action.class);

    private PlayedRoutine(Routine routine, Schedule schedule) {
        this.routine = routine;
        this.schedule = schedule;
        for (ScheduledStep step : schedule.steps()) {
            firstPlay.putIfAbsent(PlayOptions.stepKey(step.block(), step.stepInBlock()), step);
        }
        for (ScheduledStep step : firstPlay.values()) {
            for (Phase phase : StepLayout.phasesOf(step.step(), step.exercise(), step.level())) {
                played.add(phase.action());
            }
        }
        for (Block block : routine.blocks()) {
            for (Step step : block.steps()) {
                Exercise exercise = routine.exercise(step.exercise());
                for (String level : levelsOf(step, exercise)) {
                    for (Phase phase : StepLayout.phasesOf(step, exercise, level)) {
                        written.add(phase.action());
                    }
                }
            }
        }
    }

    /** Compiles the routine as the player would with {@code options}. */
    public static PlayedRoutine of(Routine routine, PlayOptions options) {
        return new PlayedRoutine(routine, Schedule.compile(routine, options));
    }

    public Schedule schedule() {
        return schedule;
    }

    /** Whether the written step plays at all (once or more). */
    public boolean plays(int block, int stepInBlock) {
        return firstPlay.containsKey(PlayOptions.stepKey(block, stepInBlock));
    }

    /** The step's first play: its level, tempo and reps as scheduled; empty when it does not play. */
    public Optional<ScheduledStep> step(int block, int stepInBlock) {
        return Optional.ofNullable(firstPlay.get(PlayOptions.stepKey(block, stepInBlock)));
    }

    /** Whether any step of the block plays. */
    public boolean playsBlock(int block) {
        return firstPlay.values().stream().anyMatch(s -> s.block() == block);
    }

    /** The slowest and fastest tempo the played steps start at (equal when one tempo runs through). */
    public double[] tempoRange() {
        double slowest = firstPlay.values().stream().mapToDouble(ScheduledStep::bpm).min().orElse(routine.tempo().bpm());
        double fastest = firstPlay.values().stream().mapToDouble(ScheduledStep::bpm).max().orElse(routine.tempo().bpm());
        return new double[] {slowest, fastest};
    }

    /**
     * The movements a text names that the routine writes somewhere but does not play with these options, e.g.
     * "hop" in a summary written for the whole level ladder, read by a patient who stays seated.
     */
    public List<String> unplayedMentions(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Action action : written) {
            if (played.contains(action) || action == Action.HOLD) {
                continue;
            }
            String word = action.json().replace('-', ' ');
            Pattern mention = Pattern.compile("\\b" + Pattern.quote(word) + "(s|ping|ped|ing|ed)?\\b", Pattern.CASE_INSENSITIVE);
            if (mention.matcher(text).find()) {
                out.add(word);
            }
        }
        return out;
    }

    /** "Toe grip primer, then Short foot: right, then Short foot: left": the steps played, in order, once each. */
    public String stepsInOrder() {
        return stepsInOrder(ENGLISH);
    }

    /** As {@link #stepsInOrder()}, joined in a language ("…, dann …"). */
    public String stepsInOrder(Messages words) {
        List<String> titles = new ArrayList<>();
        for (ScheduledStep step : firstPlay.values()) {
            if (!titles.contains(step.title())) {
                titles.add(step.title());
            }
        }
        return String.join(words.get("played.then"), titles);
    }

    /** The summary to show: the author's, unless it names a movement this routine does not play here. */
    public String summary() {
        return summary(ENGLISH);
    }

    /** As {@link #summary()}, with the steps joined in a language when the author's summary does not fit. */
    public String summary(Messages words) {
        if (unplayedMentions(routine.summary()).isEmpty()) {
            return routine.summary();
        }
        String steps = stepsInOrder(words);
        return steps.isEmpty() ? "" : steps.substring(0, 1).toUpperCase(words.locale()) + steps.substring(1) + ".";
    }

    /** The phases one rep of the step has at this level (the step's own, else the level's, else the exercise's). */
    public static List<Phase> phases(Step step, Exercise exercise, String level) {
        return StepLayout.phasesOf(step, exercise, level);
    }

    private static List<String> levelsOf(Step step, Exercise exercise) {
        List<String> levels = new ArrayList<>();
        levels.add(step.level() != null ? step.level() : exercise.defaultLevel());
        if (step.onlyAtLevel() != null) {
            levels.add(step.onlyAtLevel());
        }
        return levels;
    }
}
