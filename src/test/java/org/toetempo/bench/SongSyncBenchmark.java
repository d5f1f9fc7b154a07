package org.toetempo.bench;

import org.toetempo.audio.EventSource;
import org.toetempo.audio.MixOptions;
import org.toetempo.audio.Music;
import org.toetempo.audio.OfflineRender;
import org.toetempo.audio.Pcm;
import org.toetempo.audio.Renderer;
import org.toetempo.audio.SoundKit;
import org.toetempo.audio.SoundMode;
import org.toetempo.audio.VoiceBank;
import org.toetempo.audio.WavWriter;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.song.LoadedSong;
import org.toetempo.song.SongCache;
import org.toetempo.song.SongLoading;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.SongTiming;
import org.toetempo.timing.VirtualClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Song mode, end to end and against the truth: loads a song file as the app does (decode, analysis), plays a
 * routine to it through the app's renderer with the click over the song, finds every click in the output, and
 * measures how far each is from the song's true beat at that moment of the music (known from how the song was
 * made). So it measures everything a user hears: the analysis' tempo and phase, the beat grid, the loop and
 * the mixing.
 *
 * <pre>bench/song-sync.sh</pre> (makes a five-minute song and runs this), or
 * <pre>./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.toetempo.bench.SongSyncBenchmark \
 *   -Dexec.args="SONG TRUE_BPM TRUE_FIRST_BEAT [ROUTINE] [RATE] [OUT.wav]"</pre>
 */
public final class SongSyncBenchmark {

    private SongSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double trueBpm = Double.parseDouble(args[1]);
        double trueFirst = Double.parseDouble(args[2]);
        String routineId = args.length > 3 ? args[3] : "musical-toes";
        double rate = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        Path out = args.length > 5 ? Path.of(args[5]) : null;

        Path cache = Files.createTempDirectory("toetempo-sync");
        LoadedSong song = SongLoading.load(file, new SongCache(cache), stage -> { });
        System.out.printf(Locale.ROOT, "%s: %.1f s; found %.3f BPM, first beat %.4f s (true: %.3f BPM, %.4f s)%n",
                file.getFileName(), song.audio().durationSeconds(), song.bpm(), song.firstBeatSeconds(), trueBpm, trueFirst);

        Routine routine = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null).find(routineId).orElseThrow();
        SongTiming timing = new SongTiming(song.beatMap(), rate, song.audio().durationSeconds());
        VirtualClock clock = new VirtualClock();
        Session session = new Session(routine, PlayOptions.defaults().withSong(timing, true), clock);
        session.play();
        Schedule schedule = session.schedule();
        Schedule.SongSpan span = schedule.songSpans().get(0);
        Music music = Music.of(song);

        // The clicks alone (the song's level at 0: it still drives the grid), to find each click's onset.
        Renderer clicks = new Renderer(SoundKit.standard(), VoiceBank.builtIn(), MixOptions.defaults()
                .withMode(SoundMode.CLICKS).withClickOverSong(true).withMusicVolume(0).withClickVolume(1));
        clicks.music(music);
        List<Long> scheduled = new ArrayList<>();
        clicks.listener(new Renderer.Listener() {
            @Override
            public void beat(long frame, long clockNanos, BeatMark beat) {
                if (clockNanos >= span.startNanos() && clockNanos < span.endNanos()) {
                    scheduled.add(frame);
                }
            }
        });
        List<Long> onsets = new ArrayList<>();
        long end = Pcm.frameOf(schedule.totalNanos());
        long started = System.nanoTime();
        long[] quiet = {Pcm.SAMPLE_RATE};
        new OfflineRender(clicks, EventSource.of(session), clock).renderUntil(end, (pcm, n, first) -> {
            // An onset: the first frame above -40 dBFS after 2 ms below -60 dBFS.
            for (int i = 0; i < n; i++) {
                int a = Math.max(Math.abs((short) ((pcm[4 * i] & 0xff) | (pcm[4 * i + 1] << 8))),
                        Math.abs((short) ((pcm[4 * i + 2] & 0xff) | (pcm[4 * i + 3] << 8))));
                if (a >= 328 && quiet[0] >= Pcm.SAMPLE_RATE / 500) {
                    onsets.add(first + i);
                }
                quiet[0] = a < 33 ? quiet[0] + 1 : 0;
            }
        });
        double renderSeconds = (System.nanoTime() - started) / 1e9;

        double loopStart = song.firstBeatSeconds();
        double loopEnd = music.loopEndSeconds();
        double trueBeat = 60 / trueBpm;
        double[] errorsMs = new double[scheduled.size()];
        int heard = 0;
        for (int i = 0; i < scheduled.size(); i++) {
            long frame = scheduled.get(i);
            // Where the song is when this click sounds, folded into the loop as the player plays it.
            double p = (Pcm.nanosOf(frame) - span.startNanos()) * rate / 1e9;
            if (p >= loopEnd) {
                p = loopStart + (p - loopStart) % (loopEnd - loopStart);
            }
            double k = Math.rint((p - trueFirst) / trueBeat);
            errorsMs[i] = (p - (trueFirst + k * trueBeat)) / rate * 1000;
            int at = Collections.binarySearch(onsets, frame);
            heard += at >= 0 ? 1 : 0;
        }
        double[] abs = Arrays.stream(errorsMs).map(Math::abs).sorted().toArray();
        double mean = Arrays.stream(errorsMs).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "%s at %.2fx: %d clicks over %.1f s of song (%d heard exactly at their frame); "
                        + "click minus true beat: mean %+.2f ms, median |%.2f| ms, p95 |%.2f| ms, max |%.2f| ms; "
                        + "rendered in %.2f s%n", routineId, rate, scheduled.size(),
                (span.endNanos() - span.startNanos()) / 1e9, heard, mean, abs[abs.length / 2],
                abs[(int) Math.min(abs.length - 1, Math.floor(abs.length * 0.95))], abs[abs.length - 1], renderSeconds);

        if (out != null) {
            // What a user hears with the click over the song, for listening and for the live comparison.
            VirtualClock clock2 = new VirtualClock();
            Session again = new Session(routine, PlayOptions.defaults().withSong(timing, true), clock2);
            again.play();
            Renderer both = new Renderer(SoundKit.standard(), VoiceBank.builtIn(),
                    MixOptions.defaults().withMode(SoundMode.BOTH).withClickOverSong(true));
            both.music(music);
            try (WavWriter wav = new WavWriter(out)) {
                new OfflineRender(both, EventSource.of(again), clock2).renderUntil(end + 3L * Pcm.SAMPLE_RATE,
                        (pcm, n, first) -> wav.write(pcm, n));
            }
            System.out.println("wrote " + out);
        }
    }
}
