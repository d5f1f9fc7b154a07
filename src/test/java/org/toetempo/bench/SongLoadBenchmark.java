package org.toetempo.bench;

import org.toetempo.song.LoadedSong;
import org.toetempo.song.SongCache;
import org.toetempo.song.SongLoading;
import org.toetempo.song.SongWarmUp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

/**
 * Loads a song as the app does ({@link SongLoading}: decode for playback and analysis, no cached beat), timing the
 * first load in this JVM and then warm ones: wall time, the process's CPU time, the song's length over the wall
 * time (× real time) and the heap's peak. {@code bench/song-load.sh} runs it.
 *
 * <pre>SongLoadBenchmark SONG [--warm-up] [--repeat N]</pre>
 * With {@code --warm-up} the app's start-up warm-up ({@link SongWarmUp}) runs first, untimed, as in the app.
 */
public final class SongLoadBenchmark {

    private SongLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path song = Path.of(args[0]);
        boolean warmUp = false;
        int repeat = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--warm-up")) {
                warmUp = true;
            } else if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            }
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        if (warmUp) {
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            SongWarmUp.run();
            System.out.printf(Locale.ROOT, "warm-up: wall %.2f s, cpu %.2f s%n", (System.nanoTime() - w0) / 1e9,
                    (os.getProcessCpuTime() - c0) / 1e9);
        }
        for (int run = 0; run <= repeat; run++) {
            Path cache = Files.createTempDirectory("song-load-bench");
            long w0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            LoadedSong loaded = SongLoading.load(song, new SongCache(cache), (stage, fraction) -> { });
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (os.getProcessCpuTime() - c0) / 1e9;
            double seconds = loaded.audio().durationSeconds();
            System.out.printf(Locale.ROOT, "%s load %d: %.0f s of song, wall %.2f s (%.0f× real time), cpu %.2f s"
                            + " (%.0f× real time), %.2f BPM, %d beats%n", run == 0 ? "first" : "warm", run, seconds, wall,
                    seconds / wall, cpu, seconds / cpu, loaded.bpm(),
                    loaded.beatMap() == null ? 0 : loaded.beatMap().size());
            try (Stream<Path> files = Files.walk(cache)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap: peak of the pools %d MB (garbage included), max %d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
