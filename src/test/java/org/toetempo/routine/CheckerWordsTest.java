package org.toetempo.routine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.routine.Fixtures.MINIMAL;
import static org.toetempo.routine.Fixtures.read;

/** The checker's problems keep their English message and carry the same words as a phrase, worded in German too. */
class CheckerWordsTest {

    private static final Messages GERMAN = Messages.of(Language.GERMAN);

    /** Each replacement breaks {@link Fixtures#MINIMAL} in one way; together they reach every kind of message. */
    private static final List<Map.Entry<String, String>> BREAKS = List.of(
            Map.entry("\"bpm\": 60,", "\"bmp\": 60,"),
            Map.entry("\"reps\": 8", "\"reps\": 0"),
            Map.entry("\"reps\": 8", "\"reps\": \"8\""),
            Map.entry("\"reps\": 8", "\"reps\": \"a very long text that goes on and on and on and on\""),
            Map.entry("\"reps\": 8", "\"reps\": [8]"),
            Map.entry("\"reps\": 8", "\"reps\": { \"n\": 8 }"),
            Map.entry("\"reps\": 8", "\"for_seconds\": 30"),
            Map.entry("\"reps\": 8", "\"reps\": 8, \"for_seconds\": 30"),
            Map.entry("\"reps\": 8", "\"reps\": 8, \"reps\": 9"),
            Map.entry("\"name\": \"Big Toe Basics\"", "\"name\": 5"),
            Map.entry("\"name\": \"Big Toe Basics\"", "\"name\": \" \""),
            Map.entry("\"name\": \"Big Toe Basics\"", "\"name\": \"Big\\u0007Toe\""),
            Map.entry("\"name\": \"Big Toe Basics\"", "\"name\": \"" + "x".repeat(200) + "\""),
            Map.entry("\"id\": \"big-toe-basics\"", "\"id\": \"Big Toe\""),
            Map.entry("\"id\": \"big-toe-basics\",", ""),
            Map.entry("\"id\": \"big-toe-basics\",\n  \"name\": \"Big Toe Basics\",", ""),
            Map.entry("\"side\": \"right-then-left\"", "\"side\": \"rigth-then-left\""),
            Map.entry("\"side\": \"right-then-left\"", "\"side\": 3"),
            Map.entry("\"side\": \"right-then-left\",", ""),
            Map.entry("[\"runner\"]", "[\"runer\"]"),
            Map.entry("[\"runner\"]", "[]"),
            Map.entry("[\"runner\"]", "\"runner\""),
            Map.entry("\"format\": 1,", "\"format\": 2,"),
            Map.entry("\"format\": 1,", "\"format\": \"1\","),
            Map.entry("\"format\": 1,", ""),
            Map.entry("[\"Stop if you feel sharp pain.\"]", "[\"\"]"),
            Map.entry("[\"Stop if you feel sharp pain.\"]", "5"),
            Map.entry("\"equipment\": [],", ""),
            Map.entry("\"blocks\": [", "\"blocks\": [5, "),
            Map.entry("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }", "true"),
            Map.entry("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }", "{ \"min_bpm\": 40, \"max_bpm\": 100 }"),
            Map.entry("{ \"minutes\": 2, \"tolerance_minutes\": 1 }", "{ \"minutes\": 999 }"),
            Map.entry("{ \"action\": \"lift\", \"beats\": 1, \"cue\": \"up\" }", "{ \"action\": \"lift\", \"cue\": \"up\" }"),
            Map.entry("{ \"action\": \"lift\", \"beats\": 1, \"cue\": \"up\" }",
                    "{ \"action\": \"lift\", \"beats\": 1, \"seconds\": 1, \"cue\": \"up\" }"),
            Map.entry("\n}", "\n} x"),
            Map.entry("\n}", "\n} []"),
            Map.entry("\"format\": 1,", "\"format\": 1,,"));

