package org.toetempo.timing;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;
import org.assertj.core.data.Offset;

/**
 * A song whose tempo drifts, through the compiler and the session on a virtual clock: every cue on a tracked beat,
 * rests ending on tracked downbeats, holds of whole local beats, and the user's corrections and speed moving the
 * cues with the map.
 */
class SongBeatMapTest {

    private static final long SECOND = 1_000_000_000L;

    /** 100 BPM wandering ±4 % and pushing 6 % over 400 beats, the first downbeat at beat 2 (0.9 s in). */
    static BeatMap drifting() {
        int n = 400;
        double[] times = new double[n];
        float[] confidence = new float[n];
        times[0] = 0.3;
        for (int i = 1; i < n; i++) {
            double bpm = 100 * (1 + 0.04 * Math.sin(i / 20.0)) * (1 + 0.06 * i / n);
            times[i] = times[i - 1] + 60 / bpm;
        }
        Arrays.fill(confidence, 1f);
        return BeatMap.of(times, confidence, 2, 4);
    }

    private static final Routine FINISHER = Routines.builtIn("post-run-foot-finisher");
    private static final Routine MUSICAL = Routines.builtIn("musical-toes");

    /** The beat of the looped song at a schedule time (song starting at {@code songStart}). */
    private static double songBeat(BeatMap map, double rate, long songStart, long nanos) {
        return map.loopedBeatAt((nanos - songStart) * rate / 1e9);
    }

    private static Schedule compile(Routine routine, BeatMap map, double rate) {
        return Schedule.compile(routine, PlayOptions.defaults().withSong(new SongTiming(map, rate, 230), true));
    }

