package org.toetempo.audio;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.SongTiming;
import org.toetempo.timing.VirtualClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The song mixed under the cues: on the same clock (checked sample by sample with a song whose samples say where
 * they are), looped without moving the beat, ducked under the voice, faded at the end and never clicking.
 */
class MusicMixTest {

    private static final int RATE = 44_100;
    /** The left channel of the test song counts its own frames modulo this, so a sample tells where the song is. */
    private static final int RAMP = 8192;

    /** A song whose left channel is a ramp (frame index modulo {@link #RAMP}, scaled to ±0.5) and right is 0.25. */
    private static Music rampSong(double seconds, double bpm, double firstBeat) {
        int frames = (int) Math.round(seconds * RATE);
        short[] stereo = new short[2 * frames];
        for (int k = 0; k < frames; k++) {
            stereo[2 * k] = (short) ((k % RAMP) * 4 - 16384);
            stereo[2 * k + 1] = 8192;
        }
        return Music.of("ramp", stereo, RATE, bpm, firstBeat, 4);
    }

    /** The song frame (modulo {@link #RAMP}) a left sample of the ramp song says it was read at. */
    private static double rampFrame(float left, double gain) {
        return (left / gain * 32768 + 16384) / 4;
    }

    private static Renderer renderer(MixOptions options) {
        return new Renderer(SoundKit.standard(), VoiceBank.builtIn(), options);
    }

