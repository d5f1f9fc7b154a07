package org.toetempo.routine;

import org.toetempo.text.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.toetempo.text.Phrase.phrase;

/**
 * Reads a routine file (format 1) into a {@link Routine}, checking every field, every reference and every
 * tempo range, and reporting all problems with their line, column and JSON path.
 */
public final class RoutineReader {

    /**
     * The most steps a routine may have, written out (the longest built-in has 34). A limit of the format: the
     * handout, the snapshot and the library's details of a 10,000-step file took 10-35 s and up to 1.8 GB.
     */
    public static final int MAX_STEPS = 500;

    private final ExerciseLibrary library;

    public RoutineReader(ExerciseLibrary library) {
        this.library = library;
    }

    /** Reads one file's bytes; {@code file} is the name used in problem reports. */
    public LoadResult read(String file, byte[] bytes) {
        JsonTreeParser.Outcome parsed = new JsonTreeParser(file).parse(bytes);
        if (parsed.root() == null) {
            return LoadResult.failed(file, parsed.problems());
        }
        Problems problems = new Problems(file);
        Translations.Result translated = Translations.apply(parsed.root(), language(), problems);
        Routine routine = new Session(problems, library).routine(translated.root());
        if (!problems.isEmpty()) {
            return LoadResult.failed(file, problems.sorted());
        }
        Translations.Coverage c = translated.coverage();
        return LoadResult.loaded(file, routine).withLanguage(new LoadResult.Language(c.language(), c.own(),
                c.translated(), c.untranslated()));
    }

    /** The language routines are read in: the exercise library's. */
    public String language() {
        return library == null ? Translations.DEFAULT_LANGUAGE : library.language();
    }

