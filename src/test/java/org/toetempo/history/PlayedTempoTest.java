package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a block's tempo was recorded from its first step, so a block written at 60 BPM whose steps mostly play
 * at 48 showed 60 in History. Now it is the tempo most of the block's time on the beat was played at; entries
 * written before are derived again from their steps when read.
 */
class PlayedTempoTest {

    @TempDir
    Path dir;

    /** A short warm-up at the block's 60 BPM, then twenty reps at 48. */
    private static Routine mostlyAt48() {
        String json = """
                {"format": 1, "id": "gentle", "name": "Gentle", "summary": "A test.", "purpose": "Testing.",
                 "audience": ["rehab"], "duration": {"minutes": 2}, "frequency": {"times": 2, "per": "week"},
                 "equipment": [], "safety": ["Stop if it hurts."], "tempo": {"bpm": 60},
                 "blocks": [{"name": "Seated", "steps": [
                   {"exercise": "toe-fan", "side": "both", "sets": 1, "reps": 2},
                   {"exercise": "toe-fan", "side": "both", "sets": 1, "reps": 20, "tempo": {"bpm": 48}}]}]}
                """;
        LoadResult result = new RoutineReader(ExerciseLibrary.builtIn()).read("gentle.json",
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.routine();
    }

    private static SessionRecord played(Schedule schedule) {
        return Fixtures.done(schedule, schedule.totalNanos(), Fixtures.at("2026-12-01T08:00"));
    }

    @Test
    void aBlocksTempoIsTheTempoMostOfItsBeatTimePlayedAt() {
        Schedule schedule = Fixtures.schedule(mostlyAt48(), PlayOptions.defaults());
        assertThat(schedule.steps()).extracting(ScheduledStep::bpm).containsExactly(60.0, 48.0);
        double[] beatSeconds = new double[2];
        for (ScheduledStep step : schedule.steps()) {
            beatSeconds[step.index()] = schedule.segments().stream().filter(s -> s.onBeats() && s.step() == step.index())
                    .mapToLong(s -> s.durationNanos()).sum() / 1e9;
        }
        assertThat(beatSeconds[1]).as("twenty reps at 48 outlast two at 60").isGreaterThan(beatSeconds[0] * 5);

        SessionRecord record = played(schedule);

        assertThat(record.tempos()).singleElement().satisfies(t -> {
            assertThat(t.bpm()).as("not the first step's 60, nor a mean no step played").isEqualTo(48.0);
            assertThat(t.name()).isEqualTo("Seated");
        });
        assertThat(record.tempoReached()).as("the chart's point").isEqualTo(48.0);
    }

    @Test
    void anEntryWrittenBeforeIsDerivedAgainFromItsStepsWhenRead() throws IOException {
        SessionRecord record = played(Fixtures.schedule(mostlyAt48(), PlayOptions.defaults()));
        HistoryStore store = new HistoryStore(dir);
        store.append(record);
        // As the old version wrote it: the first step's tempo, no mark that it was derived.
        String line = Files.readString(store.log());
        assertThat(line).contains("\"played\":true");
        String json = line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1);
        String old = json.replace(",\"played\":true", "").replaceFirst("\"bpm\":[0-9.]+", "\"bpm\":60")
                .replaceFirst("\"details_bytes\":[0-9]+,", "");
        Files.write(store.log(), LogFormat.frame(old.getBytes(StandardCharsets.UTF_8)));

        BlockTempo read = new HistoryStore(dir).load().sessions().get(0).tempos().get(0);

        // 2 reps at 60 and 20 at 48: most of the time at 48.
        assertThat(read.bpm()).isEqualTo(48.0);
        assertThat(read.name()).isEqualTo("Seated");
    }
}
