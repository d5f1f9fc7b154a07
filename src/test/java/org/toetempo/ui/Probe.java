package org.toetempo.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.toetempo.files.AtomicFiles;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Measures the running app for the benchmark (docs/benchmarks.md): time from JVM start to the first frame shown,
 * then frame intervals while a routine plays (after 2 s of warm-up in which the player screen is built), and the
 * process's resident memory at the end. Off unless the
 * {@code toetempo.probe.out} system property names a result file.
 * <p>
 * To tell the app's own work from waiting for a core on a busy machine, it also reads the kernel's scheduler
 * statistics of the FX thread and the render thread (CPU time, and time spent runnable but waiting for a CPU), the
 * process's CPU time and the GC time, totals them per frame and lists every frame over 50 ms with them. A watcher
 * thread that only sleeps 5 ms at a time notes when it woke more than 40 ms late: the part of a long frame it
 * overlaps is time when nothing in the process could run (the machine, or the VM's host, or a GC pause held it),
 * whatever the frame had to do. The virtual machine's steal time (CPU time its host gave to others) is reported too.
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
    private FileChannel fxStats;
    private FileChannel renderStats;
    private final ByteBuffer statBuffer = ByteBuffer.allocate(128);
    /** FX thread CPU and wait, render thread CPU and wait, process CPU (ns); GC time (ms). */
    private final long[] cpu = new long[6];
    private final long[] cpuAtStart = new long[6];
    /** Frames over 50 ms: end (ns), length (ns), then the CPU, waiting and GC figures of {@link #readCpu}. */
    private final List<long[]> longFrames = new ArrayList<>();
    /** The watcher's late wake-ups: from (ns), to (ns). */
    private final List<long[]> stalls = Collections.synchronizedList(new ArrayList<>());
    private long stealAtStart = -1;
    /** When playback's measurement began (wall clock), to find a long frame in a JFR recording or a log. */
    private long measuredFromMillis;
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
                if (count == 0) {
                    measuredFromMillis = System.currentTimeMillis() - (now - last) / 1_000_000L;
                    stealAtStart = stealTicks();
                    watch();
                }
                long[] before = cpu.clone();
                readCpu(cpu);
                if (now - last > 50_000_000L && longFrames.size() < 5000) {
                    long[] frame = new long[2 + cpu.length];
                    frame[0] = now;
                    frame[1] = now - last;
                    for (int i = 0; i < cpu.length; i++) {
                        frame[2 + i] = cpu[i] - before[i];
                    }
                    longFrames.add(frame);
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

    /** Starts the watcher: a thread that only sleeps, noting each time it woke more than 40 ms late. */
    private void watch() {
        Thread watcher = new Thread(() -> {
            long previous = System.nanoTime();
            while (true) {
                LockSupport.parkNanos(5_000_000L);
                long woke = System.nanoTime();
                if (woke - previous > 45_000_000L) {
                    stalls.add(new long[] {previous + 5_000_000L, woke});
                }
                previous = woke;
            }
        }, "probe watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** How much of [from, to] the watcher was held up (ns). */
    private long stalledWithin(long from, long to) {
        long total = 0;
        synchronized (stalls) {
            for (long[] stall : stalls) {
                total += Math.max(0, Math.min(to, stall[1]) - Math.max(from, stall[0]));
            }
        }
        return total;
    }

    /** The virtual machine's steal time so far, in clock ticks (the 8th figure of /proc/stat's cpu line), or -1. */
    private static long stealTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return cpu.length > 8 ? Long.parseLong(cpu[8]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void readCpu(long[] into) {
        readStats(fxStats, into, 0);
        readStats(renderStats, into, 2);
        into[4] = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        into[5] = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** A thread's schedstat ("CPU-ns wait-ns timeslices"), read again in place without allocating; zeros if absent. */
    private void readStats(FileChannel file, long[] into, int at) {
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

    private static FileChannel open(Path file) {
        try {
            return file == null ? null : FileChannel.open(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The render thread's schedstat file, found by its name. */
    private static Path renderThreadStats() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
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
        // [seconds into playback, interval, FX CPU, FX waiting, render CPU, render waiting, process CPU, GC,
        //  watcher held up], ms.
        StringBuilder listed = new StringBuilder();
        for (long[] f : longFrames) {
            listed.append(listed.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "[%.3f, %.1f, %.1f, %.1f, %.1f, %.1f, %.1f, %d, %.1f]", (f[0] - started - WARM_UP_NANOS) / 1e9,
                    f[1] / 1e6, f[2] / 1e6, f[3] / 1e6, f[4] / 1e6, f[5] / 1e6, f[6] / 1e6, f[7],
                    stalledWithin(f[0] - f[1], f[0]) / 1e6));
        }
        long heldUp = stalledWithin(Long.MIN_VALUE, Long.MAX_VALUE);
        long stealEnd = stealTicks();
        // Steal as a share of the VM's CPUs over the measured time (ticks are 1/100 s).
        double steal = stealAtStart < 0 || stealEnd < 0 ? -1 : (stealEnd - stealAtStart) / 100.0
                / (seconds * (double) Runtime.getRuntime().availableProcessors()) * 100;
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        String json = String.format(Locale.ROOT, "{\"first_frame_ms\": %d, \"frames\": %d, \"seconds\": %d, "
                        + "\"interval_ms\": {\"mean\": %.3f, \"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}, "
                        + "\"over_50ms\": %d, \"rss_mib\": %.1f, \"heap_used_mib\": %.1f, \"warm_up_max_ms\": %.1f, "
                        + "\"ms_per_frame\": {\"fx_cpu\": %.2f, \"fx_waiting\": %.2f, \"render_cpu\": %.2f, "
                        + "\"render_waiting\": %.2f, \"process_cpu\": %.2f}, "
                        + "\"gc_ms\": %d, \"watcher_held_up\": {\"times\": %d, \"ms\": %.0f}, \"vm_steal_percent\": %.1f, "
                        + "\"measured_from\": \"%s\", \"long_frames\": [%s]}%n",
                firstFrameMillis, count, seconds, mean, percentile(sorted, 0.50), percentile(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, Arrays.stream(sorted).filter(i -> i > 50_000_000L).count(),
                rssMib(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0,
                warmUpMax / 1e6, perFrame(0), perFrame(1), perFrame(2), perFrame(3), perFrame(4), cpu[5] - cpuAtStart[5],
                stalls.size(), heldUp / 1e6, steal, Instant.ofEpochMilli(measuredFromMillis), listed);
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