    /**
     * What {@code validate} found in a file.
     *
     * @param what     "routine 'id'" or "exercise library (N exercises)"
     * @param problems empty when the file is valid
     */
    public record Check(String what, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks a file that may be a routine or an exercise library, telling them apart by their fields. */
    public Check check(String file, byte[] bytes) {
        JsonTreeParser.Outcome parsed = new JsonTreeParser(file).parse(bytes);
        if (parsed.root() instanceof JsonNode.Obj obj && obj.members().containsKey("exercises")
                && !obj.members().containsKey("blocks") && !obj.members().containsKey("id")) {
            List<Problem> problems = new ArrayList<>();
            Map<String, Exercise> exercises = readLibrary(file, bytes, language(), problems);
            return new Check("exercise library (" + exercises.size() + " exercises)", problems);
        }
        LoadResult result = read(file, bytes);
        return new Check(result.ok() ? "routine '" + result.routine().id() + "'" : "routine", result.problems());
    }

    /** Reads the exercise library format ({@code {"format": 1, "exercises": {...}}}). */
    static Map<String, Exercise> readLibrary(String file, byte[] bytes, String language, List<Problem> problemsOut) {
        JsonTreeParser.Outcome parsed = new JsonTreeParser(file).parse(bytes);
        if (parsed.root() == null) {
            problemsOut.addAll(parsed.problems());
            return Map.of();
        }
        Problems problems = new Problems(file);
        Session session = new Session(problems, null);
        JsonNode root = Translations.apply(parsed.root(), language, problems).root();
        Fields top = Fields.of(root, "$", "the exercise library", problems);
        top.allow("$schema", Translations.MEMBER, "language");
        session.format(top);
        Map<String, Exercise> exercises = session.exercises(top);
        top.finish();
        problemsOut.addAll(problems.sorted());
        return exercises;
    }

    /** State of one read: the problems so far and the exercises known to this file. */
    private static final class Session {

        private final Problems problems;
        private final ExerciseLibrary library;
        private final Map<String, Exercise> own = new LinkedHashMap<>();
        private final Map<String, Exercise> used = new LinkedHashMap<>();

        private final ExerciseReader exerciseReader;

        Session(Problems problems, ExerciseLibrary library) {
            this.problems = problems;
            this.library = library;
            this.exerciseReader = new ExerciseReader(problems);
        }

        Map<String, Exercise> exercises(Fields top) {
            return exerciseReader.exercises(top);
        }

        Routine routine(JsonNode root) {
            Fields top = Fields.of(root, "$", "a routine file", problems);
            if (!top.isObject()) {
                return null;
            }
            top.allow("$schema", Translations.MEMBER, "language");
            if (!format(top)) {
                return null;
            }
            own.putAll(exercises(top));
            used.putAll(own);
            String id = top.id("id", true);
            String name = top.text("name", true, 60);
            String summary = top.text("summary", true, 160);
            String purpose = top.text("purpose", true, 0);
            List<Audience> audience = audience(top);
            Difficulty difficulty = top.choice("difficulty", false, Difficulty.class);
            EstimatedDuration duration = duration(top);
            Frequency frequency = frequency(top.get("frequency"), top.pathOf("frequency"), true, top);
            String setup = top.text("setup", false, 0);
            List<String> equipment = top.texts("equipment", true, 0, 0);
            List<String> safety = top.texts("safety", true, 1, 0);
            List<String> credits = top.texts("credits", false, 0, 0);
            List<String> notes = top.texts("notes", false, 0, 0);
            Tempo tempo = topTempo(top);
            List<Stage> stages = stages(top);
            List<Block> blocks = blocks(top, tempo, stages);
            top.finish();
            return new Routine(Routine.FORMAT, id, name, summary, purpose, audience,
                    difficulty == null ? Difficulty.MODERATE : difficulty, duration, frequency, setup, equipment,
                    safety, credits, notes, tempo, Map.copyOf(used), stages, blocks);
        }

        boolean format(Fields top) {
            JsonNode value = top.get("format");
            if (value == null) {
                problems.at(top.node(), "$", "missing required field 'format' (write \"format\": 1 as the first field)",
                        phrase("check.missing-format"));
                return false;
            }
            if (value instanceof JsonNode.Num num && num.value().compareTo(BigDecimal.ONE) == 0) {
                return true;
            }
            if (value instanceof JsonNode.Num num && num.value().compareTo(BigDecimal.ONE) > 0) {
                problems.at(value, "$.format", "this file is format " + value.describe()
                        + "; this version of Toe Tempo reads format 1 (a newer Toe Tempo wrote it?)",
                        phrase("check.newer-format", value.describe()));
            } else {
                problems.at(value, "$.format", "format must be 1, not " + value.describe(),
                        CheckPhrases.not(phrase("check.format-one"), value));
            }
            return false;
        }

        private List<Audience> audience(Fields top) {
            List<JsonNode> items = top.array("audience", true, 1);
            List<String> options = choices(Audience.class);
            List<Audience> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Audience a = top.choiceOf(items.get(i), Fields.index(top.pathOf("audience"), i),
                        "audience must be among " + String.join(", ", options),
                        phrase("check.audience", String.join(", ", options)), Audience.class, options);
                if (a != null && !out.contains(a)) {
                    out.add(a);
                }
            }
            return List.copyOf(out);
        }

        private EstimatedDuration duration(Fields top) {
            JsonNode node = top.get("duration");
            if (node == null) {
                top.text("duration", true, 0);
                return null;
            }
            Fields f = Fields.of(node, top.pathOf("duration"), "duration", problems);
            Double minutes = f.number("minutes", true, 0.5, 180, " minutes");
            Double tolerance = f.number("tolerance_minutes", false, 0, 60, " minutes");
            f.finish();
            return new EstimatedDuration(minutes == null ? 0 : minutes, tolerance == null ? 1 : tolerance);
        }

        private Frequency frequency(JsonNode node, String path, boolean required, Fields parent) {
            if (node == null) {
                if (required) {
                    parent.text("frequency", true, 0);
                }
                return null;
            }
            Fields f = Fields.of(node, path, "frequency", problems);
            Integer times = f.integer("times", true, 1, 21);
            Period per = f.choice("per", true, Period.class);
            String note = f.text("note", false, 0);
            f.finish();
            return new Frequency(times == null ? 1 : times, per == null ? Period.WEEK : per, note);
        }

        private Tempo topTempo(Fields top) {
            JsonNode node = top.get("tempo");
            if (node == null) {
                top.text("tempo", true, 0);
                return new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120);
            }
            Fields f = Fields.of(node, top.pathOf("tempo"), "tempo", problems);
            Double bpm = f.number("bpm", true, 20, 240, " beats per minute");
            double base = bpm == null ? 60 : bpm;
            TempoOverride o = tempoFields(f, base);
            Integer countIn = f.integer("count_in_beats", false, 0, 16);
            Integer perBar = f.integer("beats_per_bar", false, 1, 12);
            Double halfTime = f.number("half_time_above_bpm", false, 20, 240, " beats per minute");
            f.finish();
            Tempo tempo = new Tempo(base,
                    o.minBpm() != null ? o.minBpm() : Math.max(20, base - 20),
                    o.maxBpm() != null ? o.maxBpm() : Math.min(240, base + 40),
                    o.rampToBpm() != null ? o.rampToBpm() : 0,
                    o.source() != null ? o.source() : TempoSource.METRONOME,
                    countIn == null ? 4 : countIn, perBar == null ? 4 : perBar, halfTime == null ? 120 : halfTime);
            checkRange(tempo, f, phrase("check.owner.routine"));
            return tempo;
        }

