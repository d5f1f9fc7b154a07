package org.toetempo.routine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.toetempo.text.Phrase.phrase;

/**
 * Reads exercise definitions, their levels and their phases, for a routine's own exercises and for the exercise
 * library alike, reporting problems as {@link RoutineReader} does.
 */
final class ExerciseReader {

    private final Problems problems;

    ExerciseReader(Problems problems) {
        this.problems = problems;
    }

    Map<String, Exercise> exercises(Fields top) {
        Map<String, Exercise> out = new LinkedHashMap<>();
        for (Exercise e : top.members("exercises", this::exercise)) {
            out.put(e.id(), e);
        }
        return out;
    }

    private Exercise exercise(JsonNode.Member member, String at) {
        Fields f = Fields.of(member.value(), at, "an exercise", problems);
        String name = f.text("name", true, 60);
        List<String> aliases = f.texts("aliases", false, 0, 0);
        String start = f.text("start", true, 0);
        List<String> instructions = f.texts("instructions", true, 1, 0);
        List<String> cues = f.texts("cues", true, 1, 40);
        List<String> mistakes = f.texts("mistakes", false, 0, 0);
        List<String> targets = f.texts("targets", false, 0, 0);
        List<String> equipment = f.texts("equipment", false, 0, 0);
        FootPart figure = f.choice("figure", true, FootPart.class);
        Posture posture = f.choice("posture", false, Posture.class);
        StartToes startToes = f.choice("start_toes", false, StartToes.class);
        List<Phase> phases = phases(f, "phases");
        List<Level> levels = levels(f);
        String defaultLevel = f.id("default_level", false);
        if (defaultLevel != null && levels.stream().noneMatch(l -> defaultLevel.equals(l.id()))) {
            List<String> ids = levels.stream().map(Level::id).toList();
            if (levels.isEmpty()) {
                f.problem("default_level", phrase("check.level.default-none"));
            } else {
                f.problem("default_level", CheckPhrases.suggesting(
                        phrase("check.level.default-unknown", defaultLevel, String.join(", ", ids)), defaultLevel, ids));
            }
        }
        List<String> safety = f.texts("safety", false, 0, 0);
        String source = f.text("source", false, 0);
        Clip clip = clip(f);
        f.finish();
        String chosenDefault = defaultLevel != null ? defaultLevel : levels.isEmpty() ? null : levels.get(0).id();
        return new Exercise(member.name(), name, aliases, start, instructions, cues, mistakes, targets, equipment,
                figure, phases, levels, chosenDefault, safety, source, clip, posture, startToes);
    }

    /** The optional {@code clip} of an exercise or a level: a stored video's name and one rep's in and out. */
    private Clip clip(Fields owner) {
        JsonNode node = owner.get("clip");
        if (node == null) {
            return null;
        }
        Fields f = Fields.of(node, owner.pathOf("clip"), "a clip", problems);
        String file = f.text("file", true, 0);
        Double in = f.number("rep_in", true, 0, Clip.MAX_SECONDS, " seconds");
        Double out = f.number("rep_out", true, 0, Clip.MAX_SECONDS, " seconds");
        f.finish();
        boolean ok = file != null && in != null && out != null;
        if (file != null && !Clip.FILE.matcher(file).matches()) {
            f.problem("file", phrase("check.clip.file", file));
            ok = false;
        }
        if (in != null && out != null && out - in < Clip.MIN_REP_SECONDS) {
            f.problem("rep_out", phrase("check.clip.rep-out", Fields.plain(Clip.MIN_REP_SECONDS), Fields.plain(in),
                    Fields.plain(out)));
            ok = false;
        }
        return ok ? new Clip(file, in, out) : null;
    }

    private List<Level> levels(Fields exercise) {
        List<JsonNode> items = exercise.array("levels", false, 0);
        List<Level> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Fields f = Fields.of(items.get(i), Fields.index(exercise.pathOf("levels"), i), "a level", problems);
            String id = f.id("id", true);
            String name = f.text("name", true, 60);
            String how = f.text("how", true, 0);
            List<Phase> phases = f.has("phases") ? phases(f, "phases") : null;
            Clip clip = clip(f);
            Posture posture = f.choice("posture", false, Posture.class);
            f.finish();
            if (id != null && !ids.add(id)) {
                f.problem("id", phrase("check.level.twice", id));
            }
            if (id != null) {
                out.add(new Level(id, name, how, phases, clip, posture));
            }
        }
        return List.copyOf(out);
    }

    List<Phase> phases(Fields owner, String field) {
        List<JsonNode> items = owner.array(field, true, 1);
        List<Phase> out = new ArrayList<>();
        if (items.size() > 16) {
            owner.problem(field, phrase("check.phases.too-many", String.valueOf(items.size())));
        }
        for (int i = 0; i < items.size(); i++) {
            String at = Fields.index(owner.pathOf(field), i);
            Fields f = Fields.of(items.get(i), at, "a phase", problems);
            Action action = f.choice("action", true, Action.class);
            Integer beats = f.integer("beats", false, 1, 32);
            Double seconds = f.number("seconds", false, 0.5, 600, " seconds");
            if (f.isObject() && f.has("beats") == f.has("seconds")) {
                problems.at(items.get(i), at, f.has("beats")
                        ? "give either beats or seconds, not both"
                        : "missing the length: give beats (a whole number from 1 to 32) or seconds",
                        f.has("beats") ? phrase("check.beats-and-seconds") : phrase("check.missing-length"));
            }
            String cue = f.text("cue", false, 24);
            FootPart part = f.choice("part", false, FootPart.class);
            f.finish();
            out.add(new Phase(action == null ? Action.HOLD : action, beats == null ? 0 : beats,
                    seconds == null ? 0 : seconds, cue == null ? "" : cue, part));
        }
        return List.copyOf(out);
    }
}
