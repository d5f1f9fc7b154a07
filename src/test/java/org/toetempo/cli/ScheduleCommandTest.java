package org.toetempo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.AppPaths;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleCommandTest {

    @TempDir
    Path home;

    private record Outcome(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err), new AppPaths(home));
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void printsAReadableTimelineOneCueALine() {
        Outcome result = run("schedule", "musical-toes");

        assertThat(result.exit()).isZero();
        assertThat(result.lines()).contains(
                "     0.000s  beat 0     count-in \"4\"",
                "     8.000s  beat 8     right single-big-toe-raise  set 1/1  rep 1/10  lift \"up\"",
                "    14.000s  beat 14    right single-big-toe-raise  set 1/1  rep 2/10  lower \"down\"",
                "   268.000s             rest-start \"Rest 30 s\"");
        assertThat(result.lines().get(result.lines().size() - 1)).contains("routine-end");
    }

    @Test
    void bpmChangesEveryBeatTime() {
        Outcome result = run("schedule", "musical-toes", "--bpm", "120");

        assertThat(result.exit()).isZero();
        assertThat(result.lines()).contains(
                "     4.000s  beat 8     right single-big-toe-raise  set 1/1  rep 1/10  lift \"up\"");
    }

    @Test
    void jsonHasTheFieldsToolsNeed() throws Exception {
        Outcome result = run("schedule", "toe-fan-routine", "--json");

        assertThat(result.exit()).isZero();
        JsonNode cues = new ObjectMapper().readTree(result.out());
        assertThat(cues.isArray()).isTrue();
        JsonNode lift = null;
        for (JsonNode cue : cues) {
            if (cue.get("type").asText().equals("phase")) {
                lift = cue;
                break;
            }
        }
        assertThat(lift).isNotNull();
        assertThat(lift.get("time_s").asDouble()).isEqualTo(8.0);
        assertThat(lift.get("beat").asLong()).isEqualTo(8);
        assertThat(lift.get("exercise").asText()).isEqualTo("toe-fan");
        assertThat(lift.get("side").asText()).isEqualTo("both");
        assertThat(lift.get("set").asInt()).isEqualTo(1);
        assertThat(lift.get("rep").asInt()).isEqualTo(1);
        assertThat(lift.get("reps").asInt()).isEqualTo(4);
        assertThat(lift.get("phase").asText()).isEqualTo("lift");
        assertThat(lift.get("text").asText()).isNotBlank();
        for (JsonNode cue : cues) {
            assertThat(cue.has("time_s") && cue.has("beat") && cue.has("type") && cue.has("exercise") && cue.has("side")
                    && cue.has("set") && cue.has("rep") && cue.has("reps") && cue.has("phase") && cue.has("text")).isTrue();
        }
    }

    @Test
    void anUnknownRoutineOrAnOutOfRangeTempoExitsWithTwo() {
        Outcome unknown = run("schedule", "musical-toez");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("toetempo: no routine 'musical-toez'. Known routines: arch-doming,");

        Outcome tooFast = run("schedule", "musical-toes", "--bpm", "400");
        assertThat(tooFast.exit()).isEqualTo(2);
        assertThat(tooFast.err()).isEqualTo("toetempo: --bpm 400 is outside musical-toes's range 40–160 BPM\n");

        Outcome missingFile = run("schedule", home.resolve("nope.json").toString());
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).contains("no such file");
    }

    @Test
    void aStageOfAProgrammeCanBeChosen() {
        Outcome stageB = run("schedule", "foot-core-12-week", "--stage", "b");
        Outcome wrong = run("schedule", "foot-core-12-week", "--stage", "z");

        assertThat(stageB.exit()).as(stageB.err()).isZero();
        assertThat(stageB.out()).contains("tripod-press");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("has no stage 'z'");
    }
}
