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
 * To tell the app's own work from waiting for a core on a busy machine, it also counts the CPU time the FX thread,
 * the render thread and the whole process used per frame, and lists every frame over 50 ms with those CPU times
 * and the GC time inside it.
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
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long renderThreadId = -1;
    private final long[] cpu = new long[4];
    private final long[] cpuAtStart = new long[4];
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
                    renderThreadId = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst().orElse(-1);
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
                    // [seconds into playback, interval, FX thread CPU, render thread CPU, process CPU, GC], ms.
                    longFrames.append(longFrames.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                            "[%.3f, %.1f, %.1f, %.1f, %.1f, %d]", (now - started - WARM_UP_NANOS) / 1e9, (now - last) / 1e6,
                            (cpu[0] - before[0]) / 1e6, (cpu[1] - before[1]) / 1e6, (cpu[2] - before[2]) / 1e6,
                            cpu[3] - before[3]));
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

    /** FX thread, render thread and process CPU time (ns), and the GCs' total time (ms). */
    private void readCpu(long[] into) {
        into[0] = threads.getCurrentThreadCpuTime();
        into[1] = renderThreadId < 0 ? 0 : threads.getThreadCpuTime(renderThreadId);
        into[2] = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        into[3] = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private void report() {
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        String json = String.format(Locale.ROOT, "{\"first_frame_ms\": %d, \"frames\": %d, \"seconds\": %d, "
                        + "\"interval_ms\": {\"mean\": %.3f, \"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}, "
                        + "\"over_50ms\": %d, \"rss_mib\": %.1f, \"heap_used_mib\": %.1f, \"warm_up_max_ms\": %.1f, "
                        + "\"cpu_ms_per_frame\": {\"fx_thread\": %.2f, \"render_thread\": %.2f, \"process\": %.2f}, "
                        + "\"gc_ms\": %d, \"long_frames\": [%s]}%n",
                firstFrameMillis, count, seconds, mean, percentile(sorted, 0.50), percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, Arrays.stream(sorted).filter(i -> i > 50_000_000L).count(),
                rssMib(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                warmUpMax / 1e6, perFrame(0), perFrame(1), perFrame(2), cpu[3] - cpuAtStart[3], longFrames);
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
