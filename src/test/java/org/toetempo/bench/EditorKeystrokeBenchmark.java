package org.toetempo.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.toetempo.editor.UserRoutines;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.ui.Theme;
import org.toetempo.ui.controls.Offscreen;
import org.toetempo.ui.editor.EditorModel;
import org.toetempo.ui.editor.EditorView;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * What one keystroke in the editor costs on the FX thread (issue 7): the real {@link EditorView} on the headless
 * toolkit, a duplicate of a built-in routine, and a number typed into a field again and again. Timed from the
 * field's text change through every listener (the edit, the undo stack, the views' refresh and whatever else runs
 * synchronously), then the CSS and layout of the pulses that draw the change (timed between the scene's pre- and
 * post-layout pulse hooks), and from the keystroke until a pulse has drawn its last consequence.
 *
 * <p>Two ways of checking the routine after each keystroke (writing it as its file, reading it back, compiling its
 * schedule for the summary): <b>on the FX thread</b>, inside the keystroke, as the editor did first; and <b>in the
 * background</b>, as it does now, where the FX thread only takes the answer (timed separately: "apply"). Each
 * keystroke waits until its answer is drawn before the next, as typing at a few keys a second does.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.toetempo.bench.EditorKeystrokeBenchmark -Dexec.classpathScope=test</pre>
 *
 * {@code -Dexec.args="BACKGROUND musical-toes step-reps"} runs that case only.
 */
public final class EditorKeystrokeBenchmark {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 300;

    private enum Mode { ON_FX_THREAD, BACKGROUND }

    private EditorKeystrokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offscreen.startToolkit();
        fx(() -> {
            // The app's look (AtlantaFX Primer light), whose colours the editor's stylesheet builds on.
            Theme.use(Settings.Theme.LIGHT);
            return null;
        });
        ExerciseLibrary exercises = ExerciseLibrary.builtIn();
        RoutineLibrary builtIn = RoutineLibrary.load(new RoutineReader(exercises), null);
        System.out.printf(Locale.ROOT, "%s, %d cores, load average %.2f, JDK %s%n", LocalDateTime.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        // Optional filters, e.g. "BACKGROUND musical-toes step-reps" (for a profiler run).
        String only = String.join(" ", args);
        for (Mode mode : Mode.values()) {
            for (String id : List.of("musical-toes", "foot-core-12-week")) {
                for (String field : List.of("step-reps", "routine-name")) {
                    if (only.isEmpty() || only.contains(mode.name()) && only.contains(id) && only.contains(field)) {
                        run(builtIn.find(id).orElseThrow(), exercises, field, mode);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.exit();
    }

    private static void run(Routine routine, ExerciseLibrary exercises, String fieldId, Mode mode) throws Exception {
        Path home = Files.createTempDirectory("toetempo-bench");
        UserRoutines routines = new UserRoutines(new AppPaths(home), exercises);
        ExecutorService checks = Executors.newSingleThreadExecutor();
        List<Long> apply = Collections.synchronizedList(new ArrayList<>());
        List<Long> check = Collections.synchronizedList(new ArrayList<>());
        AtomicLong appliedAt = new AtomicLong();
        Stage[] stage = new Stage[1];
        EditorModel[] model = new EditorModel[1];
        TextField field = fx(() -> {
            model[0] = mode == Mode.ON_FX_THREAD
                    ? new EditorModel(routines.duplicate(routine), routines, Runnable::run, Runnable::run, Runnable::run)
                    : new EditorModel(routines.duplicate(routine), routines, task -> checks.execute(() -> {
                        long t0 = System.nanoTime();
                        task.run();
                        check.add(System.nanoTime() - t0);
                    }), task -> Platform.runLater(() -> {
                        long t0 = System.nanoTime();
                        task.run();
                        long t1 = System.nanoTime();
                        apply.add(t1 - t0);
                        appliedAt.set(t1);
                    }), Runnable::run);
            EditorView view = new EditorView(model[0]);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view, 1280, 800));
            Theme.apply(stage[0].getScene());
            stage[0].show();
            TextField f = (TextField) view.lookup("#" + fieldId);
            f.requestFocus();
            return f;
        });
        String base = fx(field::getText);
        // A pulse's CSS and layout pass, timed between the scene's own pre- and post-layout hooks.
        List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
        AtomicLong pulseStart = new AtomicLong();
        AtomicLong pulseEnd = new AtomicLong();
        fx(() -> {
            field.getScene().addPreLayoutPulseListener(() -> pulseStart.set(System.nanoTime()));
            field.getScene().addPostLayoutPulseListener(() -> {
                long end = System.nanoTime();
                pulses.add(end - pulseStart.get());
                pulseEnd.set(end);
            });
            return null;
        });
        List<Long> handler = new ArrayList<>();
        List<Long> layout = new ArrayList<>();
        List<Long> latency = new ArrayList<>();
        List<Long> applied = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            // A number field alternates between two valid values; a text field gains a letter, then loses it.
            String text = fieldId.equals("step-reps") ? (i % 2 == 0 ? "9" : "8") : (i % 2 == 0 ? base + "x" : base);
            apply.clear();
            check.clear();
            pulses.clear();
            long[] t = fx(() -> {
                long t0 = System.nanoTime();
                field.setText(text);
                long t1 = System.nanoTime();
                return new long[]{t0, t1};
            });
            if (mode == Mode.BACKGROUND) {
                while (fx(() -> model[0].checkingProperty().get())) {
                    Thread.onSpinWait();
                }
            }
            // Until a pulse has drawn the last change (the keystroke, or the answer to it). The toolkit's own pulses
            // (60 a second) do it, as in the app: an answer that comes before the next pulse is drawn with the keystroke.
            long changed = mode == Mode.BACKGROUND ? appliedAt.get() : t[1];
            while (pulseEnd.get() < changed) {
                LockSupport.parkNanos(200_000);
            }
            if (i >= WARM_UP) {
                handler.add(t[1] - t[0]);
                synchronized (pulses) {
                    layout.add(pulses.stream().mapToLong(Long::longValue).sum());
                }
                latency.add(pulseEnd.get() - t[0]);
                if (mode == Mode.BACKGROUND) {
                    applied.addAll(apply);
                    checked.addAll(check);
                }
            }
        }
        fx(() -> {
            stage[0].close();
            return null;
        });
        checks.shutdown();
        System.out.printf(Locale.ROOT, "%-12s %-18s %-13s FX thread: keystroke %s ms; pulses' CSS+layout %s ms; "
                + "keystroke to drawn %s ms%n", mode, routine.id(), fieldId, stats(handler), stats(layout), stats(latency));
        if (mode == Mode.BACKGROUND) {
            System.out.printf(Locale.ROOT, "%-12s %-18s %-13s FX thread: apply the answer %s ms; background check %s ms%n",
                    "", "", "", stats(applied), stats(checked));
        }
    }

    /** "median (p10–p90, max)" in milliseconds. */
    static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f, max %.1f)", ms(sorted.get(sorted.size() / 2)),
                ms(sorted.get(sorted.size() / 10)), ms(sorted.get(sorted.size() * 9 / 10)), ms(sorted.get(sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }
}
