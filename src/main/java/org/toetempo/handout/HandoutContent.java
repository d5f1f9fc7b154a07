package org.toetempo.handout;

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
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedLength;
import org.toetempo.timing.Schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
     */
    record Item(int number, String title, boolean optional, String dose, String rhythm, String how, String cues,
                String prompt, String note, KeyPose pose) {
    }

    static HandoutContent of(Routine routine, HandoutOptions options) {
        Stage stage = stage(routine, options.stage());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Why", routine.purpose()));
        Frequency frequency = stage != null && stage.frequency() != null ? stage.frequency() : routine.frequency();
        facts.add(new Fact("How often", Wording.frequency(frequency) + (frequency.note() != null ? ". " + frequency.note() : "")));
        PlayOptions play = stage == null ? PlayOptions.defaults() : PlayOptions.defaults().withStage(stage.id());
        facts.add(new Fact("Takes", PlayedLength.about(PlayedLength.seconds(routine, play)) + " at the tempo below"));
        Tempo tempo = routine.tempo();
        facts.add(new Fact("Tempo", Wording.number(tempo.bpm()) + " beats per minute to start; you may go from "
                + Wording.number(tempo.minBpm()) + " to " + Wording.number(tempo.maxBpm())
                + ". Follow the Toe Tempo app, a metronome, or count steadily."));
        facts.add(new Fact("You need", routine.equipment().isEmpty() ? "Nothing but bare feet." : String.join(", ", routine.equipment()) + "."));
        if (routine.setup() != null) {
            facts.add(new Fact("Start", routine.setup()));
        }
        if (stage != null) {
            facts.add(new Fact("Stage", stage.name() + ", weeks " + stage.fromWeek()
                    + (stage.toWeek() != stage.fromWeek() ? "–" + stage.toWeek() : "")
                    + (stage.note() != null ? ". " + stage.note() : "")
                    + (routine.stages().size() > 1 ? ". This programme has " + routine.stages().size() + " stages." : "")));
        }

        List<Section> sections = new ArrayList<>();
        List<String> safety = new ArrayList<>(routine.safety());
        List<String> safetyTexts = new ArrayList<>(routine.safety());
        int number = 0;
        for (Block block : routine.blocks()) {
            if (stage != null && !stage.id().equals(block.stage())) {
                continue;
            }
            Tempo blockTempo = tempo.with(block.tempo());
            List<Item> items = new ArrayList<>();
            List<Step> steps = block.steps();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                Step pair = i + 1 < steps.size() && mirrored(step, steps.get(i + 1)) ? steps.get(i + 1) : null;
                Exercise exercise = routine.exercise(step.exercise());
                items.add(item(++number, step, pair, exercise, blockTempo));
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
            sections.add(new Section(block.name(), blockDetail(block, blockTempo), block.note(), items));
        }
        return new HandoutContent(routine.id(), routine.name(), routine.summary(), facts, sections, List.copyOf(safety));
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

    private static Item item(int number, Step step, Step pair, Exercise exercise, Tempo blockTempo) {
        Step shown = pair == null ? step : new Step(step.exercise(), step.title(), step.level(), step.onlyAtLevel(),
                step.side() == Side.RIGHT ? Side.RIGHT_THEN_LEFT : Side.LEFT_THEN_RIGHT, step.sets(), step.reps(),
                step.forSeconds(), step.phases(), step.restBetweenSetsSeconds(), step.restAfterSeconds(), step.tempo(),
                step.cues(), step.prompt(), step.note(), step.optional());
        String dose = Wording.dose(shown, exercise);
        if (pair != null && step.restAfterSeconds() > 0) {
            dose += " · " + Wording.seconds(step.restAfterSeconds()) + " rest between feet";
        }
        double restAfter = pair != null ? pair.restAfterSeconds() : step.restAfterSeconds();
        if (restAfter > 0) {
            dose += " · then rest " + Wording.seconds(restAfter);
        }
        double bpm = step.tempo() != null && step.tempo().bpm() != null ? step.tempo().bpm() : blockTempo.bpm();
        String rhythm = "One rep: " + rep(Wording.phasesOf(step, exercise))
                + " (at " + Wording.number(bpm) + " BPM)";
        String level = step.level() != null ? step.level() : exercise.defaultLevel();
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
                KeyPose.of(step, exercise));
    }

    /** "lift 2 beats “up”, lower 2 beats “down”", "dome, hold 5 s, release". */
    static String rep(List<Phase> phases) {
        List<String> parts = new ArrayList<>();
        for (Phase phase : phases) {
            String length = phase.timedInBeats() ? phase.beats() + (phase.beats() == 1 ? " beat" : " beats")
                    : Wording.seconds(phase.seconds());
            String cue = phase.cue() == null || phase.cue().isEmpty() ? "" : " \u201c" + phase.cue() + "\u201d";
            parts.add(phase.action().json().replace('-', ' ') + " " + length + cue);
        }
        return String.join(", ", parts);
    }

    private static String blockDetail(Block block, Tempo tempo) {
        List<String> parts = new ArrayList<>();
        if (tempo.source() == TempoSource.SONG) {
            parts.add("to a song you like (or " + Wording.number(tempo.bpm()) + " BPM)");
        } else if (tempo.ramps()) {
            parts.add(Wording.number(tempo.bpm()) + " BPM, speeding up to " + Wording.number(tempo.rampToBpm()));
        } else {
            parts.add(Wording.number(tempo.bpm()) + " BPM");
        }
        if (block.repeat() != null) {
            parts.add(block.repeat().untilSongEnds() && tempo.source() == TempoSource.SONG
                    ? "go round the moves until the song ends"
                    : "go round the moves for " + Wording.seconds(block.repeat().seconds()).replace(" min", " minutes"));
        }
        if (block.restAfterSeconds() > 0) {
            parts.add("then rest " + Wording.seconds(block.restAfterSeconds()));
        }
        return String.join(" · ", parts);
    }
}
