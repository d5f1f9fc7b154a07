package org.toetempo.audio;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Carry-over, rewinding what was rendered ahead, and catching up on commands heard late. */
class RendererTest {

    private static Renderer renderer(SoundMode mode) {
        return new Renderer(SoundKit.standard(), VoiceBank.builtIn(), MixOptions.defaults().withMode(mode));
    }

    private static byte[] render(Renderer r, EventSource source, long from, int frames) {
        byte[] out = new byte[frames * Pcm.FRAME_BYTES];
        r.render(source, from, frames, out);
        return out;
    }

    @Test
    void aScheduleRendersLikeTheSessionPlayingIt() {
        Routine routine = Fixtures.routine("toe-fan-routine");
        VirtualClock clock = new VirtualClock(0);
        Session session = new Session(routine, PlayOptions.defaults(), clock);
        session.play();
        int frames = 30 * Pcm.SAMPLE_RATE;
        byte[] fromSession = render(renderer(SoundMode.BOTH), EventSource.of(session), 0, frames);
        byte[] fromSchedule = render(renderer(SoundMode.BOTH), EventSource.of(session.schedule(), 0), 0, frames);
        assertThat(fromSchedule).isEqualTo(fromSession);
    }

    @Test
    void renderingAheadThenRewindingGivesTheSameSound() {
        Routine routine = Fixtures.busy();
        EventSource source = EventSource.of(Schedule.compile(routine, PlayOptions.defaults().withBpm(120)), 0);
        int frames = 50 * Pcm.SAMPLE_RATE;
        byte[] straight = render(renderer(SoundMode.BOTH), source, 0, frames);

        Renderer r = renderer(SoundMode.BOTH);
        byte[] stitched = new byte[frames * Pcm.FRAME_BYTES];
        long at = 0;
        int step = 7_003;
        while (at < frames) {
            int n = (int) Math.min(step, frames - at);
            // Render 150 ms further than needed, then take it back, as the live engine does on a flush.
            int ahead = (int) Math.min(n + 7_200, frames - at);
            byte[] chunk = render(r, source, at, ahead);
            System.arraycopy(chunk, 0, stitched, (int) at * Pcm.FRAME_BYTES, n * Pcm.FRAME_BYTES);
            r.rewind(at + n);
            at += n;
        }
        assertThat(firstDifference(stitched, straight)).isEqualTo(-1);
    }

    @Test
    void soundsStartedBeforeAPauseRingOutAndNothingNewStarts() {
        Routine routine = Fixtures.routine("musical-toes");
        VirtualClock clock = new VirtualClock(0);
        Session session = new Session(routine, PlayOptions.defaults(), clock);
        session.play();
        Renderer r = renderer(SoundMode.CLICKS);
        long countInBeat2 = Pcm.SAMPLE_RATE;   // 60 BPM: the second count-in tick at 1 s
        render(r, EventSource.of(session), 0, (int) countInBeat2 + 100);
        clock.set(Pcm.nanosOf(countInBeat2 + 100));
        session.pause();
        byte[] after = render(r, EventSource.of(session), countInBeat2 + 100, 5 * Pcm.SAMPLE_RATE);
        Snippet tick = SoundKit.standard().click(BeatMark.Accent.COUNT);
        int stillRinging = 0;
        for (int i = 0; i < tick.length() - 100; i++) {
            stillRinging += Onsets.sample(after, 2 * i) != 0 ? 1 : 0;
        }
        assertThat(stillRinging).isGreaterThan(tick.length() / 2);
        for (int i = 2 * tick.length(); i < after.length / 2; i++) {
            assertThat(Onsets.sample(after, i)).as("sample %d", i).isZero();
        }
    }

