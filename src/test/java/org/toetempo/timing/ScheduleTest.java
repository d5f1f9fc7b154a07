package org.toetempo.timing;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    /** Beat k of a grid starting at t0, computed exactly (BigDecimal), independently of the engine's arithmetic. */
    static long exactBeat(long t0, long k, double bpm) {
        BigDecimal period = BigDecimal.valueOf(60_000_000_000L).divide(BigDecimal.valueOf(bpm), MathContext.DECIMAL128);
        return t0 + period.multiply(BigDecimal.valueOf(k)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void musicalToesStartsWithACountInThenTheRightBigToeOnTheBeat() {
        Schedule schedule = Schedule.compile(Routines.builtIn("musical-toes"), PlayOptions.defaults());

        List<Cue> counts = schedule.cues().stream().filter(c -> c.type() == CueType.COUNT_IN).toList();
        assertThat(counts).extracting(Cue::text).containsExactly("4", "3", "2", "1");
        assertThat(counts).extracting(Cue::nanos).containsExactly(0L, SECOND, 2 * SECOND, 3 * SECOND);
        Cue firstLift = schedule.cues().stream().filter(c -> c.type() == CueType.PHASE).findFirst().orElseThrow();
        // 4 count-in beats, a 4-beat lead-in, then "up" at 60 BPM: 8 s, beat 8.
        assertThat(firstLift).isEqualTo(new Cue(8 * SECOND, 8, CueType.PHASE, 0, "single-big-toe-raise",
                "Single Big Toe Raise", "standing", FootPart.BIG_TOE, Side.RIGHT,
                1, 1, 1, 10, Action.LIFT, "up", 2));
    }

    @Test
    void everyBeatOfAFullMusicalToesRunSitsExactlyOnItsGrid() {
        for (double bpm : new double[] {60, 117}) {
            Schedule schedule = Schedule.compile(Routines.builtIn("musical-toes"), PlayOptions.defaults().withBpm(bpm));
            assertBeatsOnExactGrids(schedule, bpm);
            assertThat(schedule.beats().get(0).nanos()).isZero();
        }
    }

    /** Walks the segments: each run of beat segments is one grid from its first beat; timed segments restart it. */
    static void assertBeatsOnExactGrids(Schedule schedule, double bpm) {
        long runStart = -1;
        long k = 0;
        int b = 0;
        long previousEnd = 0;
        for (Segment segment : schedule.segments()) {
            assertThat(segment.startNanos()).as("segments tile the schedule").isEqualTo(previousEnd);
            previousEnd = segment.endNanos();
            if (!segment.onBeats()) {
                runStart = -1;
                continue;
            }
            if (runStart < 0) {
                runStart = segment.startNanos();
                k = 0;
            }
            for (int i = 0; i < segment.beats(); i++, k++, b++) {
                assertThat(schedule.beats().get(b).nanos()).as("beat %d at %s BPM", b, bpm).isEqualTo(exactBeat(runStart, k, bpm));
            }
            assertThat(segment.endNanos()).isEqualTo(exactBeat(runStart, k, bpm));
        }
        assertThat(b).isEqualTo(schedule.beats().size());
        assertThat(previousEnd).isEqualTo(schedule.totalNanos());
    }

    @Test
    void noDriftAfterAnHourAtAnOddTempo() {
        Routine hour = Routines.of("{\"bpm\": 117, \"min_bpm\": 60, \"max_bpm\": 180}", "",
                "{\"exercise\": \"toe-curl\", \"side\": \"both\", \"sets\": 8, \"reps\": 500}");

        Schedule schedule = Schedule.compile(hour, PlayOptions.defaults());

        assertThat(schedule.totalNanos()).isGreaterThan(3600 * SECOND);
        BeatMark last = schedule.beats().get(schedule.beats().size() - 1);
        // One grid from the first beat to the last: 4 count-in + 4 lead-in + 8 × 500 × 2 beats.
        assertThat(last.index()).isEqualTo(8007);
        assertThat(last.nanos()).isEqualTo(exactBeat(0, 8007, 117));
        assertThat(schedule.totalNanos()).isEqualTo(exactBeat(0, 8008, 117));
    }

    @Test
    void aRampsBeatsFollowTheIntegralOfItsTempo() {
        Routine ramp = Routines.of("{\"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 120, \"count_in_beats\": 0}",
                ", \"tempo\": {\"bpm\": 60, \"ramp_to_bpm\": 100}",
                "{\"exercise\": \"toe-curl\", \"side\": \"both\", \"reps\": 48}");

        Schedule schedule = Schedule.compile(ramp, PlayOptions.defaults());

        // 4 lead-in + 96 rep beats: the tempo climbs linearly over those 100 beats, 60 → 100 BPM.
        List<BeatMark> beats = schedule.beats();
        assertThat(beats).hasSize(100);
        double slope = 40.0 / 100;
        for (int b = 0; b < beats.size(); b++) {
            double seconds = 60 / slope * Math.log(1 + slope * b / 60);
            assertThat(beats.get(b).nanos()).as("beat %d", b).isEqualTo(Math.round(seconds * 1e9));
        }
        double lastGap = (schedule.totalNanos() - beats.get(99).nanos()) / 1e9;
        assertThat(60 / lastGap).isCloseTo(100, Offset.offset(0.3));
        assertThat(60 / ((beats.get(1).nanos() - beats.get(0).nanos()) / 1e9)).isCloseTo(60, Offset.offset(0.3));
    }

    @Test
    void holdsAndRestsAreSecondsOnAMetronomeAndTheBeatRestartsAfterThem() {
        Routine holds = Routines.of("{\"bpm\": 97, \"min_bpm\": 60, \"max_bpm\": 140, \"count_in_beats\": 0}", "",
                "{\"exercise\": \"short-foot\", \"side\": \"right\", \"sets\": 2, \"reps\": 1, \"rest_between_sets_s\": 10}");

        Schedule schedule = Schedule.compile(holds, PlayOptions.defaults());

        List<Segment> segments = schedule.segments();
        assertThat(segments).extracting(Segment::activity).containsExactly(Activity.LEAD_IN,
                Activity.MOVE, Activity.HOLD, Activity.MOVE, Activity.REST, Activity.MOVE, Activity.HOLD, Activity.MOVE);
        assertThat(segments.get(2).durationNanos()).isEqualTo(5 * SECOND);
        assertThat(segments.get(4).durationNanos()).isEqualTo(10 * SECOND);
        long afterRest = segments.get(5).startNanos();
        assertThat(segments.get(5).endNanos()).isEqualTo(exactBeat(afterRest, 2, 97));
        assertThat(schedule.cues().stream().filter(c -> c.type() == CueType.COUNTDOWN && c.step() == 0 && c.rep() == 0))
                .extracting(Cue::value).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    void withASongRestsAndStepsStartOnDownbeats() {
        SongTiming song = new SongTiming(97, 0.37, 1.0, 600);

        Schedule schedule = Schedule.compile(Routines.builtIn("arch-doming"), PlayOptions.defaults().withSong(song, true));

        BeatGrid grid = new BeatGrid.Constant(Math.round(0.37e9), 97);
        List<Segment> rests = schedule.segments().stream().filter(s -> s.activity() == Activity.REST).toList();
        assertThat(rests).isNotEmpty();
        for (Segment rest : rests) {
            assertThat(offDownbeat(grid.beatAt(rest.endNanos()))).as("rest ends on a downbeat").isLessThan(1e-6);
            assertThat(rest.durationNanos()).isGreaterThanOrEqualTo(45 * SECOND);
        }
        for (ScheduledStep step : schedule.steps()) {
            assertThat(offDownbeat(grid.beatAt(step.startNanos()))).as("step %d starts on a downbeat", step.index())
                    .isLessThan(1e-6);
        }
        for (BeatMark beat : schedule.beats()) {
            assertThat(beat.nanos()).isEqualTo(grid.timeOf(Math.round(grid.beatAt(beat.nanos()))));
        }
        assertThat(schedule.songStartNanos()).isZero();
    }

    /** How far a beat position is from the nearest downbeat (bars of 4), in beats. */
    private static double offDownbeat(double beat) {
        double r = ((beat % 4) + 4) % 4;
        return Math.min(r, 4 - r);
    }

    @Test
    void aFastSongIsFollowedAtHalfTime() {
        SongTiming fast = new SongTiming(140, 0, 1.0, 200);

        Schedule schedule = Schedule.compile(Routines.builtIn("musical-toes"), PlayOptions.defaults().withSong(fast, false));

        Segment songMove = schedule.segments().stream()
                .filter(s -> s.activity() == Activity.MOVE && s.startNanos() >= schedule.songStartNanos()).findFirst().orElseThrow();
        assertThat(songMove.beats()).as("one phase beat = two song beats").isEqualTo(2);
        assertThat(songMove.durationNanos()).isEqualTo(Math.round(2 * 60e9 / 140));
        assertThat(schedule.songStartNanos()).isPositive();
        // The song block cycles its six moves until the song ends, never past it.
        long songEnd = schedule.songStartNanos() + 200 * SECOND;
        assertThat(schedule.totalNanos()).isLessThanOrEqualTo(songEnd);
        assertThat(schedule.steps().stream().filter(s -> s.block() == 2).count()).isGreaterThan(6);
    }

    @Test
    void theSongBlockCyclesItsSixMovesInOrderEveryEightBeats() {
        Schedule schedule = Schedule.compile(Routines.builtIn("musical-toes"), PlayOptions.defaults());

        List<ScheduledStep> song = schedule.steps().stream().filter(s -> s.block() == 2).toList();
        assertThat(song.size()).isGreaterThanOrEqualTo(12);
        for (int i = 0; i < song.size(); i++) {
            assertThat(song.get(i).stepInBlock()).isEqualTo(i % 6);
            // The first move has the block's one-bar lead-in; after it the moves change every 8 beats.
            if (i > 1) {
                long beats = Math.round((song.get(i).startNanos() - song.get(i - 1).startNanos()) * 100 / 60e9);
                assertThat(beats).as("a move lasts 8 beats at 100 BPM").isEqualTo(8);
            }
        }
        long blockStart = song.get(0).startNanos();
        assertThat(schedule.totalNanos() - blockStart).isLessThanOrEqualTo(180 * SECOND + Math.round(4 * 0.6e9));
    }

    @Test
    void forSecondsStepsCountTheirRepsAtTheTempo() {
        Schedule at60 = Schedule.compile(Routines.builtIn("toe-fan-routine"), PlayOptions.defaults());
        Schedule at90 = Schedule.compile(Routines.builtIn("toe-fan-routine"), PlayOptions.defaults().withBpm(90));

        ScheduledStep yoga60 = at60.steps().stream().filter(s -> s.exercise().id().equals("toe-yoga")).findFirst().orElseThrow();
        ScheduledStep yoga90 = at90.steps().stream().filter(s -> s.exercise().id().equals("toe-yoga")).findFirst().orElseThrow();
        assertThat(yoga60.reps()).isEqualTo(30);
        assertThat(yoga90.reps()).isEqualTo(45);
    }

    @Test
    void aGatedStepPlaysOnlyAtItsLevel() {
        Routine arch = Routines.builtIn("arch-doming");

        Schedule seated = Schedule.compile(arch, PlayOptions.defaults());
        Schedule hops = Schedule.compile(arch, PlayOptions.defaults().withLevel("short-foot", "dynamic"));

        assertThat(seated.steps()).noneMatch(s -> s.step().onlyAtLevel() != null);
        assertThat(hops.steps()).anyMatch(s -> s.step().onlyAtLevel() != null);
        assertThat(hops.steps()).filteredOn(s -> s.exercise().id().equals("short-foot") && s.step().onlyAtLevel() == null)
                .allMatch(s -> s.level().equals("dynamic"));
    }

    @Test
    void sidesExpandIntoSetsPerFoot() {
        assertThat(StepLayout.feet(Side.RIGHT_THEN_LEFT, 2)).containsExactly(Side.RIGHT, Side.RIGHT, Side.LEFT, Side.LEFT);
        assertThat(StepLayout.feet(Side.ALTERNATING, 2)).containsExactly(Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT);
        assertThat(StepLayout.feet(Side.BOTH, 3)).containsExactly(Side.BOTH, Side.BOTH, Side.BOTH);
        assertThat(StepLayout.feet(Side.LEFT_THEN_RIGHT, 1)).containsExactly(Side.LEFT, Side.RIGHT);
    }
}
