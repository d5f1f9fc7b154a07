package org.toetempo.bench;

import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.History;
import org.toetempo.history.HistoryOverview;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.Outcome;
import org.toetempo.history.PlayedReps;
import org.toetempo.history.Ratings;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.StepRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.progress.Coach;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.Suggestion;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Benchmark of the history (issue 8): 10,000 sessions loaded from the log on disk and aggregated into everything
 * the History screen draws (sessions per week, pain and stiffness over time, tempo per routine, each routine's
 * streak), plus the suggestions for every routine. A plain harness like {@link EngineBenchmark}.
 *
 * <p>The sessions are real: each is recorded from a compiled schedule of a built-in routine (some stopped
 * part-way), rated, some with a next-morning check, a note or a timing self-check, over twelve years in three time
 * zones. They are saved with one flush, then:
 * <ul>
 *   <li><b>cold</b>: a fresh JVM per run (what the user waits for when the app opens History first): load,
 *       aggregate, suggest, timed inside the new JVM (wall clock, and the CPU time the process spent, JIT
 *       compiler and GC included), and the whole process from the outside;</li>
 *   <li><b>warm</b>: in this JVM, warm-up runs then measured runs; time and allocated bytes per run.</li>
 * </ul>
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.toetempo.bench.HistoryBenchmark -Dexec.classpathScope=test</pre>
 *
 * Optional argument: {@code quick} (fewer runs).
 */
public final class HistoryBenchmark {