    @Test
    void aCommandHeardLateSoundsItsMissedBeatAtOnceAndNothingTwice() {
        Routine routine = Fixtures.routine("musical-toes");
        VirtualClock clock = new VirtualClock(0);
        Session session = new Session(routine, PlayOptions.defaults().withBpm(100), clock);
        EventSource source = EventSource.of(session);
        Renderer r = renderer(SoundMode.CLICKS);
        List<Long> started = new ArrayList<>();
        r.listener(new Renderer.Listener() {
            @Override
            public void beat(long frame, long clockNanos, BeatMark beat) {
                started.add(frame);
            }
        });
        session.play();
        render(r, source, 0, 13 * Pcm.SAMPLE_RATE);          // rendered ahead up to 13 s
        clock.set(Pcm.nanosOf(10 * Pcm.SAMPLE_RATE) + 123);   // ... but only 10 s were played when
        long before = clock.nanos() - 1_000_000;              // (the engine last looked 1 ms before)
        session.nextStep();                                   // the user jumps to the next step
        long heardFrom = 10 * Pcm.SAMPLE_RATE + 150;          // the engine reacts 150 frames later
        r.rewind(heardFrom);
        started.removeIf(f -> f >= heardFrom);
        int caught = r.catchUp(source, before);
        render(r, source, heardFrom, 2 * Pcm.SAMPLE_RATE);

        // The next step's first lead-in beat fell at the command's own time: it sounds at once, at the frame the
        // engine could still change, and the rest of the step keeps its exact place.
        assertThat(caught).isPositive();   // the lead-in beat, and the cues of that instant (no sound in clicks mode)
        Schedule schedule = session.schedule();
        long stepStart = schedule.steps().get(1).startNanos();
        List<Long> expected = new ArrayList<>();
        for (BeatMark b : schedule.beats()) {
            long clockTime = clock.nanos() + b.nanos() - stepStart;
            if (b.nanos() > stepStart && Pcm.frameOf(clockTime) < heardFrom + 2 * Pcm.SAMPLE_RATE) {
                expected.add(Fixtures.frame(clockTime));
            }
        }
        List<Long> afterCommand = started.stream().filter(f -> f >= heardFrom).toList();
        assertThat(afterCommand.get(0)).isEqualTo(heardFrom);
        assertThat(afterCommand.subList(1, afterCommand.size())).containsExactlyElementsOf(expected);
        // A second catch-up over the same stretch finds nothing new.
        r.rewind(heardFrom + 1);
        assertThat(r.catchUp(source, before)).isZero();
    }

    @Test
    void ofTwoWordsAtOneInstantOnlyTheLaterIsSaid() {
        // In Musical Toes' later blocks a step starts without a lead-in: its name and its first "up" coincide.
        Routine routine = Fixtures.routine("musical-toes");
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());
        Cue start = null;
        for (int i = 1; i < schedule.cues().size(); i++) {
            Cue c = schedule.cues().get(i);
            if (c.type() == CueType.PHASE && schedule.cues().stream().anyMatch(
                    o -> o.type() == CueType.EXERCISE_START && o.nanos() == c.nanos())) {
                start = c;
                break;
            }
        }
        assertThat(start).isNotNull();
        Renderer r = renderer(SoundMode.VOICE);
        long frame = Pcm.frameOf(start.nanos());
        byte[] out = render(r, EventSource.of(schedule, 0), frame - 10, 48_000);
        Snippet up = VoiceBank.builtIn().clip("up").orElseThrow();
        float gain = (float) (0.9 * (start.side() == Side.BOTH ? Math.sqrt(0.5) : 1));
        int channel = start.side() == Side.LEFT ? 0 : 1;
        for (int i = 0; i < up.length(); i++) {
            int expected = Math.round(up.sample(i) * gain * 32767);
            assertThat(Onsets.sample(out, 2 * (10 + i) + channel)).as("sample %d", i).isBetween(expected - 1, expected + 1);
        }
        assertThat(Arrays.copyOfRange(out, 0, 40)).containsOnly((byte) 0);
    }

    /** The first differing frame, or -1. */
    static long firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i / Pcm.FRAME_BYTES;
            }
        }
        return a.length == b.length ? -1 : n / Pcm.FRAME_BYTES;
    }
}