        /** A block's or step's tempo override; {@code null} when it has none. */
        private TempoOverride tempoOverride(JsonNode node, String path, boolean step) {
            if (node == null) {
                return null;
            }
            Fields f = Fields.of(node, path, "tempo", problems);
            Double bpm = f.number("bpm", false, 20, 240, " beats per minute");
            TempoOverride o = tempoFields(f, bpm);
            for (String topOnly : List.of("count_in_beats", "beats_per_bar", "half_time_above_bpm")) {
                if (f.has(topOnly)) {
                    f.problem(topOnly, phrase("check.tempo.top-only", topOnly));
                }
            }
            // A ramp spreads over a block's beats, and a song is followed block by block: a step cannot do either.
            for (String blockOnly : step ? List.of("ramp_to_bpm", "source") : List.<String>of()) {
                if (f.has(blockOnly)) {
                    f.problem(blockOnly, phrase("check.tempo.block-only", blockOnly));
                }
            }
            f.finish();
            return new TempoOverride(bpm, o.minBpm(), o.maxBpm(), o.rampToBpm(), o.source());
        }

        private TempoOverride tempoFields(Fields f, Double bpm) {
            Double min = f.number("min_bpm", false, 20, 240, " beats per minute");
            Double max = f.number("max_bpm", false, 20, 240, " beats per minute");
            Double ramp = f.number("ramp_to_bpm", false, 20, 240, " beats per minute");
            TempoSource source = f.choice("source", false, TempoSource.class);
            return new TempoOverride(bpm, min, max, ramp, source);
        }

        /** @param owner whose range it is: "the routine", "this block", "this step" */
        private void checkRange(Tempo tempo, Fields where, Phrase owner) {
            if (tempo.minBpm() > tempo.maxBpm()) {
                where.problem("min_bpm", phrase("check.tempo.min-above-max", Fields.plain(tempo.minBpm()),
                        Fields.plain(tempo.maxBpm())));
            } else if (!tempo.allows(tempo.bpm())) {
                where.problem("bpm", phrase("check.tempo.outside", Fields.plain(tempo.bpm()), owner,
                        Fields.plain(tempo.minBpm()), Fields.plain(tempo.maxBpm())));
            }
            if (tempo.rampToBpm() > 0 && !tempo.allows(tempo.rampToBpm())) {
                where.problem("ramp_to_bpm", phrase("check.tempo.ramp-outside", Fields.plain(tempo.rampToBpm()), owner,
                        Fields.plain(tempo.minBpm()), Fields.plain(tempo.maxBpm())));
            }
        }