    static final int SESSIONS = 10_000;
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, ZoneId.of("Europe/London"));

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** CPU time of the whole process: the decoding threads, and the JIT compiler and GC working for them. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("child")) {
            child(Path.of(args[1]));
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("quick");
        int coldRuns = quick ? 1 : 5;
        int warmup = quick ? 3 : 10;
        int runs = quick ? 5 : 20;

        Path dir = Files.createTempDirectory("toetempo-history-bench");
        RoutineLibrary library = builtIns();
        long t0 = System.nanoTime();
        List<SessionRecord> sessions = generate(library, SESSIONS, new Random(20261122));
        long t1 = System.nanoTime();
        HistoryStore store = new HistoryStore(dir);
        store.appendAll(sessions);
        long t2 = System.nanoTime();
        long size = Files.size(store.log());
        System.out.printf(Locale.ROOT, "%s; %d cores; max heap %d MiB; Java %s (%s)%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
        System.out.printf(Locale.ROOT, "generated %d sessions in %.0f ms; saved in one flush in %.0f ms: %s, %.1f MiB (%.0f bytes a session)%n",
                sessions.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, store.log(), size / 1048576.0, size / (double) sessions.size());
        summarise(sessions);
        // One session saved as the app saves it: one write, then force to disk.
        Path single = Files.createTempDirectory("toetempo-history-append");
        HistoryStore one = new HistoryStore(single);
        long[] appends = new long[coldRuns * 4];
        for (int i = 0; i < appends.length; i++) {
            long a0 = System.nanoTime();
            one.append(sessions.get(i));
            appends[i] = System.nanoTime() - a0;
        }
        Arrays.sort(appends);
        System.out.printf(Locale.ROOT, "append one session (write + force): median %.1f ms (min %.1f, max %.1f) over %d%n",
                appends[appends.length / 2] / 1e6, appends[0] / 1e6, appends[appends.length - 1] / 1e6, appends.length);
        deleteTree(single);

        System.out.println();
        System.out.println("cold: a fresh JVM per run (default heap), timed inside it, and the whole process from outside");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classpath();
        for (int run = 1; run <= coldRuns; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-cp", classpath, HistoryBenchmark.class.getName(), "child",
                    dir.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int exit = process.waitFor();
            long elapsed = System.nanoTime() - start;
            if (exit != 0) {
                throw new IllegalStateException("the cold run failed:\n" + output);
            }
            System.out.printf(Locale.ROOT, "  run %d: %s; process %.0f ms%n", run, output, elapsed / 1e6);
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "warm: %d warm-up runs, then %d measured runs in this JVM%n", warmup, runs);
        Function<String, Routine> routines = id -> library.find(id).orElse(null);
        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += once(store, routines, library).checksum;
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(once(store, routines, library));
        }
        report("load (read, check, decode, fold)", results.stream().mapToLong(r -> r.load).toArray(),
                results.stream().mapToLong(r -> r.loadBytes).toArray());
        report("aggregate (HistoryOverview)", results.stream().mapToLong(r -> r.aggregate).toArray(),
                results.stream().mapToLong(r -> r.aggregateBytes).toArray());
        report("load + aggregate", results.stream().mapToLong(r -> r.load + r.aggregate).toArray(),
                results.stream().mapToLong(r -> r.loadBytes + r.aggregateBytes).toArray());
        report("suggestions, all 10 routines", results.stream().mapToLong(r -> r.suggest).toArray(),
                results.stream().mapToLong(r -> r.suggestBytes).toArray());
        Result last = results.get(results.size() - 1);
        System.out.printf(Locale.ROOT, "checks: %d sessions loaded, %d weeks, %d pain points, %d routines, %d suggestions; checksum %x%n",
                last.sessions, last.weeks, last.painPoints, last.routines, last.suggestions, last.checksum);
        if (last.sessions != SESSIONS) {
            throw new IllegalStateException("loaded " + last.sessions + " of " + SESSIONS + " sessions");
        }
        deleteTree(dir);
    }

    /** One cold run, in a fresh JVM: prints its own timings (wall clock, and the process's CPU time) on one line. */
    private static void child(Path dir) throws IOException {
        RoutineLibrary library = builtIns();
        Function<String, Routine> routines = id -> library.find(id).orElse(null);
        HistoryStore store = new HistoryStore(dir);
        Result r = once(store, routines, library);
        System.out.printf(Locale.ROOT, "load %.0f ms + aggregate %.0f ms = %.0f ms (CPU %.0f ms); suggestions, all 10 "
                        + "routines, %.0f ms (CPU %.0f ms); %d sessions",
                r.load / 1e6, r.aggregate / 1e6, (r.load + r.aggregate) / 1e6, r.chartsCpu / 1e6, r.suggest / 1e6,
                r.suggestCpu / 1e6, r.sessions);
    }

    private static final class Result {
        long chartsCpu;
        long suggestCpu;
        long load;
        long aggregate;
        long suggest;
        long loadBytes;
        long aggregateBytes;
        long suggestBytes;
        int sessions;
        int weeks;
        int painPoints;
        int routines;
        int suggestions;
        long checksum;
    }

    private static Result once(HistoryStore store, Function<String, Routine> routines, RoutineLibrary library) throws IOException {
        Result r = new Result();
        long thread = Thread.currentThread().getId();
        long c0 = PROCESS.getProcessCpuTime();
        long b0 = THREADS.getThreadAllocatedBytes(thread);
        long t0 = System.nanoTime();
        History history = store.load();
        long t1 = System.nanoTime();
        long b1 = THREADS.getThreadAllocatedBytes(thread);
        HistoryOverview overview = HistoryOverview.of(history, routines, NOW);
        long t2 = System.nanoTime();
        long b2 = THREADS.getThreadAllocatedBytes(thread);
        long c2 = PROCESS.getProcessCpuTime();
        int suggestions = 0;
        long checksum = 0;
        for (RoutineLibrary.Entry entry : library.entries()) {
            List<Suggestion> list = Coach.suggest(entry.routine(), history, ProgressPlan.EMPTY, NOW);
            suggestions += list.size();
            for (Suggestion s : list) {
                checksum = checksum * 31 + s.id().hashCode();
            }
        }
        long t3 = System.nanoTime();
        long b3 = THREADS.getThreadAllocatedBytes(thread);
        r.chartsCpu = c2 - c0;
        r.suggestCpu = PROCESS.getProcessCpuTime() - c2;
        r.load = t1 - t0;
        r.aggregate = t2 - t1;
        r.suggest = t3 - t2;
        r.loadBytes = b1 - b0;
        r.aggregateBytes = b2 - b1;
        r.suggestBytes = b3 - b2;
        r.sessions = history.size();
        r.weeks = overview.weeks().size();
        r.painPoints = overview.pain().size();
        r.routines = overview.routines().size();
        r.suggestions = suggestions;
        for (HistoryOverview.Week week : overview.weeks()) {
            checksum = checksum * 31 + week.sessions();
        }
        for (HistoryOverview.RoutineSummary summary : overview.routines()) {
            checksum = checksum * 31 + summary.streak().best() * 7L + summary.streak().current();
        }
        r.checksum = checksum;
        return r;
    }

    private static void report(String what, long[] nanos, long[] bytes) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] sortedBytes = bytes.clone();
        Arrays.sort(sortedBytes);
        System.out.printf(Locale.ROOT, "  %-36s median %6.1f ms (min %6.1f, max %6.1f); %6.1f MiB allocated%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6,
                sortedBytes[sortedBytes.length / 2] / 1048576.0);
    }

    // ------------------------------------------------------------------ the sessions

    private static RoutineLibrary builtIns() {
        return RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);
    }

    /**
     * {@code count} sessions from November 2014 to 2026, one every 10.5 hours on average: a weighted mix of the built-in
     * routines (foot core over its four stages), 10% stopped part-way, 90% rated, half of those with a
     * next-morning check, a tenth with a note; Musical Toes with on-beat answers and, a third of the time, a timing
     * self-check. Mostly in London, some in New York and Tokyo.
     */
    static List<SessionRecord> generate(RoutineLibrary library, int count, Random random) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("sole-5-daily", 25);
        weights.put("musical-toes", 20);
        weights.put("arch-doming", 12);
        weights.put("foot-core-12-week", 10);
        weights.put("toe-fan-routine", 7);
        weights.put("great-toe-down-routine", 6);
        weights.put("single-leg-balance-routine", 6);
        weights.put("pre-run-foot-warmup", 6);
        weights.put("post-run-foot-finisher", 5);
        weights.put("early-rehab-seated", 3);
        Map<String, List<Schedule>> schedules = new HashMap<>();
        for (String id : weights.keySet()) {
            Routine routine = library.find(id).orElseThrow();
            List<Schedule> list = new ArrayList<>();
            if (routine.stages().isEmpty()) {
                list.add(Schedule.compile(routine, PlayOptions.defaults()));
            } else {
                for (Stage stage : routine.stages()) {
                    list.add(Schedule.compile(routine, PlayOptions.defaults().withStage(stage.id())));
                }
            }
            schedules.put(id, list);
        }
        List<String> bag = new ArrayList<>();
        weights.forEach((id, weight) -> {
            for (int i = 0; i < weight; i++) {
                bag.add(id);
            }
        });
        ZoneId[] zones = {ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo")};
        String[] notes = {"Left arch cramped in set 2, eased with a stretch.", "Felt great, \"easy\" today",
                "Stiff, then fine; ran 10 km after", "Sore big toe (2/10), settled by lunch"};
        Instant at = Instant.parse("2014-11-24T07:00:00Z");
        List<SessionRecord> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(300 + random.nextInt(660)));
            String id = bag.get(random.nextInt(bag.size()));
            List<Schedule> options = schedules.get(id);
            Schedule schedule = options.get(options.size() == 1 ? 0 : (i / 40) % options.size());
            long reached = random.nextInt(10) == 0 ? (long) (schedule.totalNanos() * random.nextDouble())
                    : schedule.totalNanos();
            ZoneId zone = zones[random.nextInt(20) < 17 ? 0 : 1 + random.nextInt(2)];
            PlayedReps played = PlayedReps.upTo(schedule, reached);
            Instant end = at.plusNanos(Math.min(reached, schedule.totalNanos()) + 30_000_000_000L);
            SessionRecord record = SessionRecord.of(schedule, played, at, end, zone);
            if (random.nextInt(10) != 0) {
                record = record.withRatings(ratings(record, random, notes));
            }
            if (id.equals("musical-toes") && random.nextInt(3) == 0) {
                List<TimingCheck> checks = new ArrayList<>();
                for (StepRecord step : record.steps()) {
                    if (step.started() && step.block() < 2 && checks.stream().noneMatch(c -> c.block() == step.block()
                            && c.exercise().equals(step.exercise()))) {
                        checks.add(new TimingCheck(step.block(), step.exercise(), step.repsDone(),
                                random.nextGaussian() * 40, 20 + random.nextInt(80)));
                    }
                }
                record = record.withTiming(checks);
            }
            out.add(record);
        }
        return out;
    }

    private static Ratings ratings(SessionRecord record, Random random, String[] notes) {
        int pain = Math.min(10, (int) Math.abs(random.nextGaussian() * 2));
        Ratings ratings = Ratings.of(pain, Math.min(10, (int) Math.abs(random.nextGaussian() * 2.5)));
        for (StepRecord step : record.steps()) {
            if (ratings.exercise(step.exercise()).isPresent() || !step.started()) {
                continue;
            }
            int roll = random.nextInt(20);
            Effort effort = roll < 8 ? Effort.EASY : roll < 17 ? Effort.JUST_RIGHT : Effort.HARD;
            ExerciseRating rating = ExerciseRating.of(step.exercise(), effort);
            if (step.oneSided() && random.nextInt(4) == 0) {
                rating = rating.withHarderSide(random.nextBoolean() ? Side.LEFT : Side.RIGHT);
            }
            if (step.exercise().equals("short-foot")) {
                rating = rating.withFormOk(random.nextInt(4) != 0);
            }
            ratings = ratings.with(rating);
        }
        if (record.routineId().equals("musical-toes")) {
            ratings = ratings.withOnBeat(0, random.nextInt(4) != 0).withOnBeat(1, random.nextInt(3) != 0);
        }
        if (random.nextBoolean()) {
            ratings = ratings.withMorning(Math.max(0, pain - 1 + random.nextInt(3)), random.nextInt(4));
        }
        if (random.nextInt(10) == 0) {
            ratings = ratings.withNote(notes[random.nextInt(notes.length)]);
        }
        return ratings;
    }

    private static void summarise(List<SessionRecord> sessions) {
        Map<String, Integer> byRoutine = new LinkedHashMap<>();
        int steps = 0;
        int stopped = 0;
        for (SessionRecord s : sessions) {
            byRoutine.merge(s.routineId(), 1, Integer::sum);
            steps += s.steps().size();
            if (!s.counts() || s.outcome() == Outcome.STOPPED) {
                stopped++;
            }
        }
        System.out.printf(Locale.ROOT, "%d step records (%.1f a session), %d stopped part-way, from %s to %s; by routine %s%n",
                steps, steps / (double) sessions.size(), stopped, sessions.get(0).localDate(),
                sessions.get(sessions.size() - 1).localDate(), byRoutine);
    }

    // ------------------------------------------------------------------ helpers

    /** The class path this JVM runs the benchmark with (under exec:java, Maven's class loader's URLs). */
    private static String classpath() throws URISyntaxException {
        ClassLoader loader = HistoryBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            List<String> parts = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
