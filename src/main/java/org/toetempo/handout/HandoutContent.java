package org.toetempo.handout;

import org.toetempo.routine.Clip;
import org.toetempo.figure.KeyPoses;
import org.toetempo.figure.Moment;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedLength;
import org.toetempo.timing.PlayedRoutine;
import org.toetempo.timing.ScheduledStep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a handout says, in plain words, before any layout: the facts at the top, each part of the routine with its
 * steps, and the safety notes. A step done on the right and then the same on the left (as Musical Toes writes
 * them) is one item, "Right, then left", so the handout stays short.
 */
record HandoutContent(String id, String title, String summary, List<Fact> facts, List<Section> sections,
                      List<String> safety) {

    /** A line of the facts box: "How often" — "Twice a week". */
    record Fact(String label, String text) {
    }

    /** One block of the routine. */
    record Section(String title, String detail, String note, List<Item> items) {
    }

    /**
     * One exercise to do.
     *
     * @param pose the foot figure's still
     * @param clip the exercise's (or its level's) own video, whose still is printed beside the figure, or {@code null}
     */
    record Item(int number, String title, boolean optional, String dose, String rhythm, String how, String cues,
                String prompt, String note, Moment pose, Clip clip) {
    }

    static HandoutContent of(Routine routine, HandoutOptions options) {
        return of(routine, options, Messages.of(options.language()));
    }

    static HandoutContent of(Routine routine, HandoutOptions options, Messages words) {
        Stage stage = stage(routine, options.stage());
        PlayOptions play = (stage == null ? PlayOptions.defaults() : PlayOptions.defaults().withStage(stage.id()))
                .inLanguage(words.language());
        for (Map.Entry<String, String> level : options.levels().entrySet()) {
            play = play.withLevel(level.getKey(), level.getValue());
        }
        // Everything below follows what the player plays, never what the file merely writes.
        PlayedRoutine played = PlayedRoutine.of(routine, play);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(words.get("handout.fact.why"), routine.purpose()));
        Frequency frequency = stage != null && stage.frequency() != null ? stage.frequency() : routine.frequency();
        facts.add(new Fact(words.get("handout.fact.how-often"), Wording.frequency(frequency, words)
                + (frequency.note() != null ? ". " + frequency.note() : "")));
        facts.add(new Fact(words.get("handout.fact.takes"), words.get("handout.takes",
                PlayedLength.about(played.schedule().totalNanos() / 1e9, words))));
        Tempo tempo = routine.tempo();
        double[] range = played.tempoRange();
        String start = Math.round(range[0]) == Math.round(range[1])
                ? words.get("handout.tempo.start", Wording.number(range[0], words))
                : words.get("handout.tempo.start-range", Wording.number(range[0], words), Wording.number(range[1], words));
        facts.add(new Fact(words.get("handout.fact.tempo"), words.get("handout.tempo", start,
                Wording.number(tempo.minBpm(), words), Wording.number(tempo.maxBpm(), words))));
        facts.add(new Fact(words.get("handout.fact.listen"), words.get("handout.listen", routine.id() + ".mp3")));
        facts.add(new Fact(words.get("handout.fact.you-need"), routine.equipment().isEmpty() ? words.get("handout.bare-feet")
                : String.join(", ", routine.equipment()) + "."));
        if (routine.setup() != null) {
            facts.add(new Fact(words.get("handout.fact.start"), routine.setup()));
        }
        if (stage != null) {
            String weeks = stage.toWeek() != stage.fromWeek()
                    ? words.get("handout.stage.weeks", stage.name(), stage.fromWeek() + "–" + stage.toWeek())
                    : words.get("handout.stage.week", stage.name(), Integer.toString(stage.fromWeek()));
            String stageFact = sentences(weeks, stage.note());
            if (routine.stages().size() > 1) {
                stageFact = sentences(stageFact, words.get("handout.stage.count", routine.stages().size()));
            }
            facts.add(new Fact(words.get("handout.fact.stage"), stageFact));
        }
        facts.add(new Fact(words.get("handout.fact.reminders"), words.get("handout.reminders",
                lowerFirst(Wording.frequency(frequency, words), words))));

        List<Section> sections = new ArrayList<>();
        List<String> safety = new ArrayList<>(routine.safety());
        List<String> safetyTexts = new ArrayList<>(routine.safety());
        int number = 0;
        for (int b = 0; b < routine.blocks().size(); b++) {
            Block block = routine.blocks().get(b);
            if (!played.playsBlock(b)) {
                continue;
            }
            List<Item> items = new ArrayList<>();
            List<Step> steps = block.steps();
            List<Double> bpms = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Optional<ScheduledStep> plays = played.step(b, i);
                if (plays.isEmpty()) {
                    continue;
                }
                Step step = steps.get(i);
                Step pair = i + 1 < steps.size() && played.plays(b, i + 1) && mirrored(step, steps.get(i + 1))
                        ? steps.get(i + 1) : null;
                Exercise exercise = routine.exercise(step.exercise());
                bpms.add(plays.get().bpm());
                items.add(item(++number, step, pair, exercise, plays.get(), words));
                for (String caution : exercise.safety()) {
                    if (safetyTexts.stream().noneMatch(known -> similar(known, caution))) {
                        safetyTexts.add(caution);
                        safety.add(exercise.name() + ": " + caution);
                    }
                }
                if (pair != null) {
                    i++;
                }
            }
            sections.add(new Section(block.name(), blockDetail(block, tempo.with(block.tempo()), bpms, words), block.note(),
                    items));
        }
        return new HandoutContent(routine.id(), routine.name(), played.summary(words), facts, sections, List.copyOf(safety));
    }

    /** Two sentences one after the other, with a full stop between unless the first ends in one already. */
    private static String sentences(String first, String second) {
        if (second == null) {
            return first;
        }
        return first + (first.matches(".*[.!?]$") ? " " : ". ") + second;
    }

    /** "Twice a week" → "twice a week", "Zweimal pro Woche" → "zweimal pro Woche" (German nouns keep theirs). */
    private static String lowerFirst(String text, Messages words) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(words.locale()) + text.substring(1);
    }

    private static Stage stage(Routine routine, String id) {
        if (routine.stages().isEmpty()) {
            return null;
        }
        if (id == null) {
            return routine.stages().get(0);
        }
        return routine.stages().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(routine.id() + " has no stage '" + id + "'; its stages are "
                        + String.join(", ", routine.stages().stream().map(Stage::id).toList())));
    }

    /**
     * Two safety notes say much the same (half the words of the shorter one are in the other): the exercise's own
     * caution is then left out, as the routine's note covers it.
     */
    static boolean similar(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equalsIgnoreCase(b);
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= 0.5 * Math.min(x.size(), y.size());
    }

    private static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (word.length() > 2) {
                out.add(word);
            }
        }
        return out;
    }

    /** The same step on the other foot straight after (right then left): one item on the handout. */
    static boolean mirrored(Step a, Step b) {
        boolean sides = a.side() == Side.RIGHT && b.side() == Side.LEFT || a.side() == Side.LEFT && b.side() == Side.RIGHT;
        return sides && a.exercise().equals(b.exercise()) && Objects.equals(a.title(), b.title())
                && Objects.equals(a.level(), b.level()) && Objects.equals(a.onlyAtLevel(), b.onlyAtLevel())
                && a.sets() == b.sets() && a.reps() == b.reps() && a.forSeconds() == b.forSeconds()
                && Objects.equals(a.phases(), b.phases()) && a.restBetweenSetsSeconds() == b.restBetweenSetsSeconds()
                && Objects.equals(a.tempo(), b.tempo()) && Objects.equals(a.cues(), b.cues()) && a.optional() == b.optional();
    }

    private static Item item(int number, Step step, Step pair, Exercise exercise, ScheduledStep played, Messages words) {
        Step shown = pair == null ? step : new Step(step.exercise(), step.title(), step.level(), step.onlyAtLevel(),
                step.side() == Side.RIGHT ? Side.RIGHT_THEN_LEFT : Side.LEFT_THEN_RIGHT, step.sets(), step.reps(),
                step.forSeconds(), step.phases(), step.restBetweenSetsSeconds(), step.restAfterSeconds(), step.tempo(),
                step.cues(), step.prompt(), step.note(), step.optional());
        String dose = Wording.dose(shown, exercise, words);
        if (pair != null && step.restAfterSeconds() > 0) {
            dose += " · " + words.get("handout.rest-between-feet", Wording.seconds(step.restAfterSeconds(), words));
        }
        double restAfter = pair != null ? pair.restAfterSeconds() : step.restAfterSeconds();
        if (restAfter > 0) {
            dose += " · " + words.get("handout.then-rest", Wording.seconds(restAfter, words));
        }
        String level = played.level() != null ? played.level() : step.level() != null ? step.level() : exercise.defaultLevel();
        String rhythm = words.get("handout.one-rep", rep(PlayedRoutine.phases(step, exercise, level), words),
                Wording.number(played.bpm(), words));
        String how = exercise.level(level).map(l -> l.name() + ": " + l.how()).orElse(exercise.start());
        List<String> cues = step.cues() != null ? step.cues() : exercise.cues();
        List<String> prompts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Step s : pair == null ? List.of(step) : List.of(step, pair)) {
            if (s.prompt() != null && !prompts.contains(s.prompt())) {
                prompts.add(s.prompt());
            }
            if (s.note() != null && !notes.contains(s.note())) {
                notes.add(s.note());
            }
        }
        return new Item(number, Wording.title(step, exercise), step.optional(), dose, rhythm, how,
                cues.isEmpty() ? null : String.join(" · ", cues),
                prompts.isEmpty() ? null : String.join(" ", prompts),
                notes.isEmpty() ? null : String.join(" ", notes),
                KeyPoses.of(step, exercise), exercise.clipAt(step.level()));
    }

    /** "lift 2 beats “up”, lower 2 beats “down”", "dome, hold 5 s, release". */
    static String rep(List<Phase> phases, Messages words) {
        List<String> parts = new ArrayList<>();
        for (Phase phase : phases) {
            String length = phase.timedInBeats() ? words.get("handout.beats", phase.beats())
                    : Wording.seconds(phase.seconds(), words);
            String cue = phase.cue() == null || phase.cue().isEmpty() ? "" : " " + words.get("handout.quoted", phase.cue());
            parts.add(Wording.action(phase.action(), words) + " " + length + cue);
        }
        return String.join(", ", parts);
    }

    /** The block's line under its title; {@code bpms} are the tempos its played steps start at. */
    private static String blockDetail(Block block, Tempo tempo, List<Double> bpms, Messages words) {
        List<String> parts = new ArrayList<>();
        double slowest = bpms.stream().mapToDouble(Double::doubleValue).min().orElse(tempo.bpm());
        double fastest = bpms.stream().mapToDouble(Double::doubleValue).max().orElse(tempo.bpm());
        String bpm = Math.round(slowest) == Math.round(fastest) ? Wording.number(slowest, words)
                : Wording.number(slowest, words) + "–" + Wording.number(fastest, words);
        if (tempo.source() == TempoSource.SONG) {
            parts.add(words.get("handout.block.song", Wording.number(tempo.bpm(), words)));
        } else if (tempo.ramps()) {
            parts.add(words.get("handout.block.ramp", Wording.number(tempo.bpm(), words),
                    Wording.number(tempo.rampToBpm(), words)));
        } else {
            parts.add(words.get("wording.bpm", bpm));
        }
        if (block.repeat() != null) {
            parts.add(block.repeat().untilSongEnds() && tempo.source() == TempoSource.SONG
                    ? words.get("handout.block.until-song-ends")
                    : words.get("handout.block.go-round", Wording.seconds(block.repeat().seconds(), words)));
        }
        if (block.restAfterSeconds() > 0) {
            parts.add(words.get("handout.then-rest", Wording.seconds(block.restAfterSeconds(), words)));
        }
        return String.join(" · ", parts);
    }
}
