package org.toetempo.bench;

import org.toetempo.song.analysis.BeatAnalyzer;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The song-analysis evaluation: every MP3 of a set made by {@link SongSetGenerator} and {@code bench/song-render.sh},
 * analysed by Toe Tempo and by the estimators a user could pick instead, scored against the ground truth.
 *
 * <pre>SongEvaluation DIR [--tools ours,map,aubio,bpm,music-tempo] [--verbose]</pre>
 *
 * {@code ours} is the overall tempo analysis ({@link BeatAnalyzer#detail}); {@code map} is what the app uses: the
 * tracked beat map's median tempo and first downbeat ({@link SongAnalyzer}, the pulse level chosen).
 *
 * Metrics: Accuracy1 (tempo within 4% of the truth), Accuracy2 (also ×2, ×3, ×½, ×⅓), the share of files whose
 * first beat is within 70 ms of a true beat (and not before the music), the share whose first beat is a true
 * downbeat (ours only), and speed as seconds of audio per second of analysis, decoding included. Ours runs in this
 * JVM after a warm-up pass over the set; the others run as the commands a user would type, one process per file
 * (their time is wall time, process start included).
 */
public final class SongEvaluation {

    private SongEvaluation() {
    }

    record Estimate(double bpm, double firstBeat, double seconds) {
    }

    /** The score of one tool over the set. */
    static final class Score {
        int files;
        int acc1;
        int acc2;
        int firstBeat;
        int firstBeatTried;
        int downbeat;
        double audioSeconds;
        double analysisSeconds;
        double cpuSeconds;
        double signedError;
        double absError;
        List<String> misses = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/toetempo-song-eval");
        List<String> tools = List.of("ours");
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--tools")) {
                tools = List.of(args[++i].split(","));
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            }
        }
        List<SongComposer.Song> songs = SongSetGenerator.readTruth(dir);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String tool : tools) {
            scores.put(tool, new Score());
        }
        // Warm-up, and each file's exact length: every file decoded once, a dozen analysed (the JIT compiles
        // the decoder and the analyzer before anything is timed).
        Map<String, Double> durations = new LinkedHashMap<>();
        for (SongComposer.Song song : songs) {
            DecodedAudio audio = AudioFiles.decode(dir.resolve(song.id() + ".mp3"));
            durations.put(song.id(), audio.durationSeconds());
            if (durations.size() <= 12 && (tools.contains("ours") || tools.contains("map"))) {
                BeatAnalyzer.detail(audio.samples(), audio.sampleRate());
            }
        }
        for (SongComposer.Song song : songs) {
            Path mp3 = dir.resolve(song.id() + ".mp3");
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s %7.2f %-7s", song.id(), song.bpm(),
                    song.intro().name().toLowerCase(Locale.ROOT)));
            for (String tool : tools) {
                Estimate e;
                Score score = scores.get(tool);
                BeatAnalyzer.Detail detail = null;
                long cpu0 = cpuNanos();
                switch (tool) {
                    case "ours" -> {
                        long t0 = System.nanoTime();
                        DecodedAudio audio = AudioFiles.decode(mp3);
                        detail = BeatAnalyzer.detail(audio.samples(), audio.sampleRate());
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        e = new Estimate(detail.bpm(), detail.found() ? detail.firstDownbeat() : Double.NaN, seconds);
                        score.cpuSeconds += (cpuNanos() - cpu0) / 1e9;
                    }
                    case "map" -> {
                        long t0 = System.nanoTime();
                        SongAnalysis a = SongAnalyzer.analyze(AudioFiles.decode(mp3), t0);
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        e = new Estimate(a.bpm(), a.found() ? a.firstBeatSeconds() : Double.NaN, seconds);
                        score.cpuSeconds += (cpuNanos() - cpu0) / 1e9;
                    }
                    case "aubio" -> e = aubio(mp3);
                    case "bpm" -> e = bpmTools(mp3);
                    case "music-tempo" -> e = musicTempo(mp3);
                    default -> throw new IllegalArgumentException("unknown tool " + tool);
                }
                score.files++;
                score.audioSeconds += durations.get(song.id());
                score.analysisSeconds += e.seconds;
                boolean a1 = within(e.bpm, song.bpm(), 1);
                boolean a2 = a1 || within(e.bpm, song.bpm(), 2) || within(e.bpm, song.bpm(), 3)
                        || within(e.bpm, song.bpm(), 0.5) || within(e.bpm, song.bpm(), 1.0 / 3);
                score.acc1 += a1 ? 1 : 0;
                score.acc2 += a2 ? 1 : 0;
                boolean fb = false;
                if (!Double.isNaN(e.firstBeat)) {
                    score.firstBeatTried++;
                    fb = nearBeat(e.firstBeat, song, false);
                    score.firstBeat += fb ? 1 : 0;
                    if (fb) {
                        double period = 60 / song.bpm();
                        double error = e.firstBeat - (song.firstBeat() + Math.rint((e.firstBeat - song.firstBeat()) / period) * period);
                        score.signedError += error;
                        score.absError += Math.abs(error);
                    }
                    if ((tool.equals("ours") || tool.equals("map")) && nearBeat(e.firstBeat, song, true)) {
                        score.downbeat++;
                    }
                }
                if (!a1 || !fb) {
                    score.misses.add(song.id() + String.format(Locale.ROOT, " bpm %.2f first %.3f (true %.2f, %.3f)",
                            e.bpm, e.firstBeat, song.bpm(), song.firstBeat()));
                }
                line.append(String.format(Locale.ROOT, "  %s %7.2f%s %7.3f%s", tool, e.bpm, a1 ? " " : (a2 ? "~" : "x"),
                        e.firstBeat, fb ? " " : "x"));
                if (detail != null) {
                    line.append(String.format(Locale.ROOT, " c%.2f m%d%s", detail.confidence(), detail.beatsPerBar(),
                            nearBeat(e.firstBeat, song, true) ? "" : "!"));
                }
            }
            if (verbose) {
                System.out.println(line);
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%d files, %.0f s of audio (%s)%n", songs.size(),
                scores.values().iterator().next().audioSeconds, dir);
        System.out.println("| estimator | Accuracy1 (±4%) | Accuracy2 (×2, ×3, ×½, ×⅓) | first beat within 70 ms | first beat on a downbeat | s per file | × real time |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Score> entry : scores.entrySet()) {
            Score s = entry.getValue();
            System.out.printf(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %s | %s | %.3f | %.0f×%s |%n", entry.getKey(),
                    100.0 * s.acc1 / s.files, 100.0 * s.acc2 / s.files,
                    s.firstBeatTried == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * s.firstBeat / s.files),
                    entry.getKey().equals("ours") || entry.getKey().equals("map") ? String.format(Locale.ROOT, "%.1f%%", 100.0 * s.downbeat / s.files) : "n/a",
                    s.analysisSeconds / s.files, s.audioSeconds / s.analysisSeconds,
                    s.cpuSeconds > 0 ? String.format(Locale.ROOT, " (CPU %.0f×)", s.audioSeconds / s.cpuSeconds) : "");
        }
        for (Map.Entry<String, Score> entry : scores.entrySet()) {
            Score s = entry.getValue();
            if (s.firstBeat > 0) {
                System.out.printf(Locale.ROOT, "%s: first beats within 70 ms are off by %+.1f ms on average (mean absolute %.1f ms)%n",
                        entry.getKey(), 1000 * s.signedError / s.firstBeat, 1000 * s.absError / s.firstBeat);
            }
        }
        if (verbose) {
            for (Map.Entry<String, Score> entry : scores.entrySet()) {
                System.out.println(entry.getKey() + " misses:");
                entry.getValue().misses.forEach(m -> System.out.println("  " + m));
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static boolean within(double estimate, double truth, double factor) {
        return estimate > 0 && Math.abs(estimate - truth * factor) <= 0.04 * truth * factor;
    }

    /** Whether {@code t} is within 70 ms of a true beat (a downbeat if asked) of the music. */
    static boolean nearBeat(double t, SongComposer.Song song, boolean downbeat) {
        double period = 60 / song.bpm();
        if (downbeat) {
            double bar = period * song.beatsPerBar();
            double k = Math.rint((t - song.firstDownbeat()) / bar);
            double nearest = song.firstDownbeat() + k * bar;
            return nearest >= song.firstDownbeat() - 1e-9 && Math.abs(t - nearest) <= 0.07 && t <= song.endSeconds();
        }
        double k = Math.rint((t - song.firstBeat()) / period);
        double nearest = song.firstBeat() + k * period;
        return k >= 0 && Math.abs(t - nearest) <= 0.07 && t <= song.endSeconds();
    }

    // ------------------------------------------------------------------------------------------ the others

    private static final Pattern NUMBER = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)");

    /** {@code aubio tempo FILE} for the tempo and {@code aubio beat FILE} for the first beat, as a user would. */
    static Estimate aubio(Path mp3) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String tempo = run(List.of("aubio", "tempo", mp3.toString()), null);
        String beats = run(List.of("aubio", "beat", mp3.toString()), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Matcher m = NUMBER.matcher(tempo);
        double bpm = m.find() ? Double.parseDouble(m.group(1)) : 0;
        double first = Double.NaN;
        for (String l : beats.split("\n")) {
            if (!l.isBlank()) {
                first = Double.parseDouble(l.trim());
                break;
            }
        }
        return new Estimate(bpm, first, seconds);
    }

    /** bpm-tools: {@code ffmpeg ... -f f32le - | bpm} (its documented pipeline uses sox; ffmpeg decodes the same). */
    static Estimate bpmTools(Path mp3) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String out = run(List.of("bash", "-c", "ffmpeg -v error -i \"$0\" -f f32le -ac 1 -ar 44100 - | bpm", mp3.toString()), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Matcher m = NUMBER.matcher(out);
        return new Estimate(m.find() ? Double.parseDouble(m.group(1)) : 0, Double.NaN, seconds);
    }

    /** npm's music-tempo (in node), fed by ffmpeg's decoding to 44.1 kHz mono float. */
    static Estimate musicTempo(Path mp3) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String script = System.getProperty("musicTempo.script", "bench/music-tempo.js");
        String out = run(List.of("bash", "-c", "ffmpeg -v error -i \"$0\" -f f32le -ac 1 -ar 44100 - | node \"$1\"",
                mp3.toString(), script), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] f = out.trim().split("\\s+");
        double bpm = 0;
        double first = Double.NaN;
        try {
            bpm = Double.parseDouble(f[0]);
            first = f.length > 1 ? Double.parseDouble(f[1]) : Double.NaN;
        } catch (NumberFormatException e) {
            // No tempo.
        }
        return new Estimate(bpm, first, seconds);
    }

    private static String run(List<String> command, Path input) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        if (input != null) {
            pb.redirectInput(input.toFile());
        }
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}
