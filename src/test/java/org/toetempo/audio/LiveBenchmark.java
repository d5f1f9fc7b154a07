package org.toetempo.audio;

import javafx.application.Platform;
import javafx.scene.media.AudioClip;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * The live benchmark of docs/benchmarks.md ("Audio: engine vs naive clicks"). Not a unit test: it needs a sound
 * device (a PulseAudio null sink does) and runs in real time.
 *
 * <pre>
 *   java -cp target/toetempo.jar:target/test-classes org.toetempo.audio.LiveBenchmark engine SECONDS BPM
 *   java -cp target/toetempo.jar:target/test-classes org.toetempo.audio.LiveBenchmark naive SECONDS BPM
 *   java -cp target/toetempo.jar:target/test-classes org.toetempo.audio.LiveBenchmark analyze REC.wav BPM [FROM_S TO_S]
 * </pre>
 * ({@code ... routine ID BPM SECONDS} plays a built-in routine with clicks and voice through the engine.)
 * {@code engine} plays clicks through {@link AudioEngine} (a one-step routine of one-beat phases at BPM) and prints
 * the audio thread's CPU time; {@code naive} does what a newcomer would: {@code AudioClip.play()} on the same
 * click, then {@code Thread.sleep(60000 / BPM)}, in a loop; {@code analyze} finds the click onsets in a recording
 * and prints the interval jitter and the drift against the ideal grid.
 */