    @Test
    void everyPhraseSaysInEnglishExactlyWhatTheMessageSays() {
        List<Problem> all = new ArrayList<>();
        for (Map.Entry<String, String> change : BREAKS) {
            assertThat(MINIMAL).as(change.getKey()).contains(change.getKey());
            all.addAll(read(MINIMAL.replace(change.getKey(), change.getValue())).problems());
        }
        all.addAll(read("").problems());
        all.addAll(read("  ").problems());

        assertThat(all).hasSizeGreaterThan(BREAKS.size());
        for (Problem problem : all) {
            assertThat(problem.phrase().english()).as(problem.toString()).isEqualTo(problem.message());
        }
        // Not merely the English taken as it is: the checker's own messages have their keys.
        assertThat(all).allSatisfy(problem -> assertThat(problem.phrase().key()).as(problem.message()).isNotNull());
    }

    /**
     * The rarer messages (tempo ranges, stages, levels, own exercises, clips, translations, too many steps) keep
     * their English word for word and have their German words: each break below reaches at least one of them.
     */
    @Test
    void theRarerMessagesHaveTheirWordsToo() {
        String every = EveryFieldRoutine.TEXT;
        List<String> files = new ArrayList<>(List.of(
                MINIMAL.replace("\"reps\": 8", "\"reps\": 8, \"tempo\": { \"count_in_beats\": 4 }"),
                MINIMAL.replace("\"reps\": 8", "\"reps\": 8, \"tempo\": { \"ramp_to_bpm\": 80 }"),
                MINIMAL.replace("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }", "{ \"bpm\": 60, \"min_bpm\": 90, \"max_bpm\": 80 }"),
                MINIMAL.replace("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }", "{ \"bpm\": 120, \"min_bpm\": 40, \"max_bpm\": 100 }"),
                MINIMAL.replace("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }",
                        "{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100, \"ramp_to_bpm\": 120 }"),
                MINIMAL.replace("\"name\": \"Main\",", "\"name\": \"Main\", \"tempo\": { \"min_bpm\": 80, \"max_bpm\": 100 },"),
                MINIMAL.replace("\"reps\": 8", "\"reps\": 8, \"tempo\": { \"bpm\": 30 }"),
                MINIMAL.replace("\"name\": \"Main\",", "\"name\": \"Main\", \"stage\": \"a\","),
                MINIMAL.replace("\"single-big-toe-raise\"", "\"single-big-toe-rise\""),
                MINIMAL.replace("\"single-big-toe-raise\"", "\"pencil-lift\""),
                MINIMAL.replace("\"level\": \"seated\"", "\"level\": \"seatd\""),
                every.replace("\"to\": 2 }", "\"to\": 0 }").replace("\"from\": 1, \"to\": 0", "\"from\": 3, \"to\": 2"),
                every.replace("{ \"id\": \"b\", \"name\": \"Stage B\"", "{ \"id\": \"a\", \"name\": \"Stage B\""),
                every.replace("\"stage\": \"a\",", "\"stage\": \"c\","),
                every.replace("\"stage\": \"a\",", ""),
                every.replace("\"default_level\": \"heavy\"", "\"default_level\": \"heavier\""),
                every.replace("\"default_level\": \"heavy\"", "\"default_level\": \"hevy\""),
                every.replace("{ \"id\": \"weighted\"", "{ \"id\": \"light\""),
                every.replace("\"figure\": \"balance\",", "\"figure\": \"balance\", \"default_level\": \"x\","),
                every.replace("\"source\": \"A test.\"", "\"source\": \"A test.\", \"clip\": { \"file\": \"me.mp4\", "
                        + "\"rep_in\": 1, \"rep_out\": 1.1 }"),
                every.replace("\"phases\": [ { \"action\": \"hold\", \"seconds\": 10, \"cue\": \"hold\" } ]",
                        "\"phases\": [" + "{ \"action\": \"hold\", \"seconds\": 1 },".repeat(16)
                                + "{ \"action\": \"hold\", \"seconds\": 1 }]"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": 5,"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": { \"Deutsch\": {} },"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": { \"de\": [] },"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"language\": 5,"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": { \"de\": { \"$.id\": \"x\" } },"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": { \"de\": { \"$.format\": \"x\" } },"),
                MINIMAL.replace("\"format\": 1,", "\"format\": 1, \"translations\": { \"de\": { \"$.safety\": \"x\" } },"),
                MINIMAL.replace("\"steps\": [", "\"steps\": [" + ("{ \"exercise\": \"single-big-toe-raise\", "
                        + "\"level\": \"seated\", \"side\": \"right\", \"reps\": 1 },").repeat(RoutineReader.MAX_STEPS))));
        // An exercise of the file's own, without levels, for the step to use.
        String pencil = """
                "exercises": { "pencil-lift": { "name": "Pencil Lift", "start": "Seated.", "instructions": ["Pick it up."],
                  "cues": ["Curl"], "figure": "all-toes", "phases": [{ "action": "grab", "beats": 2 }] } },
                "tempo\"""";
        files.set(9, files.get(9).replace("\"tempo\"", pencil));
        List<Problem> all = new ArrayList<>();
        for (String file : files) {
            List<Problem> problems = read(file).problems();
            assertThat(problems).as(file).isNotEmpty();
            all.addAll(problems);
        }

        for (Problem problem : all) {
            assertThat(problem.phrase().key()).as(problem.message()).isNotNull();
            assertThat(problem.phrase().english()).as(problem.toString()).isEqualTo(problem.message());
            assertThat(problem.message(GERMAN)).as(problem.toString()).isNotEqualTo(problem.message());
        }
        assertThat(all.stream().map(p -> p.phrase().key()).distinct().toList()).contains("check.tempo.top-only",
                "check.tempo.block-only", "check.tempo.min-above-max", "check.tempo.outside", "check.tempo.ramp-outside",
                "check.tempo.inherited-outside", "check.weeks.order", "check.stage.twice", "check.stage.none",
                "check.stage.unknown", "check.stage.needed", "check.steps.too-many", "check.exercise.unknown",
                "check.level.none", "check.level.unknown", "check.level.default-none", "check.level.default-unknown",
                "check.did-you-mean", "check.level.twice", "check.clip.file", "check.clip.rep-out",
                "check.phases.too-many", "check.not", "check.translations.language", "check.translation.not-words",
                "check.translation.id-or-choice");
        assertThat(german("\"single-big-toe-raise\"", "\"single-big-toe-rise\"")).contains("unbekannte Übung "
                + "'single-big-toe-rise' (meinten Sie 'single-big-toe-raise'?); legen Sie sie unter \"exercises\" in "
                + "dieser Datei an oder nehmen Sie eine aus der mitgelieferten Bibliothek");
        assertThat(german("{ \"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 100 }", "{ \"bpm\": 120, \"min_bpm\": 40, \"max_bpm\": 100 }"))
                .contains("bpm 120 liegt außerhalb des Bereichs der Routine: 40–100 (min_bpm–max_bpm)");
    }

