package org.toetempo.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.toetempo.settings.AtomicFiles;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the running app for the benchmark (docs/benchmarks.md): time from JVM start to the first frame shown,
 * then frame intervals while a routine plays (after 2 s of warm-up in which the player screen is built), and the
 * process's resident memory at the end. Off unless the
 * {@code toetempo.probe.out} system property names a result file.
 */
final class Probe {

    private final Path out;
    private final long seconds;
    private long firstFrameMillis = -1;
    private long[] intervals = new long[1 << 16];
    private int count;
    private long last;
    private long started;
    private long warmUpMax;
    private static final long WARM_UP_NANOS = 2_000_000_000L;

    private Probe(Path out, long seconds) {
        this.out = out;
        this.seconds = seconds;
    }

    /** A probe if the system properties ask for one, else {@code null}. */
    static Probe fromSystemProperties() {
        String file = System.getProperty("toetempo.probe.out");
        if (file == null) {
            return null;
        }
        return new Probe(Path.of(file), Long.getLong("toetempo.probe.seconds", 600));
    }

    /** The routine to start on launch, so the measurement runs unattended. */
    static String routineToPlay() {
        return System.getProperty("toetempo.probe.play", "musical-toes");
    }

    /** Call right after the main window is shown: counts frames until {@code seconds} have passed, then reports and quits. */
    void start(Runnable startPlaying) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (firstFrameMillis < 0) {
                    firstFrameMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    started = now;
                    last = now;
                    startPlaying.run();
                    return;
                }
                if (now - started < WARM_UP_NANOS) {
                    // The frames that build the player screen are start-up, not playback.
                    warmUpMax = Math.max(warmUpMax, now - last);
                    last = now;
                    return;
                }
                if (count == intervals.length) {
                    intervals = Arrays.copyOf(intervals, count * 2);
                }
                intervals[count++] = now - last;
                last = now;
                if (now - started >= WARM_UP_NANOS + seconds * 1_000_000_000L) {
                    stop();
                    report();
                    Platform.exit();
                }
            }
        }.start();
    }

    private void report() {
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        String json = String.format(Locale.ROOT, "{\"first_frame_ms\": %d, \"frames\": %d, \"seconds\": %d, "
                        + "\"interval_ms\": {\"mean\": %.3f, \"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}, "
                        + "\"over_50ms\": %d, \"rss_mib\": %.1f, \"heap_used_mib\": %.1f, \"warm_up_max_ms\": %.1f}%n",
                firstFrameMillis, count, seconds, mean, percentile(sorted, 0.50), percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, Arrays.stream(sorted).filter(i -> i > 50_000_000L).count(),
                rssMib(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                warmUpMax / 1e6);
        try {
            AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("toetempo: could not write the probe result: " + e.getMessage());
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static double rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
