package org.toetempo.timing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toetempo.routine.Block;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every built-in routine's schedule must have, at its own tempo and to a song. */
class BuiltInSchedulesTest {

    static Stream<Routine> routines() {
        return Routines.allBuiltIn().stream();
    }

    static void assertWellFormed(Schedule schedule) {
        List<Cue> cues = schedule.cues();
        for (int i = 1; i < cues.size(); i++) {
            assertThat(cues.get(i).nanos()).as("cue %d after cue %d", i, i - 1).isGreaterThanOrEqualTo(cues.get(i - 1).nanos());
        }
        assertThat(cues.get(0).type()).isEqualTo(CueType.ROUTINE_START);
        assertThat(cues.get(cues.size() - 1).type()).isEqualTo(CueType.ROUTINE_END);
        assertThat(cues.get(cues.size() - 1).nanos()).isEqualTo(schedule.totalNanos());
        List<BeatMark> beats = schedule.beats();
        for (int i = 1; i < beats.size(); i++) {
            assertThat(beats.get(i).nanos()).as("beat %d", i).isGreaterThan(beats.get(i - 1).nanos());
            assertThat(beats.get(i).index()).isEqualTo(i);
        }
        long end = 0;
        for (Segment segment : schedule.segments()) {
            assertThat(segment.startNanos()).isEqualTo(end);
            assertThat(segment.endNanos()).isGreaterThan(segment.startNanos());
            end = segment.endNanos();
        }
        assertThat(end).isEqualTo(schedule.totalNanos());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void cuesAreOrderedAndSegmentsTileTheSchedule(Routine routine) {
        for (Stage stage : stagesOf(routine)) {
            assertWellFormed(Schedule.compile(routine, PlayOptions.defaults().withStage(stage == null ? null : stage.id())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void everyStepGetsExactlyItsDose(Routine routine) {
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());

        for (ScheduledStep step : schedule.steps()) {
            long reps = schedule.cues().stream()
                    .filter(c -> c.type() == CueType.REP_COMPLETE && c.step() == step.index()).count();
            assertThat(reps).as("%s step %d (%s)", routine.id(), step.index(), step.title())
                    .isEqualTo((long) step.feet().size() * step.reps());
            if (step.step().reps() > 0) {
                assertThat(step.reps()).isEqualTo(step.step().reps());
            }
            int perFoot = step.step().side() == Side.RIGHT_THEN_LEFT
                    || step.step().side() == Side.LEFT_THEN_RIGHT
                    || step.step().side() == Side.ALTERNATING ? 2 : 1;
            assertThat(step.feet()).hasSize(perFoot * step.step().sets());
        }
        // Every step of a block played once is in the schedule, unless gated by a level it is not at.
        for (int b = 0; b < routine.blocks().size(); b++) {
            Block block = routine.blocks().get(b);
            if (block.repeat() != null || (block.stage() != null && !block.stage().equals(routine.stages().get(0).id()))) {
                continue;
            }
            final int blockIndex = b;
            long ungated = block.steps().stream().filter(s -> s.onlyAtLevel() == null).count();
            assertThat(schedule.steps().stream().filter(s -> s.block() == blockIndex).count()).isEqualTo(ungated);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void lastsAsLongAsItsAuthorSays(Routine routine) {
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());

        double minutes = schedule.totalNanos() / 60e9;
        assertThat(minutes).as(routine.id()).isBetween(
                routine.duration().minutes() - routine.duration().toleranceMinutes(),
                routine.duration().minutes() + routine.duration().toleranceMinutes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routines")
    void toASongAtOddTempiEveryRestEndsOnADownbeat(Routine routine) {
        for (double bpm : new double[] {97, 143}) {
            SongTiming song = new SongTiming(bpm, 0.25, 1.0, 3600);
            Schedule schedule = Schedule.compile(routine, PlayOptions.defaults().withSong(song, true));
            assertWellFormed(schedule);
            BeatGrid grid = new BeatGrid.Constant(250_000_000L, bpm);
            for (Segment segment : schedule.segments()) {
                if (segment.activity() == Activity.REST) {
                    double beat = grid.beatAt(segment.endNanos());
                    double r = ((beat % 4) + 4) % 4;
                    assertThat(Math.min(r, 4 - r)).as("%s at %s BPM: rest ending at %d", routine.id(), bpm, segment.endNanos())
                            .isLessThan(1e-6);
                }
                if (segment.startNanos() >= 250_000_000L) {
                    assertThat(segment.onBeats()).as("after the song's first beat every segment is on the beat").isTrue();
                }
            }
        }
    }

    private static List<Stage> stagesOf(Routine routine) {
        if (routine.stages().isEmpty()) {
            return Collections.singletonList(null);
        }
        return routine.stages();
    }
}
