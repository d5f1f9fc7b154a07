package org.toetempo.bench;

import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.LoadResult;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Stage;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.Snapshot;
import org.toetempo.timing.TimedEvents;
import org.toetempo.timing.VirtualClock;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the cue engine (issue 3): compiling every built-in routine, and stepping a session through 60
 * minutes of simulated time at 1 ms resolution. A plain harness: warm-up runs first, then measured runs, reporting
 * the median and the min/max of the measured runs; allocation comes from the JVM's per-thread allocation counter.
 * Every snapshot is consumed into a checksum and kept in a small ring (so it escapes, as a snapshot handed to the
 * UI or the audio thread does), and the beats seen are counted and checked against the schedule. Last, the audio
 * renderer's query, {@code Session.eventsBetween}, is timed once per 10 ms buffer.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.toetempo.bench.EngineBenchmark -Dexec.classpathScope=test</pre>
 *
 * Optional argument: {@code quick} (fewer iterations, for a smoke run).
 */
public final class EngineBenchmark {

    private static final long MS = 1_000_000L;
    private static final long HOUR_NANOS = 3_600_000L * MS;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Where snapshots go: a ring, so each one escapes and must really be allocated and filled. */
    private static final Snapshot[] RING = new Snapshot[1024];

    private final long compileWarmupNanos;
    private final int compileWarmup;
    private final int compileRuns;
    private final int compileBatch;
    private final int stepWarmup;
    private final int stepRuns;
    /** Same work, same checksum: it covers every measured run, so it is the same from one run to the next. */
    private long checksum = 17;
    /** The time-boxed warm-up's results (a varying number of them): kept apart from the checksum. */
    private static long warmupSink;

    private EngineBenchmark(boolean quick) {
        compileWarmupNanos = (quick ? 1 : 5) * 1_000_000_000L;
        compileWarmup = quick ? 2 : 5;
        compileRuns = quick ? 3 : 10;
        compileBatch = quick ? 20 : 100;
        stepWarmup = quick ? 1 : 2;
        stepRuns = quick ? 2 : 5;
    }

    public static void main(String[] args) throws IOException {
        boolean quick = Arrays.asList(args).contains("quick");
        if (!THREADS.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot count allocated bytes per thread");
        }
        THREADS.setThreadAllocatedMemoryEnabled(true);
        new EngineBenchmark(quick).run();
    }

    private void run() throws IOException {
        printMachine();
        RoutineReader reader = new RoutineReader(ExerciseLibrary.builtIn());
        List<Routine> builtIn = RoutineLibrary.load(reader, null).entries().stream()
                .filter(RoutineLibrary.Entry::ok).map(RoutineLibrary.Entry::routine).toList();
        if (builtIn.size() != 10) {
            throw new IllegalStateException("expected 10 built-in routines, found " + builtIn.size());
        }
        compileBenchmark(builtIn);
        stepBenchmarks(reader, builtIn);
        System.out.printf(Locale.ROOT, "%nchecksum %016x (printed so that the JIT cannot drop the work)%n", checksum);
    }

    // ------------------------------------------------------------------ compile

    private void compileBenchmark(List<Routine> routines) {
        System.out.printf(Locale.ROOT, "%n== Compile: Schedule.compile(routine, PlayOptions.defaults())%n");
        System.out.printf(Locale.ROOT, "%d s of warm-up on all routines; then per routine %d warm-up + %d measured runs,"
                + " each of %d compiles; time and bytes per compile%n", compileWarmupNanos / 1_000_000_000L, compileWarmup,
                compileRuns, compileBatch);
        System.out.printf(Locale.ROOT, "%-28s %9s %6s %6s %6s  %10s %11s  %s%n", "routine", "length", "segs",
                "cues", "beats", "median µs", "min–max µs", "KiB/compile");
        PlayOptions options = PlayOptions.defaults();
        // Warm up the compiler on every routine first, so the first routine measured is not the JIT's guinea pig.
        long warmUntil = System.nanoTime() + compileWarmupNanos;
        while (System.nanoTime() < warmUntil) {
            for (Routine routine : routines) {
                warmupSink += Schedule.compile(routine, options).totalNanos();
            }
        }
        for (Routine routine : routines) {
            Schedule schedule = Schedule.compile(routine, options);
            Result r = measureCompile(List.of(routine));
            System.out.printf(Locale.ROOT, "%-28s %9s %6d %6d %6d  %10.1f %5.1f–%-5.1f  %.1f%n", routine.id(),
                    minutes(schedule.totalNanos()), schedule.segments().size(), schedule.cues().size(),
                    schedule.beats().size(), r.median() / 1e3, r.min() / 1e3, r.max() / 1e3, r.bytes() / 1024.0);
        }
        Result all = measureCompile(routines);
        System.out.printf(Locale.ROOT, "%-28s %9s %6s %6s %6s  %10.1f %5.1f–%-5.1f  %.1f%n", "all 10, one after another",
                "", "", "", "", all.median() / 1e3, all.min() / 1e3, all.max() / 1e3, all.bytes() / 1024.0);
    }