    @Test
    void theCommonMessagesReadInGerman() {
        assertThat(german("\"bpm\": 60,", "\"bmp\": 60,")).contains(
                "unbekanntes Feld 'bmp' (meinten Sie 'bpm'?)",
                "Pflichtfeld 'bpm' fehlt (muss eine Zahl von 20 bis 240 Schlägen pro Minute sein)");
        assertThat(german("\"reps\": 8", "\"reps\": 0")).containsExactly("reps muss eine ganze Zahl von 1 bis 500 sein, nicht 0");
        assertThat(german("\"reps\": 8", "\"reps\": \"8\""))
                .containsExactly("reps muss eine ganze Zahl von 1 bis 500 sein, nicht der Text \"8\"");
        assertThat(german("\"reps\": 8", "\"reps\": 8, \"reps\": 9")).containsExactly("das Feld 'reps' kommt zweimal vor; behalten Sie nur eines");
        assertThat(german("\"name\": \"Big Toe Basics\"", "\"name\": [5]"))
                .containsExactly("name muss Text in Anführungszeichen sein, nicht eine Liste");
        assertThat(german("\"id\": \"big-toe-basics\",\n  \"name\": \"Big Toe Basics\",", ""))
                .containsExactly("Pflichtfelder fehlen: 'id', 'name'");
        assertThat(german("\"side\": \"right-then-left\"", "\"side\": \"rigth-then-left\"")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("side muss einer der Werte ").endsWith(
                        " sein; nicht 'rigth-then-left' (meinten Sie 'right-then-left'?)"));
        assertThat(german("\"format\": 1,", "")).containsExactly(
                "Pflichtfeld 'format' fehlt (schreiben Sie \"format\": 1 als erstes Feld)");
        assertThat(german("\"blocks\": [", "\"blocks\": [5, ")).containsExactly("ein Block muss ein Objekt { ... } sein, nicht 5");
        assertThat(german("\n}", "\n} []")).containsExactly("unerwarteter Text nach dem Ende des JSON-Objekts");
    }