    @Test
    void atEveryBeatOfTheSongBlockTheMusicPlayedIsOnTheSongsBeat() {
        double bpm = 112;
        double firstBeat = 0.2679;
        for (double rate : new double[] {1.0, 0.8, 1.25}) {
            Routine routine = Fixtures.routine("musical-toes");
            Music song = rampSong(100, bpm, firstBeat);
            VirtualClock clock = new VirtualClock(0);
            Session session = new Session(routine,
                    PlayOptions.defaults().withSong(new SongTiming(bpm, firstBeat, rate, song.seconds()), false), clock);
            session.play();
            MixOptions mix = MixOptions.defaults().withMode(SoundMode.CLICKS).withMusicVolume(1.0).withClickVolume(0);
            Renderer renderer = renderer(mix);
            renderer.music(song);
            List<long[]> beats = new ArrayList<>();
            renderer.listener(new Renderer.Listener() {
                @Override
                public void beat(long frame, long clockNanos, BeatMark beat) {
                    beats.add(new long[] {frame, clockNanos});
                }
            });
            long songStart = session.schedule().songSpans().get(0).startNanos();
            long end = Pcm.frameOf(session.schedule().totalNanos());
            float[] out = new float[2 * 480];
            List<Double> errors = new ArrayList<>();
            EventSource source = EventSource.of(session);
            for (long f = 0; f < end; f += 480) {
                int before = beats.size();
                renderer.render(source, f, 480, out);
                for (int b = before; b < beats.size(); b++) {
                    long frame = beats.get(b)[0];
                    if (beats.get(b)[1] < songStart + 1_000_000) {
                        continue;
                    }
                    // Which song frame is heard with this beat, and which song frame is the nearest beat of the song.
                    double heard = rampFrame(out[2 * (int) (frame - f)], 1.0);
                    double songSeconds = (Pcm.nanosOf(frame) - songStart) * rate / 1e9;
                    double beatsIn = Math.rint((songSeconds - firstBeat) * bpm / 60);
                    double beatFrame = (firstBeat + beatsIn * 60 / bpm) * RATE;
                    double error = heard - beatFrame % RAMP;
                    error -= RAMP * Math.rint(error / RAMP);
                    errors.add(Math.abs(error) / RATE);
                }
            }
            assertThat(errors).as("beats checked at rate %s", rate).hasSizeGreaterThan(40);
            assertThat(errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                    .as("the song's beat is under every beat of the song block (seconds), rate %s", rate)
                    .isLessThan(0.0005);
        }
    }

    @Test
    void theLoopIsWholeBarsSoEveryPassKeepsTheBeat() {
        // 10.3 s at 120 BPM from a first beat at 0.3 s: five whole bars (10 s) fit, so the loop is 10 s long.
        Music song = rampSong(10.3, 120, 0.3);
        assertThat(song.loopEndSeconds()).isCloseTo(10.3, Offset.offset(1.0 / RATE));
        float[] first = new float[2];
        float[] again = new float[2];
        for (double t : new double[] {0.35, 1.234, 5.0, 9.9}) {
            song.sampleAt(t, first);
            song.sampleAt(t + 10.0, again);
            if (t > 0.3 + 1.0 / Music.SEAM_SECONDS_DIVISOR) {
                assertThat(again[0]).as("second pass at %s s", t).isCloseTo(first[0], Offset.offset(1e-4f));
            }
            song.sampleAt(t + 30.0, again);
            if (t > 0.3 + 1.0 / Music.SEAM_SECONDS_DIVISOR) {
                assertThat(again[0]).as("fourth pass at %s s", t).isCloseTo(first[0], Offset.offset(1e-4f));
            }
        }
        song.sampleAt(0.1, first);
        assertThat(first[1]).isCloseTo(0.25f, Offset.offset(1e-4f));
    }

    @Test
    void theMusicFadesOutAtTheEndOfTheRoutineAndIsSilentAfter() {
        VirtualClock clock = new VirtualClock(0);
        Session session = toeFanToASong(clock);
        Renderer renderer = musicOnly();
        long end = Pcm.frameOf(session.schedule().totalNanos());
        EventSource source = EventSource.of(session);
        long from = end - Pcm.SAMPLE_RATE;
        int frames = 5 * Pcm.SAMPLE_RATE;
        float[] skipped = new float[2 * Pcm.SAMPLE_RATE];
        for (long f = 0; f < from; f += Pcm.SAMPLE_RATE) {
            renderer.render(source, f, (int) Math.min(Pcm.SAMPLE_RATE, from - f), skipped);
        }
        float[] out = new float[2 * frames];
        renderer.render(source, from, frames, out);
        DoubleUnaryOperator level = seconds -> out[2 * (int) (Pcm.SAMPLE_RATE * (1 + seconds)) + 1];
        assertThat(level.applyAsDouble(-0.5)).as("full before the end").isCloseTo(0.5, Offset.offset(0.001));
        assertThat(level.applyAsDouble(1.5)).as("half way through the fade").isCloseTo(0.25, Offset.offset(0.01));
        assertThat(level.applyAsDouble(2.5)).as("nearly gone").isLessThan(0.05);
        assertThat(level.applyAsDouble(3.5)).as("silent after 3 s").isZero();
    }

    @Test
    void pausingStopsTheMusicWithinTwentyMillisecondsWithoutAClickAndResumingFadesItBackIn() {
        VirtualClock clock = new VirtualClock(0);
        Session session = toeFanToASong(clock);
        Renderer renderer = musicOnly();
        EventSource source = EventSource.of(session);
        float[] out = new float[2 * 480];
        long pauseFrame = 5 * Pcm.SAMPLE_RATE;
        List<Float> right = new ArrayList<>();
        for (long f = 0; f < 7 * Pcm.SAMPLE_RATE; f += 480) {
            clock.set(Pcm.nanosOf(f));
            if (f == pauseFrame) {
                session.pause();
            }
            if (f == 6 * Pcm.SAMPLE_RATE) {
                session.resume();
            }
            renderer.render(source, f, 480, out);
            for (int i = 0; i < 480; i++) {
                right.add(out[2 * i + 1]);
            }
        }
        float step = 0;
        for (int i = Pcm.SAMPLE_RATE; i < right.size(); i++) {
            step = Math.max(step, Math.abs(right.get(i) - right.get(i - 1)));
        }
        assertThat(step).as("largest jump between samples: fades, no clicks").isLessThan(0.01f);
        assertThat(right.get((int) pauseFrame + Pcm.SAMPLE_RATE / 50 + 1)).as("silent 20 ms after the pause").isZero();
        assertThat(right.get(6 * Pcm.SAMPLE_RATE + Pcm.SAMPLE_RATE / 10)).as("back after the resume")
                .isCloseTo(0.5f, Offset.offset(0.01f));
    }

    @Test
    void theMusicDucksUnderTheVoiceAndBeatClicksAreLeftOutUnlessAskedFor() {
        Routine routine = Fixtures.routine("toe-fan-routine");
        Music song = constantSong(120);
        VirtualClock clock = new VirtualClock(0);
        Session session = new Session(routine, PlayOptions.defaults().withSong(new SongTiming(120, 0, 1.0, 120), true), clock);
        session.play();
        Renderer renderer = renderer(MixOptions.defaults().withMode(SoundMode.BOTH).withClickVolume(0.5).withVoiceVolume(0.001)
                .withMusicVolume(1));
        renderer.music(song);
        List<Long> voiceFrames = new ArrayList<>();
        renderer.listener(new Renderer.Listener() {
            @Override
            public void cue(long frame, long clockNanos, Cue cue) {
                if (cue.type() == CueType.PHASE) {
                    voiceFrames.add(frame);
                }
            }
        });
        EventSource source = EventSource.of(session);
        int frames = 20 * Pcm.SAMPLE_RATE;
        float[] out = new float[2 * frames];
        renderer.render(source, 0, frames, out);
        long spoken = voiceFrames.get(voiceFrames.size() / 2);
        // 60 ms into a spoken word the music is down to about a third (the voice itself is nearly silent here).
        assertThat(Math.abs(out[2 * (int) (spoken + Pcm.SAMPLE_RATE * 6 / 100) + 1])).isBetween(0.1f, 0.25f);

        // Beat clicks and phase tones only (no other tones sound in the first steps of toe fan but the count-in's).
        float[] none = clicksOnly(routine, song, false, frames);
        float[] clicks = clicksOnly(routine, song, true, frames);
        assertThat(peak(clicks)).as("the click over the song, asked for").isGreaterThan(0.2f);
        assertThat(energy(none)).as("without: far less sound (beat clicks and phase tones left out)")
                .isLessThan(energy(clicks) / 3);
    }

    private static float[] clicksOnly(Routine routine, Music song, boolean overSong, int frames) {
        Renderer renderer = renderer(MixOptions.defaults().withMode(SoundMode.CLICKS).withClickVolume(1).withMusicVolume(0)
                .withClickOverSong(overSong));
        renderer.music(song);
        Session session = toeFanToASong(new VirtualClock(0));
        float[] out = new float[2 * frames];
        renderer.render(EventSource.of(session), 0, frames, out);
        return out;
    }

    private static double energy(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += s * (double) s;
        }
        return sum;
    }

    /** Toe fan following a 120 BPM song in every block, playing from clock time 0. */
    private static Session toeFanToASong(VirtualClock clock) {
        Session session = new Session(Fixtures.routine("toe-fan-routine"),
                PlayOptions.defaults().withSong(new SongTiming(120, 0, 1.0, 120), true), clock);
        session.play();
        return session;
    }

    /** A renderer that plays only the constant song, at full level. */
    private static Renderer musicOnly() {
        Renderer renderer = renderer(MixOptions.defaults().withMode(SoundMode.CLICKS).withClickVolume(0).withMusicVolume(1));
        renderer.music(constantSong(120));
        return renderer;
    }

    private static float peak(float[] samples) {
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    /** A song whose every sample is 0.5 (right channel) and 0.5 (left): level is easy to read. */
    private static Music constantSong(double seconds) {
        int frames = (int) Math.round(seconds * RATE);
        short[] stereo = new short[2 * frames];
        Arrays.fill(stereo, (short) 16384);
        return Music.of("constant", stereo, RATE, 120, 0, 4);
    }
}
