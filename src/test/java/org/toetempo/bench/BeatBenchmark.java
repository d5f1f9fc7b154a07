package org.toetempo.bench;

import org.toetempo.cli.Cli;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.SongCache;
import org.toetempo.timing.BeatMap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The beat-tracking benchmark of docs/benchmarks.md ("Song mode on songs whose tempo moves"): for every song of a
 * {@link TempoMapSongs} set, end to end, {@code render musical-toes --song SONG --song-everywhere --cues X.csv}
 * (in this JVM, through the CLI) and every phase cue measured against the song's true beats, as heard (a cue past
 * the song's loop is measured against the song where the loop has taken it); and the share of true beats with an
 * estimated beat within 70 ms for Toe Tempo's map, aubio {@code beat} and npm's music-tempo (BeatRoot).
 *
 * <pre>BeatBenchmark DIR [--tools ours,aubio,music-tempo] [--no-render]</pre>
 */
public final class BeatBenchmark {

    private BeatBenchmark() {
    }

    record Row(String id, int cues, double within35, double within70, double median, double p95, double mapShare,
               double aubioShare, double musicTempoShare, double analysisSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/toetempo-beats");
        String tools = "ours,aubio,music-tempo";
        boolean render = true;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--tools")) {
                tools = args[++i];
            } else if (args[i].equals("--no-render")) {
                render = false;
            }
        }
        Path home = Files.createTempDirectory("toetempo-bench-home");
        System.setProperty("toetempo.home", home.toString());
        List<Path> songs;
        try (var list = Files.list(dir)) {
            songs = list.filter(p -> p.toString().endsWith(".mp3")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        List<Double> allErrors = new ArrayList<>();
        for (Path mp3 : songs) {
            String id = mp3.getFileName().toString().replace(".mp3", "");
            double[] truth = readTruth(dir.resolve(id + ".beats"));
            long t0 = System.nanoTime();
            byte[] bytes = AudioFiles.read(mp3);
            DecodedAudio audio = AudioFiles.decode(bytes);
            SongAnalysis analysis = SongAnalyzer.analyze(audio, t0);
            BeatMap map = analysis.beatMap();
            double mapShare = map == null ? 0 : share(truth, map.times());
            if (Boolean.getBoolean("verbose") && map != null) {
                double[] est = map.times();
                StringBuilder missed = new StringBuilder();
                for (double t : truth) {
                    double e = nearest(est, t);
                    if (e > 0.070) {
                        missed.append(String.format(Locale.ROOT, " %.2f(%.0f)", t, 1000 * e));
                    }
                }
                System.out.println(id + " " + map + " missed:" + missed);
            }
            int cues = 0;
            double w35 = Double.NaN;
            double w70 = Double.NaN;
            double median = Double.NaN;
            double p95 = Double.NaN;
            if (render && tools.contains("ours")) {
                Path csv = Files.createTempFile("cues", ".csv");
                Path wav = Files.createTempFile("render", ".wav");
                int code = Cli.run(new String[] {"render", "musical-toes", "--song", mp3.toString(), "--song-everywhere",
                        "--sound", "clicks", "--cues", csv.toString(), "--out", wav.toString()});
                Files.deleteIfExists(wav);
                if (code == 0) {
                    BeatMap played = new SongCache(home.resolve("songs")).get(SongAnalyzer.sha256(bytes))
                            .map(SongCache.Entry::beatMap).orElse(map);
                    double[] errors = cueErrors(csv, truth, played);
                    Files.deleteIfExists(csv);
                    cues = errors.length;
                    for (double e : errors) {
                        allErrors.add(e);
                    }
                    w35 = fraction(errors, 0.035);
                    w70 = fraction(errors, 0.070);
                    double[] sorted = errors.clone();
                    Arrays.sort(sorted);
                    median = percentile(sorted, 0.5);
                    p95 = percentile(sorted, 0.95);
                } else {
                    System.err.println(id + ": render failed (" + code + ")");
                    w35 = 0;
                    w70 = 0;
                }
            }
            double aubio = tools.contains("aubio") ? share(truth, aubioBeats(mp3)) : Double.NaN;
            double musicTempo = tools.contains("music-tempo") ? share(truth, musicTempoBeats(mp3)) : Double.NaN;
            Row row = new Row(id, cues, w35, w70, median, p95, mapShare, aubio, musicTempo, analysis.analysisSeconds());
            rows.add(row);
            System.out.printf(Locale.ROOT, "%-28s cues %4d  35ms %5.1f%%  70ms %5.1f%%  median %5.1f ms  p95 %6.1f ms | "
                            + "beats within 70 ms: ours %5.1f%%  aubio %5.1f%%  music-tempo %5.1f%%  (%.2f s)%n",
                    id, cues, 100 * w35, 100 * w70, 1000 * median, 1000 * p95, 100 * mapShare, 100 * aubio,
                    100 * musicTempo, analysis.analysisSeconds());
        }
        double[] all = allErrors.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%-28s cues %4d  35ms %5.1f%%  70ms %5.1f%%  median %5.1f ms  p95 %6.1f ms | "
                        + "beats within 70 ms: ours %5.1f%%  aubio %5.1f%%  music-tempo %5.1f%%%n", "ALL (cues pooled)",
                all.length, 100 * fraction(all, 0.035), 100 * fraction(all, 0.070), 1000 * percentile(all, 0.5),
                1000 * percentile(all, 0.95), 100 * mean(rows, Row::mapShare), 100 * mean(rows, Row::aubioShare),
                100 * mean(rows, Row::musicTempoShare));
        System.out.printf(Locale.ROOT, "mean of songs: 70 ms %.1f%%, lowest song %.1f%%, 35 ms %.1f%%%n",
                100 * mean(rows, Row::within70), 100 * rows.stream().mapToDouble(Row::within70).min().orElse(0),
                100 * mean(rows, Row::within35));
    }

    private static double mean(List<Row> rows, ToDoubleFunction<Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** The true beat times of a song (first column of its .beats file). */
    static double[] readTruth(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .mapToDouble(l -> Double.parseDouble(l.split("\t")[0])).toArray();
    }

    /**
     * Each phase cue's distance to the nearest true beat of the song as heard at the cue: the song starts at
     * schedule time 0 (every block follows it) and, past its loop's end, plays again from its first downbeat.
     */
    static double[] cueErrors(Path csv, double[] truth, BeatMap played) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        int time = Arrays.asList(header).indexOf("time_s");
        int type = Arrays.asList(header).indexOf("type");
        double loopStart = played.firstDownbeatSeconds();
        double loop = played.loopSeconds();
        List<Double> errors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[type].equals("phase")) {
                continue;
            }
            double t = Double.parseDouble(f[time]);
            double song = t < loopStart + loop ? t : loopStart + (t - loopStart) % loop;
            errors.add(nearest(truth, song));
            if (Boolean.getBoolean("verbose") && nearest(truth, song) > 0.070) {
                System.out.printf(Locale.ROOT, "  cue at %.3f s: song at %.3f s (loop %.3f to %.3f s), %.0f ms off%n", t,
                        song, loopStart, loopStart + loop, 1000 * nearest(truth, song));
            }
        }
        return errors.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double nearest(double[] sorted, double t) {
        int i = Arrays.binarySearch(sorted, t);
        if (i >= 0) {
            return 0;
        }
        int after = -i - 1;
        double best = Double.POSITIVE_INFINITY;
        if (after < sorted.length) {
            best = sorted[after] - t;
        }
        if (after > 0) {
            best = Math.min(best, t - sorted[after - 1]);
        }
        return best;
    }

    /** The share of true beats with an estimated beat within 70 ms. */
    static double share(double[] truth, double[] estimate) {
        if (estimate.length == 0) {
            return 0;
        }
        double[] sorted = estimate.clone();
        Arrays.sort(sorted);
        int hit = 0;
        for (double t : truth) {
            if (nearest(sorted, t) <= 0.070) {
                hit++;
            }
        }
        return hit / (double) truth.length;
    }

    static double fraction(double[] errors, double limit) {
        if (errors.length == 0) {
            return 0;
        }
        int n = 0;
        for (double e : errors) {
            if (e <= limit) {
                n++;
            }
        }
        return n / (double) errors.length;
    }

    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    static double[] aubioBeats(Path mp3) throws IOException, InterruptedException {
        return numbers(run(List.of("aubio", "beat", mp3.toString())));
    }

    static double[] musicTempoBeats(Path mp3) throws IOException, InterruptedException {
        String script = System.getProperty("musicTempo.script", "bench/music-tempo-beats.js");
        return numbers(run(List.of("bash", "-c", "ffmpeg -v error -i \"$0\" -f f32le -ac 1 -ar 44100 - | node \"$1\"",
                mp3.toString(), script)));
    }

    private static double[] numbers(String out) {
        return Arrays.stream(out.split("\\s+")).filter(s -> !s.isBlank()).mapToDouble(s -> {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }).filter(Double::isFinite).toArray();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}
