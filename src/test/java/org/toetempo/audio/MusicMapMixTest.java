package org.toetempo.audio;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMap;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.SongTiming;
import org.toetempo.timing.VirtualClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.assertj.core.data.Offset;

/**
 * A song whose tempo drifts, rendered under the cues on a virtual clock: every beat the renderer sounds comes with
 * the song at one of its tracked beats, through the loop and at any speed.
 */
class MusicMapMixTest {

    private static final int RATE = 44_100;
    private static final int RAMP = 8192;

    /** 60 s of a song wandering around 110 BPM: its tracked beats. */
    private static BeatMap drifting() {
        int n = 110;
        double[] times = new double[n];
        float[] confidence = new float[n];
        times[0] = 0.41;
        for (int i = 1; i < n; i++) {
            times[i] = times[i - 1] + 60 / (110 * (1 + 0.05 * Math.sin(i / 9.0)));
        }
        Arrays.fill(confidence, 1f);
        return BeatMap.of(times, confidence, 1, 4);
    }

    @Test
    void everyBeatRenderedHasTheSongOnOneOfItsTrackedBeats() {
        BeatMap map = drifting();
        double seconds = map.time(map.size() - 1) + 0.3;
        int frames = (int) Math.round(seconds * RATE);
        short[] stereo = new short[2 * frames];
        for (int k = 0; k < frames; k++) {
            stereo[2 * k] = (short) ((k % RAMP) * 4 - 16384);
            stereo[2 * k + 1] = 8192;
        }
        Music song = Music.of("drift", stereo, RATE, map);
        assertThat(song.loopEndSeconds()).isCloseTo(map.firstDownbeatSeconds() + map.loopSeconds(),
                Offset.offset(1.0 / RATE));
        for (double rate : new double[] {1.0, 0.8, 1.25}) {
            Routine routine = Fixtures.routine("musical-toes");
            VirtualClock clock = new VirtualClock(0);
            Session session = new Session(routine,
                    PlayOptions.defaults().withSong(new SongTiming(map, rate, seconds), true), clock);
            session.play();
            Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.builtIn(),
                    MixOptions.defaults().withMode(SoundMode.CLICKS).withMusicVolume(1.0).withClickVolume(0));
            renderer.music(song);
            List<long[]> beats = new ArrayList<>();
            renderer.listener(new Renderer.Listener() {
                @Override
                public void beat(long frame, long clockNanos, BeatMark beat) {
                    beats.add(new long[] {frame, clockNanos});
                }
            });
            long songStart = session.schedule().songSpans().get(0).startNanos();
            // Past the first pass, into the loop: three times the song's length.
            long end = Math.min(Pcm.frameOf(session.schedule().totalNanos()), Pcm.frameOf(songStart)
                    + (long) (3 * seconds / rate * Pcm.SAMPLE_RATE));
            float[] out = new float[2 * 480];
            List<Double> errors = new ArrayList<>();
            int seams = 0;
            EventSource source = EventSource.of(session);
            for (long f = 0; f < end; f += 480) {
                int before = beats.size();
                renderer.render(source, f, 480, out);
                for (int b = before; b < beats.size(); b++) {
                    long frame = beats.get(b)[0];
                    if (beats.get(b)[1] < songStart + Math.round(map.firstDownbeatSeconds() / rate * 1e9)) {
                        continue;
                    }
                    double heard = (out[2 * (int) (frame - f)] * 32768 + 16384) / 4;
                    // The song frame the mixer should read: the tracked beat nearest, in the looped song.
                    double songSeconds = (Pcm.nanosOf(frame) - songStart) * rate / 1e9;
                    double loopStart = map.firstDownbeatSeconds();
                    double within = songSeconds < loopStart + map.loopSeconds() ? songSeconds
                            : loopStart + (songSeconds - loopStart) % map.loopSeconds();
                    double beatFrame = map.timeOf(Math.rint(map.beatAt(within))) * RATE;
                    double error = heard - beatFrame % RAMP;
                    error -= RAMP * Math.rint(error / RAMP);
                    if (Math.abs(out[2 * (int) (frame - f) + 1] - 0.25f) > 1e-3) {
                        seams++;   // the first pass's tail fades under the restarted bar: two ramps, no reading
                        continue;
                    }
                    errors.add(Math.abs(error) / RATE);
                }
            }
            assertThat(errors).as("beats checked at rate %s", rate).hasSizeGreaterThan(150);
            assertThat(seams).as("beats on the loop's seam").isLessThanOrEqualTo(3);
            assertThat(errors.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                    .as("the song's tracked beat is under every beat (seconds), rate %s", rate).isLessThan(0.0005);
        }
    }
}