    /** The file-level refusals (what `validate` and the library say before any field is read) are worded too. */
    @Test
    void fileLevelProblemsHaveTheirWords(@TempDir Path dir) throws IOException {
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        List<Problem> all = new ArrayList<>();
        all.addAll(RoutineLibrary.readFile(reader, dir.resolve("none.json")).problems());
        all.addAll(RoutineLibrary.readFile(reader, dir).problems());
        all.addAll(RoutineLibrary.readFile(reader, write(dir, "big.json", new byte[JsonTreeParser.MAX_BYTES + 1])).problems());
        all.addAll(RoutineLibrary.readFile(reader, write(dir, "nul.json", new byte[] {'{', 0, '}'})).problems());
        all.addAll(RoutineLibrary.readFile(reader, write(dir, "latin1.json", new byte[] {'{', (byte) 0xFC, '}'})).problems());
        all.addAll(RoutineLibrary.readFile(reader, write(dir, "deep.json",
                "[".repeat(JsonTreeParser.MAX_DEPTH + 5).getBytes(StandardCharsets.UTF_8))).problems());
        Path users = Files.createDirectories(dir.resolve("users"));
        Files.writeString(users.resolve("a.json"), MINIMAL.replace("\"big-toe-basics\"", "\"musical-toes\""));
        Files.writeString(users.resolve("b.json"), MINIMAL);
        Files.writeString(users.resolve("c.json"), MINIMAL);
        for (RoutineLibrary.Entry entry : RoutineLibrary.load(reader, users).entries()) {
            all.addAll(entry.result().problems());
        }

        assertThat(all.stream().map(p -> p.phrase().key()).toList()).containsExactlyInAnyOrder("check.file.missing",
                "check.file.not-regular", "check.file.too-large", "check.file.binary", "check.file.not-utf8",
                "check.json.too-deep", "check.duplicate-id.built-in", "check.duplicate-id");
        for (Problem problem : all) {
            assertThat(problem.phrase().english()).as(problem.toString()).isEqualTo(problem.message());
            assertThat(problem.message(GERMAN)).as(problem.toString()).isNotEqualTo(problem.message());
        }
        assertThat(all.stream().map(p -> p.message(GERMAN)).toList()).contains("diese Datei gibt es nicht",
                "die Datei ist kein UTF-8-Text (Byte 0xFC an Byte-Position 1); speichern Sie sie als UTF-8",
                "die ID 'musical-toes' verwendet schon die mitgelieferte Routine routines/musical-toes.json; geben Sie dieser "
                        + "Routine eine andere ID");
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aMessageWithoutWordsYetStaysTheEnglishOne() {
        Problem problem = new Problem("a.json", 1, 1, "$", "no such file");

        assertThat(problem.message(GERMAN)).isEqualTo("no such file");
        assertThat(problem.in(GERMAN)).isEqualTo(problem.toString()).isEqualTo("a.json:1:1: $: no such file");
    }

    private static List<String> german(String from, String to) {
        assertThat(MINIMAL).contains(from);
        return read(MINIMAL.replace(from, to)).problems().stream().map(p -> p.message(GERMAN)).toList();
    }
}