    /** Nanoseconds and bytes for compiling every routine in {@code routines} once (per batch member). */
    private Result measureCompile(List<Routine> routines) {
        PlayOptions options = PlayOptions.defaults();
        long[] times = new long[compileRuns];
        long[] bytes = new long[compileRuns];
        for (int run = -compileWarmup; run < compileRuns; run++) {
            long allocated = allocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < compileBatch; i++) {
                for (Routine routine : routines) {
                    Schedule schedule = Schedule.compile(routine, options);
                    checksum = checksum * 31 + schedule.totalNanos() + schedule.cues().size();
                }
            }
            long elapsed = System.nanoTime() - start;
            long used = allocatedBytes() - allocated;
            if (run >= 0) {
                times[run] = elapsed / compileBatch;
                bytes[run] = used / compileBatch;
            }
        }
        return Result.of(times, bytes, 1);
    }

    // ------------------------------------------------------------------ step

    private void stepBenchmarks(RoutineReader reader, List<Routine> builtIn) {
        System.out.printf(Locale.ROOT, "%n== Step: VirtualClock advanced 1 ms, then session.snapshot(), repeatedly%n");
        System.out.printf(Locale.ROOT, "%d warm-up + %d measured runs; time and bytes per snapshot%n", stepWarmup, stepRuns);
        System.out.printf(Locale.ROOT, "%-40s %10s %11s %12s %11s %11s  %s%n", "session", "snapshots", "median ns",
                "min–max ns", "B/snapshot", "total ms", "beats seen");

        // An hour of one exercise at an odd tempo, as in ScheduleTest#noDriftAfterAnHourAtAnOddTempo (~68 min).
        Routine hour = read(reader, """
                {"format": 1, "id": "hour-at-117", "name": "Hour at 117", "summary": "Benchmark.", "purpose": "Benchmark.",
                 "audience": ["runner"], "duration": {"minutes": 68}, "frequency": {"times": 1, "per": "day"},
                 "equipment": [], "safety": ["Stop if it hurts."], "tempo": {"bpm": 117, "min_bpm": 60, "max_bpm": 180},
                 "blocks": [{"name": "Main", "steps": [
                   {"exercise": "toe-curl", "side": "both", "sets": 8, "reps": 500}]}]}
                """);
        step("hour-at-117 (toe-curl 8×500), first 60 min", List.of(new Playing(hour, PlayOptions.defaults())), HOUR_NANOS);

        Routine programme = builtIn.stream().filter(r -> r.id().equals("foot-core-12-week")).findFirst().orElseThrow();
        List<Playing> stages = new ArrayList<>();
        for (Stage stage : programme.stages()) {
            stages.add(new Playing(programme, PlayOptions.defaults().withStage(stage.id())));
        }
        step("foot-core-12-week stages back to back, 60 min", stages, HOUR_NANOS);

        Routine musicalToes = builtIn.stream().filter(r -> r.id().equals("musical-toes")).findFirst().orElseThrow();
        step("musical-toes, end to end", List.of(new Playing(musicalToes, PlayOptions.defaults())), Long.MAX_VALUE);

        System.out.printf(Locale.ROOT, "%n== Audio events: session.eventsBetween(from, from + 10 ms, sink), one call per 10 ms buffer%n");
        System.out.printf(Locale.ROOT, "%d warm-up + %d measured runs; time and bytes per call%n", stepWarmup, stepRuns);
        System.out.printf(Locale.ROOT, "%-40s %10s %11s %12s %11s %11s  %s%n", "session", "calls", "median ns",
                "min–max ns", "B/call", "total ms", "beats+cues reported");
        events("hour-at-117, first 60 min", hour, HOUR_NANOS);
        events("foot-core-12-week stage A, end to end", programme, Long.MAX_VALUE);
    }

    /** Counts what the session reports, into the checksum. */
    private static final class Sink implements TimedEvents {
        long beats;
        long cues;
        long sum;

        @Override
        public void beat(long clockNanos, BeatMark beat) {
            beats++;
            sum = sum * 31 + clockNanos + beat.index();
        }

        @Override
        public void cue(long clockNanos, Cue cue) {
            cues++;
            sum = sum * 31 + clockNanos + cue.type().ordinal();
        }
    }

    /** Asks for the beats and cues of every 10 ms buffer in turn, as the audio renderer does. */
    private void events(String name, Routine routine, long limitNanos) {
        long buffer = 10 * MS;
        long[] times = new long[stepRuns];
        long[] bytes = new long[stepRuns];
        long calls = 0;
        Sink sink = new Sink();
        long expected = 0;
        for (int run = -stepWarmup; run < stepRuns; run++) {
            VirtualClock clock = new VirtualClock();
            Session session = new Session(routine, PlayOptions.defaults(), clock);
            long end = Math.min(limitNanos, session.schedule().totalNanos() + buffer);
            sink.beats = 0;
            sink.cues = 0;
            session.play();
            long count = 0;
            long allocated = allocatedBytes();
            long start = System.nanoTime();
            for (long from = 0; from < end; from += buffer) {
                clock.set(from);
                session.eventsBetween(from, from + buffer, sink);
                count++;
            }
            long elapsed = System.nanoTime() - start;
            long used = allocatedBytes() - allocated;
            if (run >= 0) {
                times[run] = elapsed;
                bytes[run] = used;
            }
            calls = count;
            Schedule schedule = session.schedule();
            long limit = end;
            expected = schedule.beats().stream().filter(b -> b.nanos() < limit).count()
                    + schedule.cues().stream().filter(c -> c.nanos() < limit).count();
        }
        checksum = checksum * 31 + sink.sum;
        Result r = Result.of(times, bytes, calls);
        long reported = sink.beats + sink.cues;
        System.out.printf(Locale.ROOT, "%-40s %10d %11.1f %5.1f–%-6.1f %11.1f %11.1f  %d/%d%n", name, calls,
                r.median(), r.min(), r.max(), r.bytes(), r.median() * calls / 1e6, reported, expected);
        if (reported != expected) {
            throw new IllegalStateException(name + ": reported " + reported + " beats and cues, expected " + expected);
        }
    }

    private record Playing(Routine routine, PlayOptions options) {
    }

    /**
     * Plays the routines one after another on one virtual clock, taking a snapshot every millisecond, until
     * {@code limitNanos} of simulated time or the last one finishes.
     */
    private void step(String name, List<Playing> playlist, long limitNanos) {
        long[] times = new long[stepRuns];
        long[] bytes = new long[stepRuns];
        long snapshots = 0;
        long beatsSeen = 0;
        long beatsScheduled = 0;
        long gcBefore = gcCount();
        for (int run = -stepWarmup; run < stepRuns; run++) {
            VirtualClock clock = new VirtualClock();
            // Sessions compile their schedule when made: done here, outside the timed loop.
            List<Session> sessions = new ArrayList<>();
            for (Playing playing : playlist) {
                sessions.add(new Session(playing.routine(), playing.options(), clock));
            }
            long count = 0;
            long seen = 0;
            long scheduled = 0;
            long sum = checksum;
            long allocated = allocatedBytes();
            long start = System.nanoTime();
            outer:
            for (Session session : sessions) {
                session.play();
                long lastBeat = -1;
                long firstBeat = -1;
                while (true) {
                    if (count * MS >= limitNanos) {
                        scheduled += lastBeat - firstBeat + 1;
                        break outer;
                    }
                    clock.advanceNanos(MS);
                    Snapshot s = session.snapshot();
                    RING[(int) count & (RING.length - 1)] = s;
                    count++;
                    sum = sum * 31 + s.nanos() + s.beat() * 7 + s.stepIndex() + s.countdown()
                            + s.activity().ordinal() + Double.doubleToRawLongBits(s.progress());
                    if (s.beat() != lastBeat && s.beat() >= 0) {
                        if (firstBeat < 0) {
                            firstBeat = s.beat();
                        }
                        lastBeat = s.beat();
                        seen++;
                    }
                    if (s.state() == Session.State.FINISHED) {
                        scheduled += lastBeat - firstBeat + 1;
                        break;
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            long used = allocatedBytes() - allocated;
            checksum = sum;
            if (run >= 0) {
                times[run] = elapsed;
                bytes[run] = used;
            }
            snapshots = count;
            beatsSeen = seen;
            beatsScheduled = scheduled;
        }
        long gcs = gcCount() - gcBefore;
        Result r = Result.of(times, bytes, snapshots);
        System.out.printf(Locale.ROOT, "%-40s %10d %11.1f %5.1f–%-6.1f %11.1f %11.1f  %d/%d%s%n", name, snapshots,
                r.median(), r.min(), r.max(), r.bytes(), r.median() * snapshots / 1e6, beatsSeen, beatsScheduled,
                gcs > 0 ? "  (" + gcs + " GCs over all runs)" : "");
        if (beatsSeen != beatsScheduled) {
            throw new IllegalStateException(name + ": saw " + beatsSeen + " beats, expected " + beatsScheduled);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** Median, min and max of per-run values, divided by {@code per}; bytes as the median. */
    private record Result(double median, double min, double max, double bytes) {
        static Result of(long[] values, long[] bytes, long per) {
            long[] v = values.clone();
            long[] b = bytes.clone();
            Arrays.sort(v);
            Arrays.sort(b);
            return new Result(median(v) / per, v[0] / (double) per, v[v.length - 1] / (double) per, median(b) / per);
        }

        private static double median(long[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
    }

    private static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static long gcCount() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    private static Routine read(RoutineReader reader, String json) {
        LoadResult result = reader.read("benchmark.json", json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.routine();
    }

    private static String minutes(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static void printMachine() throws IOException {
        String cpu = "unknown";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "== Machine%n");
        System.out.printf(Locale.ROOT, "cpu        %s, %d cores available%n", cpu, rt.availableProcessors());
        System.out.printf(Locale.ROOT, "os         %s %s (%s)%n", System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "java       %s, %s %s%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"));
        System.out.printf(Locale.ROOT, "heap       max %d MiB, committed %d MiB; gc %s%n", rt.maxMemory() >> 20,
                rt.totalMemory() >> 20, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList());
        System.out.printf(Locale.ROOT, "jvm args   %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
