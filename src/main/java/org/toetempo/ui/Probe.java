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
 * <p>
 * To tell the app's own work from waiting for a core on a busy machine, it also reads the kernel's scheduler
 * statistics of the FX thread and the render thread (CPU time, and time spent runnable but waiting for a CPU), the
 * process's CPU time and the GC time, totals them per frame and lists every frame over 50 ms with them.
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
    private java.nio.channels.FileChannel fxStats;
    private java.nio.channels.FileChannel renderStats;
    private final java.nio.ByteBuffer statBuffer = java.nio.ByteBuffer.allocate(128);
    /** FX thread CPU and wait, render thread CPU and wait, process CPU (ns); GC time (ms). */
    private final long[] cpu = new long[6];
    private final long[] cpuAtStart = new long[6];
    private final StringBuilder longFrames = new StringBuilder();
    private int longFrameCount;
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
                    fxStats = open(Path.of("/proc/thread-self/schedstat"));
                    renderStats = open(renderThreadStats());
                    startPlaying.run();
                    return;
                }
                if (now - started < WARM_UP_NANOS) {
                    // The frames that build the player screen are start-up, not playback.
                    warmUpMax = Math.max(warmUpMax, now - last);
                    last = now;
                    readCpu(cpuAtStart);
                    System.arraycopy(cpuAtStart, 0, cpu, 0, cpu.length);
                    return;
                }
                long[] before = cpu.clone();
                readCpu(cpu);
                if (now - last > 50_000_000L && longFrameCount++ < 300) {
                    // [seconds into playback, interval, FX CPU, FX waiting, render CPU, render waiting, process CPU, GC], ms.
                    longFrames.append(longFrames.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                            "[%.3f, %.1f, %.1f, %.1f, %.1f, %.1f, %.1f, %d]", (now - started - WARM_UP_NANOS) / 1e9,
                            (now - last) / 1e6, (cpu[0] - before[0]) / 1e6, (cpu[1] - before[1]) / 1e6,
                            (cpu[2] - before[2]) / 1e6, (cpu[3] - before[3]) / 1e6, (cpu[4] - before[4]) / 1e6,
                            cpu[5] - before[5]));
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

    private void readCpu(long[] into) {
        readStats(fxStats, into, 0);
        readStats(renderStats, into, 2);
        into[4] = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        into[5] = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** A thread's schedstat ("CPU-ns wait-ns timeslices"), read again in place without allocating; zeros if absent. */
    private void readStats(java.nio.channels.FileChannel file, long[] into, int at) {
        into[at] = 0;
        into[at + 1] = 0;
        if (file == null) {
            return;
        }
        try {
            statBuffer.clear();
            file.read(statBuffer, 0);
            int field = 0;
            for (int i = 0; i < statBuffer.position() && field < 2; i++) {
                byte b = statBuffer.get(i);
                if (b == ' ') {
                    field++;
                } else {
                    into[at + field] = into[at + field] * 10 + (b - '0');
                }
            }
        } catch (IOException e) {
            // No statistics: zeros.
        }
    }

    private static java.nio.channels.FileChannel open(Path file) {
        try {
            return file == null ? null : java.nio.channels.FileChannel.open(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The render thread's schedstat file, found by its name. */
    private static Path renderThreadStats() {
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                try {
                    return Files.readString(t.resolve("comm")).startsWith("QuantumRendere");
                } catch (IOException e) {
                    return false;
                }
            }).map(t -> t.resolve("schedstat")).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void report() {
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        String json = String.format(Locale.ROOT, "{\"first_frame_ms\": %d, \"frames\": %d, \"seconds\": %d, "
                        + "\"interval_ms\": {\"mean\": %.3f, \"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}, "
                        + "\"over_50ms\": %d, \"rss_mib\": %.1f, \"heap_used_mib\": %.1f, \"warm_up_max_ms\": %.1f, "
                        + "\"ms_per_frame\": {\"fx_cpu\": %.2f, \"fx_waiting\": %.2f, \"render_cpu\": %.2f, "
                        + "\"render_waiting\": %.2f, \"process_cpu\": %.2f}, "
                        + "\"gc_ms\": %d, \"long_frames\": [%s]}%n",
                firstFrameMillis, count, seconds, mean, percentile(sorted, 0.50), percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, Arrays.stream(sorted).filter(i -> i > 50_000_000L).count(),
                rssMib(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                warmUpMax / 1e6, perFrame(0), perFrame(1), perFrame(2), perFrame(3), perFrame(4), cpu[5] - cpuAtStart[5],
                longFrames);
        try {
            AtomicFiles.write(out, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("toetempo: could not write the probe result: " + e.getMessage());
        }
    }

    private double perFrame(int which) {
        return count == 0 ? 0 : (cpu[which] - cpuAtStart[which]) / 1e6 / count;
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
