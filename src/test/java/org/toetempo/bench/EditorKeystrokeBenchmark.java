package org.toetempo.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.toetempo.editor.UserRoutines;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.AppPaths;
import org.toetempo.ui.Offscreen;
import org.toetempo.ui.editor.EditorModel;
import org.toetempo.ui.editor.EditorView;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What one keystroke in the editor costs on the FX thread (issue 7): the real {@link EditorView} on the headless
 * toolkit, a duplicate of a built-in routine, and a number typed into a field again and again. Timed from the
 * field's text change through every listener (the edit, the undo stack, the views' refresh and whatever else runs
 * synchronously), then the CSS and layout pass that follows, as the next pulse would do it.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.mainClass=org.toetempo.bench.EditorKeystrokeBenchmark -Dexec.classpathScope=test</pre>
 */
public final class EditorKeystrokeBenchmark {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 300;

    private EditorKeystrokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Offscreen.startToolkit();
        ExerciseLibrary exercises = ExerciseLibrary.builtIn();
        RoutineLibrary builtIn = RoutineLibrary.load(new RoutineReader(exercises), null);
        System.out.printf(Locale.ROOT, "%s, %d cores, load average %.2f, JDK %s%n", java.time.LocalDateTime.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        for (String id : List.of("musical-toes", "foot-core-12-week")) {
            for (String field : List.of("step-reps", "routine-name")) {
                run(builtIn.find(id).orElseThrow(), exercises, field);
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.exit();
    }

    private static void run(Routine routine, ExerciseLibrary exercises, String fieldId) throws Exception {
        Path home = Files.createTempDirectory("toetempo-bench");
        UserRoutines routines = new UserRoutines(new AppPaths(home), exercises);
        Stage[] stage = new Stage[1];
        TextField field = fx(() -> {
            EditorView view = new EditorView(new EditorModel(routines.duplicate(routine), routines));
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view, 1280, 800));
            stage[0].show();
            TextField f = (TextField) view.lookup("#" + fieldId);
            f.requestFocus();
            return f;
        });
        String base = fx(field::getText);
        List<Long> handler = new ArrayList<>();
        List<Long> layout = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            // A number field alternates between two valid values; a text field gains a letter, then loses it.
            String text = fieldId.equals("step-reps") ? (i % 2 == 0 ? "9" : "8") : (i % 2 == 0 ? base + "x" : base);
            long[] t = fx(() -> {
                long t0 = System.nanoTime();
                field.setText(text);
                long t1 = System.nanoTime();
                field.getScene().getRoot().applyCss();
                field.getScene().getRoot().layout();
                long t2 = System.nanoTime();
                return new long[]{t1 - t0, t2 - t1};
            });
            if (i >= WARM_UP) {
                handler.add(t[0]);
                layout.add(t[1]);
            }
        }
        fx(() -> {
            stage[0].close();
            return null;
        });
        System.out.printf(Locale.ROOT, "%-18s %-13s keystroke on the FX thread: handler %s ms, then CSS+layout %s ms%n",
                routine.id(), fieldId, stats(handler), stats(layout));
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