    @Test
    void everyCueOfTheSongBlocksIsOnATrackedBeat() {
        BeatMap map = drifting();
        for (double rate : new double[] {1.0, 0.75, 1.3}) {
            Schedule schedule = compile(FINISHER, map, rate);
            long songStart = schedule.songSpans().get(0).startNanos();
            int checked = 0;
            for (Cue cue : schedule.cues()) {
                if (cue.type() == CueType.PHASE || cue.type() == CueType.HOLD_START || cue.type() == CueType.SET_START) {
                    double beat = songBeat(map, rate, songStart, cue.nanos());
                    assertThat(Math.abs(beat - Math.rint(beat)))
                            .as("%s at %.3f s, rate %s", cue.type(), cue.nanos() / 1e9, rate).isLessThan(1e-6);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(60);
            // A steady grid of the median tempo would be far off by the end: the map is really followed.
            double offGrid = schedule.cues().stream().filter(c -> c.type() == CueType.PHASE).mapToDouble(c -> {
                double gridBeat = ((c.nanos() - songStart) * rate / 1e9 - map.firstDownbeatSeconds()) * map.medianBpm() / 60;
                return Math.abs(gridBeat - Math.rint(gridBeat));
            }).max().orElseThrow();
            assertThat(offGrid).as("cues a steady grid would not have").isGreaterThan(0.2);
        }
    }

    @Test
    void restsEndOnATrackedDownbeatAndHoldsAreWholeLocalBeats() {
        BeatMap map = drifting();
        Schedule schedule = compile(FINISHER, map, 1.0);
        long songStart = schedule.songSpans().get(0).startNanos();
        int rests = 0;
        int holds = 0;
        for (Segment segment : schedule.segments()) {
            if (segment.activity() == Activity.REST) {
                double beat = songBeat(map, 1.0, songStart, segment.endNanos());
                assertThat(Math.abs(beat - Math.rint(beat))).isLessThan(1e-6);
                assertThat(Math.floorMod((long) Math.rint(beat), 4)).as("rest ends on a downbeat").isZero();
                rests++;
            }
            if (segment.activity() == Activity.HOLD) {
                double start = songBeat(map, 1.0, songStart, segment.startNanos());
                double end = songBeat(map, 1.0, songStart, segment.endNanos());
                assertThat(end - start).isCloseTo(Math.rint(end - start), Offset.offset(1e-6));
                // Whole beats of the song there: as long as written (its cue shows the whole seconds), and less
                // than one of the song's beats there more.
                int written = schedule.cues().stream().filter(c -> c.type() == CueType.HOLD_START
                        && c.nanos() == segment.startNanos()).findFirst().orElseThrow().value();
                double period = map.periodAt((segment.endNanos() - songStart) / 1e9);
                assertThat(segment.durationNanos() / 1e9).isGreaterThan(written - 1.0)
                        .isLessThan(written + period * 1.05);
                holds++;
            }
        }
        assertThat(rests).isGreaterThan(1);
        assertThat(holds).isGreaterThan(1);
    }

    @Test
    void nudgeDoubleHalfAndDottedMoveTheCuesWithTheMap() {
        BeatMap map = drifting();
        Schedule base = compile(MUSICAL, map, 1.0);
        Schedule nudged = compile(MUSICAL, map.shifted(0.010), 1.0);
        List<Long> a = phases(base);
        List<Long> b = phases(nudged);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i) - a.get(i)).as("cue %d moved 10 ms later", i).isBetween(10_000_000L - 2, 10_000_000L + 2);
        }
        for (int[] ratio : new int[][] {{2, 1}, {1, 2}, {3, 2}, {2, 3}}) {
            BeatMap corrected = map.scaled(ratio[0], ratio[1]);
            Schedule schedule = compile(MUSICAL, corrected, 1.0);
            long songStart = schedule.songSpans().get(0).startNanos();
            for (long at : phases(schedule)) {
                if (at < songStart) {
                    continue;
                }
                double beat = songBeat(corrected, 1.0, songStart, at);
                assertThat(Math.abs(beat - Math.rint(beat))).as("x%d/%d", ratio[0], ratio[1]).isLessThan(1e-6);
            }
            assertThat(corrected.medianBpm() / map.medianBpm()).isCloseTo(ratio[0] / (double) ratio[1],
                    Offset.offset(0.03));
        }
    }

    @Test
    void theSessionsBeatsAndMusicFollowTheMapAtAnySpeed() {
        BeatMap map = drifting();
        for (double rate : new double[] {0.5, 1.0, 1.5}) {
            VirtualClock clock = new VirtualClock();
            clock.set(3 * SECOND);
            Session session = new Session(MUSICAL, PlayOptions.defaults().withSong(new SongTiming(map, rate, 230), false), clock);
            session.play();
            Schedule.SongSpan span = session.schedule().songSpans().get(0);
            List<long[]> beats = new ArrayList<>();
            session.eventsBetween(3 * SECOND + span.startNanos(), 3 * SECOND + span.endNanos(), new TimedEvents() {
                @Override
                public void beat(long clockNanos, BeatMark beat) {
                    beats.add(new long[] {clockNanos});
                }

                @Override
                public void cue(long clockNanos, Cue cue) {
                }
            });
            assertThat(beats).hasSizeGreaterThan(100);
            for (long[] beat : beats) {
                MusicPosition at = session.musicAt(beat[0]);
                double songBeat = map.loopedBeatAt(at.songNanos() / 1e9);
                assertThat(Math.abs(songBeat - Math.rint(songBeat))).as("rate %s", rate).isLessThan(1e-5);
            }
            // The tempo heard is the map's local tempo at this speed.
            clock.set(3 * SECOND + span.startNanos() + 30 * SECOND);
            Snapshot snapshot = session.snapshot();
            double songSeconds = session.musicAt(clock.nanos()).songNanos() / 1e9;
            assertThat(snapshot.bpm()).isCloseTo(map.bpmAt(songSeconds) * rate, Offset.offset(2.0));
        }
    }

    private static List<Long> phases(Schedule schedule) {
        long songStart = schedule.songSpans().get(0).startNanos();
        return schedule.cues().stream().filter(c -> c.type() == CueType.PHASE && c.nanos() >= songStart)
                .map(Cue::nanos).toList();
    }
}
