package org.toetempo.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.about.BuildInfo;
import org.toetempo.files.AppPaths;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless command line: {@code list}, {@code validate}, help, version and bad usage. */
class CliTest {

    /** A small valid routine in the style of docs/routine-format.md's example. */
    private static final String VALID = """
            {
              "format": 1,
              "id": "big-toe-basics",
              "name": "Big Toe Basics",
              "summary": "Two minutes of big-toe lifts, right then left.",
              "purpose": "Teach the big toe to move on its own before faster work.",
              "audience": ["runner", "rehab"],
              "difficulty": "gentle",
              "duration": { "minutes": 2, "tolerance_minutes": 1 },
              "frequency": { "times": 3, "per": "week" },
              "equipment": [],
              "safety": ["Stop if you feel sharp pain."],
              "credits": ["Written by a physiotherapist for one patient."],
              "tempo": { "bpm": 60, "min_bpm": 40, "max_bpm": 100 },
              "blocks": [
                {
                  "name": "Main",
                  "steps": [
                    {
                      "exercise": "single-big-toe-raise",
                      "level": "seated",
                      "side": "right-then-left",
                      "sets": 2,
                      "reps": 8,
                      "rest_between_sets_s": 20,
                      "prompt": "Which foot found it easier?"
                    }
                  ]
                }
              ]
            }
            """;

    /**
     * A routine with exactly two problems, positions counted by hand:
     * line 20 is {@code           "reps": 0,} (10 spaces, then 8 characters of {@code "reps": }) so the value 0
     * is at column 19; line 21 is {@code           "colour": "red"} so the name starts at column 11.
     */
    private static final String BROKEN = """
            {
              "format": 1,
              "id": "broken-toes",
              "name": "Broken Toes",
              "summary": "Two problems on purpose.",
              "purpose": "Exercise the validator.",
              "audience": ["runner"],
              "duration": { "minutes": 2 },
              "frequency": { "times": 3, "per": "week" },
              "equipment": [],
              "safety": ["Stop if you feel sharp pain."],
              "tempo": { "bpm": 60 },
              "blocks": [
                {
                  "name": "Main",
                  "steps": [
                    {
                      "exercise": "single-big-toe-raise",
                      "side": "right",
                      "reps": 0,
                      "colour": "red"
                    }
                  ]
                }
              ]
            }
            """;

    private static final String REPS_PROBLEM =
            ":20:19: $.blocks[0].steps[0].reps: reps must be a whole number from 1 to 500, not 0";
    private static final String COLOUR_PROBLEM =
            ":21:11: $.blocks[0].steps[0].colour: unknown field 'colour'";

    @TempDir
    Path home;

    private record Outcome(int exitCode, String out, String err) {

        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        private static List<String> lines(String text) {
            return text.lines().toList();
        }
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int code = Cli.run(args, outWriter, errWriter, new AppPaths(home));
        outWriter.flush();
        errWriter.flush();
        return new Outcome(code, out.toString(), err.toString());
    }

    private AppPaths paths() {
        return new AppPaths(home);
    }

    /** A regex for one {@code list} line: id, name, duration and source, separated by padding. */
    private static String listLine(String id, String name, String minutes, String source) {
        return Pattern.quote(id) + " +" + Pattern.quote(name) + " +" + Pattern.quote(minutes) + " +" + Pattern.quote(source);
    }

    private static final List<String> BUILT_IN_LINES = List.of(
            // Built-ins come in file-name order.
            listLine("arch-doming", "Arch Doming (Short Foot)", "12:40 min", "built-in"),
            listLine("early-rehab-seated", "Early Seated Foot Rehab", "21:09 min", "built-in"),
            listLine("foot-core-12-week", "Foot Core 12-Week Programme", "34:17 min", "built-in"),
            listLine("great-toe-down-routine", "Great Toe Down", "7:08 min", "built-in"),
            listLine("musical-toes", "Musical Toes", "9:47 min", "built-in"),
            listLine("post-run-foot-finisher", "Post-Run Foot Finisher", "6:38 min", "built-in"),
            listLine("pre-run-foot-warmup", "Pre-Run Foot Warm-Up", "7:42 min", "built-in"),
            listLine("single-leg-balance-routine", "Single-Leg Balance with Rotation", "10:41 min", "built-in"),
            listLine("sole-5-daily", "Sole 5", "4:36 min", "built-in"),
            listLine("toe-fan-routine", "Toe Fan", "6:26 min", "built-in"));