public final class LiveBenchmark {

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "engine" -> engine(Double.parseDouble(args[1]), Double.parseDouble(args[2]));
            case "naive" -> naive(Double.parseDouble(args[1]), Double.parseDouble(args[2]));
            case "routine" -> routine(args[1], Double.parseDouble(args[2]), Double.parseDouble(args[3]));
            case "analyze" -> analyze(Path.of(args[1]), Double.parseDouble(args[2]),
                    args.length > 3 ? Double.parseDouble(args[3]) : 0, args.length > 4 ? Double.parseDouble(args[4]) : 1e9);
            default -> throw new IllegalArgumentException("engine, naive or analyze");
        }
        System.exit(0);
    }

    /** One step, both feet, lift 1 beat and lower 1 beat, long enough for {@code seconds}. */
    static Routine metronome(double seconds, double bpm) {
        int reps = (int) Math.min(500, Math.ceil(seconds * bpm / 60 / 2));
        String json = """
                {"format": 1, "id": "metronome", "name": "Metronome", "summary": "Clicks.", "purpose": "Benchmark.",
                 "audience": ["runner"], "duration": {"minutes": 5, "tolerance_minutes": 60},
                 "frequency": {"times": 1, "per": "day"}, "equipment": [], "safety": ["None."],
                 "tempo": {"bpm": %s, "min_bpm": 20, "max_bpm": 240, "count_in_beats": 0},
                 "blocks": [{"name": "Clicks", "steps": [{"exercise": "toe-fan", "side": "both", "reps": %d,
                   "phases": [{"action": "lift", "beats": 1, "cue": "up"}, {"action": "lower", "beats": 1, "cue": "down"}]}]}]}
                """.formatted(Double.toString(bpm), reps);
        LoadResult result = new RoutineReader(ExerciseLibrary.builtIn()).read("metronome.json", json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.routine();
    }

    static void engine(double seconds, double bpm) throws Exception {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.none(), MixOptions.defaults().withMode(SoundMode.CLICKS));
        AudioEngine engine = AudioEngine.start(renderer, AudioEngine.Config.defaults());
        System.out.println("engine: " + engine.state());
        Session session = new Session(metronome(seconds, bpm), PlayOptions.defaults(), engine.clock());
        engine.play(session);
        Thread.sleep(500);
        long wall0 = System.nanoTime();
        long clock0 = engine.clock().nanos();
        session.play();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getThreadCpuTime(engine.thread().getId());
        long maxSkew = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9) {
            Thread.sleep(100);
            long skew = (engine.clock().nanos() - clock0) - (System.nanoTime() - wall0);
            maxSkew = Math.max(maxSkew, Math.abs(skew));
        }
        long cpu = mx.getThreadCpuTime(engine.thread().getId()) - cpu0;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf(Locale.ROOT, "engine: %.1f s played, audio thread CPU %.3f s (%.2f %% of one core); "
                        + "clock vs System.nanoTime: largest difference %.2f ms; state %s%n",
                wall, cpu / 1e9, 100 * cpu / 1e9 / wall, maxSkew / 1e6, engine.state());
        engine.close();
    }

    static void routine(String id, double bpm, double seconds) throws Exception {
        Routine routine = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
                .find(id).orElseThrow();
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.builtIn(), MixOptions.defaults());
        AudioEngine engine = AudioEngine.start(renderer, AudioEngine.Config.defaults());
        Session session = new Session(routine, PlayOptions.defaults().withBpm(bpm), engine.clock());
        engine.play(session);
        Thread.sleep(500);
        session.play();
        Thread.sleep(Math.round(seconds * 1000));
        System.out.println(id + ": " + engine.state() + ", session at " + session.snapshot().nanos() / 1e9 + " s");
        engine.close();
    }

    static void naive(double seconds, double bpm) throws Exception {
        Path wav = Files.createTempFile("click", ".wav");
        Snippet click = SoundKit.standard().click(BeatMark.Accent.REP);
        float[] stereo = new float[click.length() * 2];
        for (int i = 0; i < click.length(); i++) {
            stereo[2 * i] = click.sample(i) * 0.7f * (float) Math.sqrt(0.5);
            stereo[2 * i + 1] = stereo[2 * i];
        }
        byte[] pcm = new byte[stereo.length * 2];
        Pcm.toPcm16(stereo, stereo.length, pcm, 0);
        try (WavWriter writer = new WavWriter(wav)) {
            writer.write(pcm, click.length());
        }
        // AudioClip needs the JavaFX toolkit: run under xvfb-run (or Monocle headless, see docs/benchmarks.md).
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AudioClip clip = new AudioClip(wav.toUri().toString());
        long sleep = Math.round(60_000 / bpm);
        long wall0 = System.nanoTime();
        int played = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9) {
            clip.play();
            played++;
            Thread.sleep(sleep);
        }
        System.out.printf(Locale.ROOT, "naive: %d clicks fired in %.1f s%n", played, (System.nanoTime() - wall0) / 1e9);
        Platform.exit();
    }

    static void analyze(Path file, double bpm, double fromSeconds, double toSeconds) throws Exception {
        float[] mono;
        float rate;
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            rate = f.getSampleRate();
            byte[] bytes = in.readAllBytes();
            int channels = f.getChannels();
            int frames = bytes.length / (2 * channels);
            mono = new float[frames];
            for (int i = 0; i < frames; i++) {
                float max = 0;
                for (int c = 0; c < channels; c++) {
                    int at = 2 * (i * channels + c);
                    int v = f.isBigEndian() ? (bytes[at] << 8) | (bytes[at + 1] & 0xff) : (bytes[at + 1] << 8) | (bytes[at] & 0xff);
                    max = Math.max(max, Math.abs(v / 32768f));
                }
                mono[i] = max;
            }
        }
        // Onset: first sample above 0.02 after at least 50 ms below 0.002.
        List<Double> onsets = new ArrayList<>();
        int quiet = Integer.MAX_VALUE / 2;
        int gap = Math.round(rate * 0.05f);
        for (int i = 0; i < mono.length; i++) {
            double t = i / rate;
            if (mono[i] >= 0.02f && quiet >= gap && t >= fromSeconds && t < toSeconds) {
                onsets.add(t);
            }
            quiet = mono[i] < 0.002f ? quiet + 1 : 0;
        }
        double ideal = 60 / bpm;
        int missed = 0;
        long totalBeats = 0;
        List<Double> deviations = new ArrayList<>();
        for (int i = 1; i < onsets.size(); i++) {
            double interval = onsets.get(i) - onsets.get(i - 1);
            long beats = Math.max(1, Math.round(interval / ideal));
            missed += (int) beats - 1;
            totalBeats += beats;
            deviations.add(Math.abs(interval - beats * ideal) * 1000);
        }
        double[] d = deviations.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(d).average().orElse(0);
        double p99 = d.length == 0 ? 0 : d[Math.min(d.length - 1, (int) Math.ceil(0.99 * d.length) - 1)];
        double max = d.length == 0 ? 0 : d[d.length - 1];
        double span = onsets.isEmpty() ? 0 : onsets.get(onsets.size() - 1) - onsets.get(0);
        double drift = (span - totalBeats * ideal) * 1000;
        System.out.printf(Locale.ROOT, "%s: %d onsets over %.1f s at %.0f Hz; interval error vs %.1f ms: mean %.3f ms, "
                        + "p99 %.3f ms, max %.3f ms; missed clicks %d; drift over the run %+.3f ms%n",
                file.getFileName(), onsets.size(), span, rate, ideal * 1000, mean, p99, max, missed, drift);
    }
}
