package org.toetempo.media;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.Clip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.Activity;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.Snapshot;
import org.toetempo.timing.VirtualClock;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClipTimingTest {

    static final String CLIP = "a".repeat(64) + ".mp4";
    static final String LEVEL_CLIP = "b".repeat(64) + ".m4v";
    /** One frame of a 30 fps clip. */
    static final double FRAME = 1 / 30.0;

    /** Lift one beat, hold two, lower one: the clip's rep (1.0 s to 3.0 s) is spread over the two moving beats. */
    static final String ROUTINE = """
            {
              "format": 1,
              "id": "press-and-hold",
              "name": "Press and Hold",
              "summary": "A toe press with a hold.",
              "purpose": "Test clips.",
              "audience": ["clinic"],
              "duration": { "minutes": 1, "tolerance_minutes": 1 },
              "frequency": { "times": 3, "per": "week" },
              "equipment": [],
              "safety": ["Stop if you feel sharp pain."],
              "tempo": { "bpm": 60, "min_bpm": 40, "max_bpm": 120 },
              "exercises": {
                "toe-press": {
                  "name": "Toe Press",
                  "start": "Sit tall.",
                  "instructions": ["Lift the big toe, hold, lower."],
                  "cues": ["Slow"],
                  "figure": "big-toe",
                  "phases": [
                    { "action": "lift", "beats": 1, "cue": "up" },
                    { "action": "hold", "beats": 2, "cue": "hold" },
                    { "action": "lower", "beats": 1, "cue": "down" }
                  ],
                  "levels": [
                    { "id": "easy", "name": "Easy", "how": "Small lift." },
                    { "id": "filmed", "name": "Filmed", "how": "As filmed.",
                      "clip": { "file": "%s", "rep_in": 0.5, "rep_out": 1.5 } }
                  ],
                  "clip": { "file": "%s", "rep_in": 1.0, "rep_out": 3.0 }
                }
              },
              "blocks": [
                {
                  "name": "Main",
                  "steps": [
                    { "exercise": "toe-press", "level": "easy", "side": "right", "sets": 2, "reps": 3,
                      "rest_between_sets_s": 5 },
                    { "exercise": "toe-press", "level": "filmed", "side": "left", "sets": 1, "reps": 2 }
                  ]
                }
              ]
            }
            """.formatted(LEVEL_CLIP, CLIP);

    static LoadResult read() {
        return new RoutineReader(ExerciseLibrary.builtIn()).read("press.json", ROUTINE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theVideoFollowsTheRepsPhaseWithinOneFrameAt60And90Bpm() {
        LoadResult loaded = read();
        assertThat(loaded.problems()).isEmpty();
        for (double bpm : new double[] {60, 90}) {
            VirtualClock clock = new VirtualClock(5_000_000_000L);
            Session session = new Session(loaded.routine(), PlayOptions.defaults().withBpm(bpm), clock);
            long start = clock.nanos();
            session.play();
            int moving = 0;
            int held = 0;
            int resting = 0;
            // An instant every 37 ms: it falls at every point of the beats over the run.
            for (long t = 0; t < session.schedule().totalNanos(); t += 37_000_000L) {
                clock.set(start + t);
                Snapshot now = session.snapshot();
                ClipPosition clip = ClipTiming.at(session.schedule(), session.positionAt(clock.nanos()));
                boolean filmedLevel = now.stepIndex() == 1;
                double in = filmedLevel ? 0.5 : 1.0;
                double rep = filmedLevel ? 1.0 : 2.0;
                assertThat(clip).as("at %d ms, %s BPM", t / 1_000_000, bpm).isNotNull();
                if (now.activity() == Activity.MOVE && now.action() != Action.HOLD) {
                    // Lift is phase 0 (moving beats before it: 0), lower is phase 2 (1 moving beat before it).
                    double beatsBefore = now.phaseIndex() == 0 ? 0 : 1;
                    double expected = in + rep * (beatsBefore + now.progress()) / 2;
                    assertThat(clip.seconds()).as("video at %d ms, %s BPM", t / 1_000_000, bpm).isCloseTo(expected, within(FRAME));
                    assertThat(clip.rate()).isCloseTo(rep / (2 * 60 / bpm), within(1e-6));
                    moving++;
                } else if (now.activity() == Activity.MOVE) {
                    assertThat(clip.seconds()).as("held frame at %d ms", t / 1_000_000).isCloseTo(in + rep / 2, within(FRAME));
                    assertThat(clip.rate()).isZero();
                    held++;
                } else {
                    // Count-in, lead-in and rests: the next rep's first frame, still.
                    int next = now.stepIndex() < 0 ? 0 : now.activity() == Activity.REST && now.set() == 0 ? now.stepIndex() + 1
                            : now.stepIndex();
                    assertThat(clip.seconds()).as("%s at %d ms", now.activity(), t / 1_000_000)
                            .isCloseTo(next == 1 ? 0.5 : 1.0, within(FRAME));
                    assertThat(clip.rate()).isZero();
                    resting++;
                }
            }
            assertThat(moving).isGreaterThan(20);
            assertThat(held).isGreaterThan(20);
            assertThat(resting).isGreaterThan(20);
        }
    }

    @Test
    void eachRepStartsAtTheClipsRepInOnItsFirstBeat() {
        LoadResult loaded = read();
        VirtualClock clock = new VirtualClock();
        Session session = new Session(loaded.routine(), PlayOptions.defaults().withBpm(90), clock);
        long[] keys = session.schedule().segments().stream()
                .filter(s -> s.activity() == Activity.MOVE && s.phase() == 0).mapToLong(s -> s.startNanos()).toArray();
        assertThat(keys).hasSize(2 * 3 + 2);
        long previousKey = Long.MIN_VALUE;
        for (long repStart : keys) {
            ClipPosition p = ClipTiming.at(session.schedule(), repStart);
            assertThat(p.repStart()).isTrue();
            assertThat(p.repKey()).isNotEqualTo(previousKey);
            assertThat(p.seconds()).isEqualTo(p.clip().repInSeconds());
            previousKey = p.repKey();
            ClipPosition later = ClipTiming.at(session.schedule(), repStart + 100_000_000L);
            assertThat(later.repStart()).isFalse();
            assertThat(later.repKey()).isEqualTo(repStart);
        }
    }

    @Test
    void aLevelsOwnClipWinsOverTheExercises() {
        var exercise = read().routine().exercise("toe-press");
        assertThat(exercise.clipAt("filmed")).isEqualTo(new Clip(LEVEL_CLIP, 0.5, 1.5));
        assertThat(exercise.clipAt("easy")).isEqualTo(new Clip(CLIP, 1.0, 3.0));
        assertThat(exercise.clipAt(null)).isEqualTo(new Clip(CLIP, 1.0, 3.0));
        assertThat(ClipStore.clipsOf(read().routine())).containsExactlyInAnyOrder(CLIP, LEVEL_CLIP);
    }
}
