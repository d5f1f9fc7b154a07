package org.toetempo.routine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.routine.Fixtures.MINIMAL;
import static org.toetempo.routine.Fixtures.position;
import static org.toetempo.routine.Fixtures.read;

class RoutineReaderTest {

    @Test
    void readsAValidRoutineWithEveryFieldInPlace() {
        LoadResult result = read(MINIMAL);

        assertThat(result.problems()).isEmpty();
        Routine routine = result.routine();
        assertThat(routine.id()).isEqualTo("big-toe-basics");
        assertThat(routine.audience()).containsExactly(Audience.RUNNER);
        assertThat(routine.difficulty()).isEqualTo(Difficulty.MODERATE);
        assertThat(routine.frequency()).isEqualTo(new Frequency(3, Period.WEEK, null));
        assertThat(routine.tempo()).isEqualTo(new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120));
        Step step = routine.blocks().get(0).steps().get(0);
        assertThat(step.side()).isEqualTo(Side.RIGHT_THEN_LEFT);
        assertThat(step.sets()).isEqualTo(2);
        assertThat(step.reps()).isEqualTo(8);
        assertThat(step.level()).isEqualTo("seated");
        assertThat(step.phases()).containsExactly(
                new Phase(Action.LIFT, 1, 0, "up", null), new Phase(Action.LOWER, 1, 0, "down", null));
        assertThat(routine.exercises()).containsOnlyKeys("single-big-toe-raise");
    }

    @Test
    void unknownFieldIsReportedAtItsNameWithTheNearestValidName() {
        String json = MINIMAL.replace("\"bpm\": 60,", "\"bmp\": 60,");

        List<Problem> problems = read(json).problems();

        int[] at = position(json, "\"bmp\"");
        assertThat(problems).contains(
                new Problem("test.json", at[0], at[1], "$.tempo.bmp", "unknown field 'bmp' (did you mean 'bpm'?)"));
    }

    @Test
    void repsOutOfRangeIsReportedAtTheValue() {
        String json = MINIMAL.replace("\"reps\": 8", "\"reps\": 0");

        Problem problem = single(read(json));

        assertThat(problem.toString()).isEqualTo("test.json:22:19: $.blocks[0].steps[0].reps: "
                + "reps must be a whole number from 1 to 500, not 0");
    }

    @Test
    void fractionalAndQuotedNumbersAreNamedForWhatTheyAre() {
        assertThat(single(read(MINIMAL.replace("\"reps\": 8", "\"reps\": 2.5"))).message())
                .isEqualTo("reps must be a whole number from 1 to 500, not 2.5");
        assertThat(single(read(MINIMAL.replace("\"reps\": 8", "\"reps\": \"8\""))).message())
                .isEqualTo("reps must be a whole number from 1 to 500, not the text \"8\"");
    }

    @Test
    void unknownExerciseSuggestsTheLikelyOne() {
        String json = MINIMAL.replace("\"exercise\": \"single-big-toe-raise\"", "\"exercise\": \"single-big-toe-rise\"");

        Problem problem = single(read(json));

        int[] at = position(json, "\"single-big-toe-rise\"");
        assertThat(problem.line()).isEqualTo(at[0]);
        assertThat(problem.column()).isEqualTo(at[1]);
        assertThat(problem.path()).isEqualTo("$.blocks[0].steps[0].exercise");
        assertThat(problem.message()).startsWith("unknown exercise 'single-big-toe-rise' (did you mean 'single-big-toe-raise'?)");
    }

    @Test
    void phaseWithZeroBeatsIsRefused() {
        String json = MINIMAL.replace("{ \"action\": \"lift\", \"beats\": 1", "{ \"action\": \"lift\", \"beats\": 0");

        Problem problem = single(read(json));

        int[] at = position(json, "0, \"cue\": \"up\"");
        assertThat(problem).isEqualTo(new Problem("test.json", at[0], at[1], "$.blocks[0].steps[0].phases[0].beats",
                "beats must be a whole number from 1 to 32, not 0"));
    }

    @Test
    void phaseNeedsExactlyOneLength() {
        String json = MINIMAL.replace("{ \"action\": \"lower\", \"beats\": 1, \"cue\": \"down\" }",
                "{ \"action\": \"lower\", \"cue\": \"down\" }");

        Problem problem = single(read(json));

        assertThat(problem.path()).isEqualTo("$.blocks[0].steps[0].phases[1]");
        assertThat(problem.message()).isEqualTo("missing the length: give beats (a whole number from 1 to 32) or seconds");
    }

    @Test
    void unknownChoiceListsTheOptionsAndTheLikelyOne() {
        Problem problem = single(read(MINIMAL.replace("\"right-then-left\"", "\"rigth-then-left\"")));

        assertThat(problem.message()).isEqualTo("side must be one of right, left, both, right-then-left, "
                + "left-then-right, alternating; not 'rigth-then-left' (did you mean 'right-then-left'?)");
    }

    @Test
    void unknownLevelNamesTheExercisesLevels() {
        Problem problem = single(read(MINIMAL.replace("\"level\": \"seated\"", "\"level\": \"sitting\"")));

        assertThat(problem.path()).isEqualTo("$.blocks[0].steps[0].level");
        assertThat(problem.message()).isEqualTo("exercise 'single-big-toe-raise' has no level 'sitting'; its levels are "
                + "finger-assist, hand-assist, seated, standing, top-hold, one-leg");
    }

    @Test
    void missingRequiredFieldIsReportedOnItsObject() {
        String json = MINIMAL.replace("\"side\": \"right-then-left\",", "");

        Problem problem = single(read(json));

        assertThat(problem.path()).isEqualTo("$.blocks[0].steps[0]");
        assertThat(problem.message()).startsWith("missing required field 'side' (one of right, left, both");
        assertThat(problem.line()).isEqualTo(17);
        assertThat(problem.column()).isEqualTo(9);
    }

    @Test
    void doseNeedsRepsOrSecondsButNotBoth() {
        assertThat(single(read(MINIMAL.replace("\"reps\": 8,", "\"reps\": 8, \"for_seconds\": 30,"))).message())
                .isEqualTo("give either reps or for_seconds, not both");
        assertThat(single(read(MINIMAL.replace("\"reps\": 8,", ""))).message())
                .startsWith("missing the dose");
    }

    @Test
    void tempoOutsideItsRangeIsRefusedWhereItIsWritten() {
        String json = MINIMAL.replace("\"reps\": 8,", "\"reps\": 8, \"tempo\": { \"bpm\": 150 },");

        Problem problem = single(read(json));

        assertThat(problem.path()).isEqualTo("$.blocks[0].steps[0].tempo.bpm");
        assertThat(problem.message()).isEqualTo("bpm 150 is outside this step's range 40–100 (min_bpm–max_bpm)");
    }

    @Test
    void countInBelongsToTheRoutineTempoOnly() {
        Problem problem = single(read(MINIMAL.replace("\"reps\": 8,", "\"reps\": 8, \"tempo\": { \"count_in_beats\": 2 },"))); 

        assertThat(problem.message()).isEqualTo("count_in_beats can only be set in the routine's own tempo ($.tempo)");
    }

    @Test
    void rampsAndSongsBelongToBlocksNotSteps() {
        Problem problem = single(read(MINIMAL.replace("\"reps\": 8,", "\"reps\": 8, \"tempo\": { \"ramp_to_bpm\": 70 },")));

        assertThat(problem.path()).endsWith(".tempo.ramp_to_bpm");
        assertThat(problem.message()).isEqualTo("ramp_to_bpm can only be set for the routine or a block, not for a step");
        assertThat(single(read(MINIMAL.replace("\"reps\": 8,", "\"reps\": 8, \"tempo\": { \"source\": \"song\" },")))
                .message()).isEqualTo("source can only be set for the routine or a block, not for a step");
    }

    @Test
    void aNewerFormatIsRefusedPolitely() {
        Problem problem = single(read(MINIMAL.replace("\"format\": 1", "\"format\": 2")));

        assertThat(problem).isEqualTo(new Problem("test.json", 2, 13, "$.format",
                "this file is format 2; this version of Toe Tempo reads format 1 (a newer Toe Tempo wrote it?)"));
    }

    @Test
    void aFieldWrittenTwiceIsReportedAtTheSecondOne() {
        String json = MINIMAL.replace("\"sets\": 2,", "\"sets\": 2, \"sets\": 3,");

        Problem problem = single(read(json));

        int[] at = position(json, "\"sets\": 3");
        assertThat(problem).isEqualTo(new Problem("test.json", at[0], at[1], "$.blocks[0].steps[0].sets",
                "field 'sets' appears twice; keep one"));
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        String json = MINIMAL
                .replace("\"name\": \"Big Toe Basics\",", "\"nmae\": \"Big Toe Basics\",")
                .replace("\"per\": \"week\"", "\"per\": \"month\"")
                .replace("\"reps\": 8", "\"reps\": 501")
                .replace("\"cue\": \"down\"", "\"cue\": \"down\", \"colour\": \"red\"");

        List<Problem> problems = read(json).problems();

        assertThat(problems).extracting(Problem::path).containsExactly(
                "$", "$.nmae", "$.frequency.per", "$.blocks[0].steps[0].reps", "$.blocks[0].steps[0].phases[1].colour");
        assertThat(problems.get(0).message()).isEqualTo("missing required field 'name'");
        assertThat(problems.get(1).message()).isEqualTo("unknown field 'nmae' (did you mean 'name'?)");
        assertThat(problems.get(4).message()).isEqualTo("unknown field 'colour'");
    }

    @Test
    void syntaxErrorGivesItsPosition() {
        String json = MINIMAL.replace("\"sets\": 2,", "\"sets\": 2");

        Problem problem = single(read(json));

        int[] at = position(json, "\"reps\"");
        assertThat(problem.line()).isEqualTo(at[0]);
        assertThat(problem.column()).isEqualTo(at[1]);
        assertThat(problem.message()).startsWith("JSON syntax error: Unexpected character");
    }

    @Test
    void ownExercisesAreUsableAndCheckedLikeTheLibrarys() {
        String json = MINIMAL.replace("\"tempo\": { \"bpm\": 60", """
                "exercises": {
                    "pencil-lift": {
                      "name": "Pencil Lift",
                      "start": "Seated, a pencil on the floor.",
                      "instructions": ["Pick up the pencil with your toes."],
                      "cues": ["Curl the toes around it."],
                      "figure": "all-toes",
                      "phases": [{ "action": "grab", "beats": 2 }, { "action": "release", "beats": 2 }],
                      "default_level": "sitting"
                    }
                  },
                  "tempo": { "bpm": 60""").replace("\"exercise\": \"single-big-toe-raise\"", "\"exercise\": \"pencil-lift\"")
                .replace("\"level\": \"seated\",", "");

        List<Problem> problems = read(json).problems();

        assertThat(problems).extracting(Problem::path).containsExactly("$.exercises.pencil-lift.default_level");
        assertThat(problems.get(0).message()).isEqualTo("default_level needs levels to choose from");
        LoadResult fixed = read(json.replace("\"default_level\": \"sitting\"", "\"source\": \"A test\""));
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.routine().exercise("pencil-lift").figure()).isEqualTo(FootPart.ALL_TOES);
    }

    private static Problem single(LoadResult result) {
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }
}