        private void checkOverride(Tempo base, TempoOverride override, JsonNode node, String path, Phrase owner) {
            if (override == null || !(node instanceof JsonNode.Obj)) {
                return;
            }
            Tempo effective = base.with(override);
            if (override.bpm() == null && !effective.allows(effective.bpm())) {
                problems.at(node, path, phrase("check.tempo.inherited-outside", Fields.plain(effective.bpm()), owner,
                        Fields.plain(effective.minBpm()), Fields.plain(effective.maxBpm())));
            } else {
                // A second view of the same object, used only to place the problems on the right field.
                checkRange(effective, Fields.of(node, path, "tempo", problems), owner);
            }
        }

        private List<Stage> stages(Fields top) {
            List<JsonNode> items = top.array("stages", false, 0);
            List<Stage> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String at = Fields.index(top.pathOf("stages"), i);
                Fields f = Fields.of(items.get(i), at, "a stage", problems);
                String id = f.id("id", true);
                String name = f.text("name", true, 60);
                int from = 1;
                int to = 1;
                JsonNode weeks = f.get("weeks");
                if (weeks == null) {
                    f.text("weeks", true, 0);
                } else {
                    Fields w = Fields.of(weeks, f.pathOf("weeks"), "weeks", problems);
                    Integer a = w.integer("from", true, 1, 104);
                    Integer b = w.integer("to", true, 1, 104);
                    if (a != null && b != null && a > b) {
                        w.problem("to", phrase("check.weeks.order", String.valueOf(b), String.valueOf(a)));
                    }
                    from = a == null ? 1 : a;
                    to = b == null ? from : b;
                    w.finish();
                }
                Frequency frequency = frequency(f.get("frequency"), f.pathOf("frequency"), false, f);
                String note = f.text("note", false, 0);
                f.finish();
                if (id != null && !ids.add(id)) {
                    f.problem("id", phrase("check.stage.twice", id));
                }
                out.add(new Stage(id, name, from, to, frequency, note));
            }
            return List.copyOf(out);
        }

        private List<Block> blocks(Fields top, Tempo tempo, List<Stage> stages) {
            List<JsonNode> items = top.array("blocks", true, 1);
            int total = 0;
            Set<String> stageIds = stages.stream().map(Stage::id).collect(Collectors.toSet());
            List<Block> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String at = Fields.index(top.pathOf("blocks"), i);
                Fields f = Fields.of(items.get(i), at, "a block", problems);
                String name = f.text("name", true, 60);
                String stage = f.id("stage", false);
                if (stage != null && !stageIds.contains(stage)) {
                    f.problem("stage", stages.isEmpty() ? phrase("check.stage.none") : phrase("check.stage.unknown",
                            CheckPhrases.suggesting(phrase("check.stage.unknown-name", stage), stage, stageIds),
                            String.join(", ", stageIds)));
                } else if (stage == null && !stages.isEmpty() && f.isObject()) {
                    problems.at(f.node(), at, phrase("check.stage.needed"));
                }
                TempoOverride blockTempo = tempoOverride(f.get("tempo"), f.pathOf("tempo"), false);
                checkOverride(tempo, blockTempo, f.get("tempo"), f.pathOf("tempo"), phrase("check.owner.block"));
                Tempo effective = tempo.with(blockTempo);
                Repeat repeat = repeat(f);
                Double rest = f.number("rest_after_s", false, 0, 600, " seconds");
                String note = f.text("note", false, 0);
                List<Step> steps = steps(f, effective);
                int before = total;
                total += steps.size();
                if (before <= MAX_STEPS && total > MAX_STEPS) {
                    f.problem("steps", phrase("check.steps.too-many", String.valueOf(MAX_STEPS), String.valueOf(total)));
                }
                f.finish();
                out.add(new Block(name, stage, blockTempo, repeat, rest == null ? 0 : rest, note, steps));
            }
            return List.copyOf(out);
        }

        private Repeat repeat(Fields block) {
            JsonNode node = block.get("repeat");
            if (node == null) {
                return null;
            }
            Fields f = Fields.of(node, block.pathOf("repeat"), "repeat", problems);
            Double seconds = f.number("seconds", true, 1, 7200, " seconds");
            Boolean untilSongEnds = f.bool("until_song_ends");
            f.finish();
            return new Repeat(seconds == null ? 60 : seconds, untilSongEnds != null && untilSongEnds);
        }

        private List<Step> steps(Fields block, Tempo blockTempo) {
            List<JsonNode> items = block.array("steps", true, 1);
            List<Step> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Step step = step(items.get(i), Fields.index(block.pathOf("steps"), i), blockTempo);
                if (step != null) {
                    out.add(step);
                }
            }
            return List.copyOf(out);
        }

        private Step step(JsonNode node, String at, Tempo blockTempo) {
            Fields f = Fields.of(node, at, "a step", problems);
            String exerciseId = f.id("exercise", true);
            Exercise exercise = exerciseId == null ? null : resolve(exerciseId, f);
            String title = f.text("title", false, 60);
            String level = levelReference(f, "level", exercise);
            String onlyAt = levelReference(f, "only_at_level", exercise);
            Side side = f.choice("side", true, Side.class);
            Integer sets = f.integer("sets", false, 1, 50);
            Integer reps = f.integer("reps", false, 1, 500);
            Double forSeconds = f.number("for_seconds", false, 1, 1800, " seconds");
            if (f.isObject() && f.has("reps") == f.has("for_seconds")) {
                problems.at(node, at, f.has("reps")
                        ? "give either reps or for_seconds, not both"
                        : "missing the dose: give reps (a whole number from 1 to 500) or for_seconds",
                        f.has("reps") ? phrase("check.reps-and-seconds") : phrase("check.missing-dose"));
            }
            List<Phase> phases = f.has("phases") ? exerciseReader.phases(f, "phases") : null;
            Double restBetween = f.number("rest_between_sets_s", false, 0, 600, " seconds");
            Double restAfter = f.number("rest_after_s", false, 0, 600, " seconds");
            TempoOverride tempo = tempoOverride(f.get("tempo"), f.pathOf("tempo"), true);
            checkOverride(blockTempo, tempo, f.get("tempo"), f.pathOf("tempo"), phrase("check.owner.step"));
            List<String> cues = f.has("cues") ? f.texts("cues", false, 1, 40) : null;
            String prompt = f.text("prompt", false, 200);
            String note = f.text("note", false, 0);
            Boolean optional = f.bool("optional");
            f.finish();
            if (exercise == null && exerciseId == null && !f.isObject()) {
                return null;
            }
            return new Step(exerciseId, title, level, onlyAt, side, sets == null ? 1 : sets,
                    reps == null ? 0 : reps, forSeconds == null ? 0 : forSeconds, phases,
                    restBetween == null ? 0 : restBetween, restAfter == null ? 0 : restAfter, tempo, cues,
                    prompt, note, optional != null && optional);
        }

        private Exercise resolve(String exerciseId, Fields step) {
            Exercise exercise = own.get(exerciseId);
            if (exercise == null && library != null) {
                exercise = library.find(exerciseId).orElse(null);
            }
            if (exercise == null) {
                Set<String> known = new HashSet<>(own.keySet());
                if (library != null) {
                    known.addAll(library.ids());
                }
                step.problem("exercise", phrase("check.exercise.unknown", CheckPhrases.suggesting(
                        phrase("check.exercise.unknown-name", exerciseId), exerciseId, known)));
                return null;
            }
            used.put(exerciseId, exercise);
            return exercise;
        }

        private String levelReference(Fields step, String field, Exercise exercise) {
            String level = step.id(field, false);
            if (level == null || exercise == null) {
                return level;
            }
            if (exercise.levels().isEmpty()) {
                step.problem(field, phrase("check.level.none", exercise.id(), field));
            } else if (exercise.levelIndex(level) < 0) {
                List<String> ids = exercise.levels().stream().map(Level::id).toList();
                step.problem(field, phrase("check.level.unknown", CheckPhrases.suggesting(
                        phrase("check.level.unknown-name", exercise.id(), level), level, ids), String.join(", ", ids)));
            }
            return level;
        }

        private static <E extends Enum<E> & Choice> List<String> choices(Class<E> type) {
            List<String> out = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                out.add(e.json());
            }
            return out;
        }
    }
}
