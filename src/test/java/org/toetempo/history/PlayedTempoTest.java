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
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 15: a block's tempo was recorded from its first step, so a block written at 60 BPM whose steps mostly play
 * at 48 showed 60 in History. Now it is the mean tempo over the time the steps play on the beat; entries written
 * before are derived again from their steps when read.
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
    void aBlocksTempoIsTheTimeWeightedTempoItsStepsPlayed() {
        Schedule schedule = Fixtures.schedule(mostlyAt48(), PlayOptions.defaults());
        assertThat(schedule.steps()).extracting(ScheduledStep::bpm).containsExactly(60.0, 48.0);
        double expected = 0;
        double seconds = 0;
        for (ScheduledStep step : schedule.steps()) {
            double beatSeconds = schedule.segments().stream().filter(s -> s.onBeats() && s.step() == step.index())
                    .mapToLong(s -> s.durationNanos()).sum() / 1e9;
            expected += beatSeconds * step.bpm();
            seconds += beatSeconds;
        }
        expected /= seconds;

        SessionRecord record = played(schedule);

        assertThat(record.tempos()).hasSize(1);
        assertThat(record.tempos().get(0).bpm()).as("not the first step's 60").isCloseTo(expected, within(0.01))
                .isLessThan(50);
        assertThat(record.tempoReached()).as("the chart's point").isCloseTo(expected, within(0.01));
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

        // 22 reps: 2 at 60 and 20 at 48, each rep's time in proportion to 1/tempo.
        assertThat(read.bpm()).isCloseTo(22 / (2 / 60.0 + 20 / 48.0), within(0.01));
        assertThat(read.name()).isEqualTo("Seated");
    }
}