    // ---------------------------------------------------------------- list

    @Test
    void listShowsEveryBuiltInRoutineOnOneLineThenTheUserFolder() {
        Outcome result = run("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(12);
        for (int i = 0; i < BUILT_IN_LINES.size(); i++) {
            assertThat(lines.get(i)).as("line %d", i + 1).matches(BUILT_IN_LINES.get(i));
        }
        assertThat(lines.get(10)).isEmpty();
        assertThat(lines.get(11)).isEqualTo("User routines folder: " + paths().routines());
    }

    @Test
    void listAlignsItsColumns() {
        List<String> lines = run("list").outLines();

        // id padded to 28, a space, name padded to 36, a space, duration right-aligned in 9, two spaces, source.
        assertThat(lines.get(4)).isEqualTo("musical-toes                 Musical Toes                          9:47 min  built-in");
    }

    @Test
    void listShowsAValidUserRoutineWithItsPathAsSource() throws IOException {
        Files.createDirectories(paths().routines());
        Path mine = Files.writeString(paths().routines().resolve("big-toe-basics.json"), VALID);

        Outcome result = run("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(13);
        assertThat(lines.subList(0, 10)).allSatisfy(line -> assertThat(line).endsWith("  built-in"));
        assertThat(lines.get(10)).matches(listLine("big-toe-basics", "Big Toe Basics", "2:16 min", mine.toString()));
        assertThat(lines.get(11)).isEmpty();
        assertThat(lines.get(12)).isEqualTo("User routines folder: " + paths().routines());
    }

    @Test
    void namesWithEscapeSequencesOrTextDirectionOverridesAreRefusedAndNeverPrintedRaw() throws IOException {
        Files.createDirectories(paths().routines());
        String[] hostile = {"\u202eevil.exe", "Red\u001b[31m Alert", "Two\nlines", "Nul\u0000name"};
        for (int i = 0; i < hostile.length; i++) {
            String json = VALID.replace("\"name\": \"Big Toe Basics\"", "\"name\": \"" + hostile[i]
                    .replace("\u001b", "\\u001b").replace("\n", "\\n").replace("\u0000", "\\u0000") + "\"");
            assertThat(json).isNotEqualTo(VALID);
            Files.writeString(paths().routines().resolve("hostile-" + i + ".json"), json);
        }
        Path planted = Files.writeString(home.resolve("evil\u001b[2J.json"), "{");

        Outcome list = run("list");
        Outcome validate = run("validate", planted.toString());

        for (Outcome outcome : List.of(list, validate)) {
            String all = outcome.out() + outcome.err();
            assertThat(all.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f
                    || c >= 0x202a && c <= 0x202e)).as("raw control characters printed").isEmpty();
        }
        assertThat(list.err()).contains("name must not contain control characters or text-direction overrides "
                + "(U+202E at character 1)");
        assertThat(list.err()).contains("(U+001B at character 4)").contains("a line break (U+000A at character 4)")
                .contains("(U+0000 at character 4)");
        assertThat(list.out()).doesNotContain("evil.exe");
        assertThat(validate.err()).contains("evil\\u001b[2J.json");
    }

    @Test
    void listReportsAnInvalidUserRoutineOnStderrAndStillSucceeds() throws IOException {
        Files.createDirectories(paths().routines());
        Path good = Files.writeString(paths().routines().resolve("a-good.json"), VALID);
        Path bad = Files.writeString(paths().routines().resolve("b-broken.json"), BROKEN);

        Outcome result = run("list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain(bad.toString()).doesNotContain("broken-toes").doesNotContain("invalid");
        assertThat(result.outLines()).hasSize(13);
        assertThat(result.outLines().get(10)).matches(listLine("big-toe-basics", "Big Toe Basics", "2:16 min", good.toString()));
        assertThat(result.errLines()).hasSize(4);
        assertThat(result.errLines().get(0)).matches(Pattern.quote("(invalid)") + " +" + Pattern.quote("2 problems")
                + " +" + Pattern.quote(bad.toString()));
        assertThat(result.errLines().subList(1, 3)).allMatch(line -> line.startsWith("    " + bad + ":"));
        assertThat(result.errLines().get(3)).isEqualTo("1 routine file could not be loaded.");
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateAcceptsEveryShippedFileAndRecognisesTheExerciseLibrary() throws IOException {
        List<String> names;
        try (Stream<Path> listing = Files.list(Path.of("routines"))) {
            names = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(names).containsExactlyInAnyOrder("arch-doming.json", "early-rehab-seated.json", "exercises.json",
                "foot-core-12-week.json", "great-toe-down-routine.json", "musical-toes.json",
                "post-run-foot-finisher.json", "pre-run-foot-warmup.json", "single-leg-balance-routine.json",
                "sole-5-daily.json", "toe-fan-routine.json");
        String[] args = new String[names.size() + 1];
        args[0] = "validate";
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String file = Path.of("routines", name).toString();
            args[i + 1] = file;
            expected.add(file + ": ok, " + (name.equals("exercises.json")
                    ? "exercise library (23 exercises)"
                    : "routine '" + name.substring(0, name.length() - ".json".length()) + "'"));
        }

        Outcome result = run(args);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactlyElementsOf(expected);
        assertThat(result.outLines()).contains(Path.of("routines", "exercises.json")
                + ": ok, exercise library (23 exercises)");
    }

    @Test
    void validateReportsEveryProblemWithFileLineColumnAndPath() throws IOException {
        Path bad = Files.writeString(home.resolve("broken.json"), BROKEN);

        Outcome result = run("validate", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(bad + REPS_PROBLEM, bad + COLOUR_PROBLEM);
    }

    @Test
    void validateOfGoodAndBadFilesFailsButStillSaysOkForTheGoodOne() throws IOException {
        Path good = Files.writeString(home.resolve("good.json"), VALID);
        Path bad = Files.writeString(home.resolve("broken.json"), BROKEN);

        Outcome result = run("validate", bad.toString(), good.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.outLines()).containsExactly(good + ": ok, routine 'big-toe-basics'");
        assertThat(result.errLines()).containsExactly(bad + REPS_PROBLEM, bad + COLOUR_PROBLEM);
    }

    @Test
    void validateOfAMissingFileSaysSo() {
        Path missing = home.resolve("not-there.json");

        Outcome result = run("validate", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(missing + ":0:0: $: no such file");
    }

    @Test
    void validateWithoutAFileIsAUsageError() {
        Outcome result = run("validate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Missing required parameter: 'FILE'");
    }

    // ---------------------------------------------------------------- help, version, bad usage

    @Test
    void helpOnTheJarNamesTheSubcommands() {
        Outcome result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: toetempo ")
                .contains("Toe Tempo: foot and toe strength routines, timed to a metronome or a song.")
                .containsPattern("(?m)^ +list +List every routine")
                .containsPattern("(?m)^ +validate +Check routine files");
    }

    @Test
    void helpOnList() {
        Outcome result = run("list", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: toetempo list ")
                .contains("List every routine: id, name, the length it plays (as written) and source.");
    }

    @Test
    void helpOnValidate() {
        Outcome result = run("validate", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: toetempo validate ")
                .contains("FILE...")
                .contains("Check routine files and report every problem.", "FILE:LINE:COL: $.path.to.field: message");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Outcome result = run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void versionNamesTheApp() {
        Outcome result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        // The version the build wrote, the same the About dialog shows.
        assertThat(result.outLines()).containsExactly(BuildInfo.nameAndVersion());
        assertThat(result.outLines().get(0)).matches("Toe Tempo \\d+\\.\\d+.*");
    }
}
