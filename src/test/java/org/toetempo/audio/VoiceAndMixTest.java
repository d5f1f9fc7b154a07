package org.toetempo.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Spoken cues on their beats, panning by foot, and the clicks / voice / both options. */
class VoiceAndMixTest {

    private static final long START = 987_654_321L;
    private static final VoiceBank VOICES = VoiceBank.builtIn();

    private static byte[] render(Routine routine, double bpm, MixOptions mix, VoiceBank voices, long frames, int window)
            throws IOException {
        Fixtures.Capture capture = new Fixtures.Capture();
        render(routine, bpm, mix, voices, frames, window, capture);
        return capture.pcm();
    }

    /** Streams the sound into {@code sink} (a whole routine held as PCM would take a hundred megabytes). */
    private static void render(Routine routine, double bpm, MixOptions mix, VoiceBank voices, long frames, int window,
                               OfflineRender.Sink sink) throws IOException {
        VirtualClock clock = new VirtualClock(START);
        Session session = new Session(routine, PlayOptions.defaults().withBpm(bpm), clock);
        session.play();
        new OfflineRender(new Renderer(SoundKit.standard(), voices, mix), EventSource.of(session), clock, window)
                .renderUntil(frames, sink);
    }

    /** Both voice banks: English, and German with the routine read in German (its own cue words and names). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everySpokenCueStartsOnItsBeat(String language) throws IOException {
        Routine routine = Fixtures.routine("musical-toes", language);
        VoiceBank voices = VoiceBank.builtIn(language);
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults().withBpm(97));
        long end = Fixtures.frame(START + schedule.totalNanos()) + 3 * Pcm.SAMPLE_RATE;
        Onsets onsets = Onsets.standard();
        render(routine, 97, MixOptions.defaults().withMode(SoundMode.VOICE), voices, end, 2400, onsets);

        // Expected from the schedule: each voiced cue at its frame (of two at one instant, the later is said),
        // unless the previous word still rings then.
        TreeMap<Long, Cue> said = new TreeMap<>();
        for (Cue cue : schedule.cues()) {
            if (cue.type() == CueType.COUNTDOWN && cue.value() > 3) {
                continue;
            }
            if (voices.clipFor(cue).isPresent()) {
                said.put(Fixtures.frame(START + cue.nanos()), cue);
            }
        }
        TreeMap<Long, Long> words = new TreeMap<>();
        for (var e : said.entrySet()) {
            long f = e.getKey();
            Cue cue = e.getValue();
            long length = voices.clipFor(cue).orElseThrow().length();
            if (cue.type() == CueType.EXERCISE_START) {
                // "Single Big Toe Raise", a pause, "right foot": the foot is an onset of its own.
                long name = voices.clip(routine.exercise(cue.exercise()).name()).orElseThrow().length();
                words.put(f, f + name);
                words.put(f + name + VoiceBank.PHRASE_GAP, f + length);
            } else {
                words.put(f, f + length);
            }
        }
        int phases = (int) said.values().stream().filter(c -> c.type() == CueType.PHASE).count();
        TreeSet<Long> expected = new TreeSet<>();
        long ringing = Long.MIN_VALUE;
        for (var w : words.entrySet()) {
            if (w.getKey() >= ringing + Pcm.SAMPLE_RATE / 500) {
                expected.add(w.getKey());
            }
            ringing = Math.max(ringing, w.getValue());
        }
        long phaseCues = schedule.cues().stream().filter(c -> c.type() == CueType.PHASE).count();
        assertThat(phases).as("every phase cue word of Musical Toes has a clip").isEqualTo(phaseCues);
        long phaseFramesHeard = schedule.cues().stream().filter(c -> c.type() == CueType.PHASE)
                .map(c -> Fixtures.frame(START + c.nanos())).filter(expected::contains).count();
        assertThat(phaseFramesHeard).as("every phase word starts after silence at 97 BPM").isEqualTo(phaseCues);
        Fixtures.assertOnsets(onsets.onsets(), expected);
    }

    @Test
    void leftFootSoundsOnlyInTheLeftChannelAndRightFootOnlyInTheRight() throws IOException {
        Routine routine = Fixtures.routine("musical-toes");
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults().withBpm(143));
        long end = 200L * Pcm.SAMPLE_RATE;   // right, left and both feet, slow and fast
        byte[] pcm = render(routine, 143, MixOptions.defaults(), VOICES, end, 4800);

        int left = 0;
        int right = 0;
        int both = 0;
        for (BeatMark beat : schedule.beats()) {
            int f = (int) Fixtures.frame(START + beat.nanos());
            if (f >= end) {
                break;
            }
            int window = (int) Math.min(Pcm.SAMPLE_RATE / 5, end - f);  // the 200 ms after the beat
            long l = energy(pcm, f, window, 0);
            long r = energy(pcm, f, window, 1);
            if (beat.side() == Side.LEFT) {
                assertThat(r).as("right channel after left beat %s", beat).isZero();
                assertThat(l).isPositive();
                left++;
            } else if (beat.side() == Side.RIGHT) {
                assertThat(l).as("left channel after right beat %s", beat).isZero();
                assertThat(r).isPositive();
                right++;
            } else if (beat.side() == Side.BOTH) {
                assertThat(Onsets.sample(pcm, 2 * f)).isEqualTo(Onsets.sample(pcm, 2 * f + 1)).isNotZero();
                both++;
            }
        }
        assertThat(left).isGreaterThan(80);
        assertThat(right).isGreaterThan(80);
        assertThat(both).isGreaterThan(80);
    }

    @Test
    void clicksOnlyVoiceOnlyAndBothMixTheSameSounds() throws IOException {
        Routine routine = Fixtures.routine("musical-toes");
        long frames = 45L * Pcm.SAMPLE_RATE;
        byte[] clicks = render(routine, 113, MixOptions.defaults().withMode(SoundMode.CLICKS), VOICES, frames, 4800);
        byte[] voice = render(routine, 113, MixOptions.defaults().withMode(SoundMode.VOICE), VOICES, frames, 4800);
        byte[] both = render(routine, 113, MixOptions.defaults(), VOICES, frames, 4800);
        byte[] clicksWithoutAVoiceBank = render(routine, 113, MixOptions.defaults().withMode(SoundMode.CLICKS),
                VoiceBank.none(), frames, 4800);
        byte[] voiceMuted = render(routine, 113, MixOptions.defaults().withVoiceVolume(0), VOICES, frames, 4800);
        byte[] clicksMuted = render(routine, 113, MixOptions.defaults().withClickVolume(0), VOICES, frames, 4800);

        assertThat(clicksWithoutAVoiceBank).isEqualTo(clicks);
        assertThat(voiceMuted).isEqualTo(clicks);
        assertThat(clicksMuted).isEqualTo(voice);
        int differing = 0;
        for (int i = 0; i < both.length / 2; i++) {
            int sum = Onsets.sample(clicks, i) + Onsets.sample(voice, i);
            int diff = Math.abs(Onsets.sample(both, i) - sum);
            if (Math.abs(sum) < 0.85 * 32767) {   // below the limiter, mixing is plain addition (±1 for rounding)
                assertThat(diff).as("sample %d", i).isLessThanOrEqualTo(1);
            }
            differing += Onsets.sample(clicks, i) != Onsets.sample(voice, i) ? 1 : 0;
        }
        assertThat(differing).isGreaterThan(100_000);

        // Voice only has no click: plain beats (no cue) are silent; clicks only has no words.
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults().withBpm(113));
        List<Long> plainBeats = new ArrayList<>();
        for (BeatMark beat : schedule.beats()) {
            long f = Fixtures.frame(START + beat.nanos());
            if (beat.accent() == BeatMark.Accent.BEAT && f + 4800 < frames) {
                plainBeats.add(f);
            }
        }
        assertThat(plainBeats).hasSizeGreaterThan(20);
        for (long f : plainBeats) {
            assertThat(energy(voice, (int) f, 2400, 0) + energy(voice, (int) f, 2400, 1)).isZero();
            assertThat(energy(clicks, (int) f, 1, 0) + energy(clicks, (int) f, 1, 1)).isPositive();
        }
    }

    @Test
    void theOutputDoesNotDependOnHowFramesAreCutIntoWindows() throws IOException {
        Routine routine = Fixtures.busy();
        long frames = 40L * Pcm.SAMPLE_RATE;
        byte[] reference = render(routine, 131, MixOptions.defaults(), VOICES, frames, 48_000);
        for (int window : new int[] {7, 240, 997, 4800}) {
            assertThat(render(routine, 131, MixOptions.defaults(), VOICES, frames, window))
                    .as("windows of %d frames", window).isEqualTo(reference);
        }
        long oneByOne = 6L * Pcm.SAMPLE_RATE;   // the count-in and the first beats, one frame at a time
        assertThat(render(routine, 131, MixOptions.defaults(), VOICES, oneByOne, 1))
                .isEqualTo(Arrays.copyOf(reference, (int) oneByOne * Pcm.FRAME_BYTES));
    }

    private static long energy(byte[] pcm, int frame, int frames, int channel) {
        long sum = 0;
        for (int i = frame; i < frame + frames; i++) {
            sum += Math.abs(Onsets.sample(pcm, 2 * i + channel));
        }
        return sum;
    }
}
