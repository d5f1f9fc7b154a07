package org.toetempo.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.toetempo.editor.Checker;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;

import java.util.concurrent.Executor;

/**
 * The routine's validation and measured length, kept up to date in the background: every change submits a check of
 * the routine as it is then; the answer to the newest one is shown, and one a newer keystroke overtook is dropped.
 */
final class LiveCheck {

    private final EditableRoutine editor;
    private final LatestWins checks;
    private final SummaryWords words;
    private final Messages messages;

    final ReadOnlyObjectWrapper<Validation> validation = new ReadOnlyObjectWrapper<>(this, "validation");
    final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    /** Play every block at this BPM for the summary, or {@code null} for the tempos as written. */
    final ObjectProperty<Double> previewBpm = new SimpleObjectProperty<>(this, "previewBpm");
    /** For a programme: the stage the summary and handout are of, or {@code null} for the first. */
    final ObjectProperty<String> previewStage = new SimpleObjectProperty<>(this, "previewStage");

    LiveCheck(EditableRoutine editor, Executor background, Executor fx, Messages messages) {
        this.editor = editor;
        this.checks = new LatestWins(background, fx);
        this.messages = messages;
        this.words = new SummaryWords(messages);
        // The first answer before the screen is built: it opens with its problems and length shown.
        show(measure(editor.checker(), editor.routine(), editor.checkedNow().orElse(null), previewOptions(editor.routine())));
        previewBpm.addListener(o -> check());
        previewStage.addListener(o -> check());
    }

    /** The routine as it is now, checked and measured in the background; the latest answer is shown. */
    void check() {
        Routine r = editor.routine();
        Checker checker = editor.checker();
        Checker.Checked known = editor.checkedNow().orElse(null);
        PlayOptions options = previewOptions(r);
        checking.set(true);
        checks.submit(() -> measure(checker, r, known, options), this::show);
    }

    /** Forgets a preview stage the routine no longer has. */
    void dropStaleStage(Routine r) {
        if (previewStage.get() != null && (r.stages() == null
                || r.stages().stream().noneMatch(s -> previewStage.get().equals(s.id())))) {
            previewStage.set(null);
        }
    }

    /** The stage the summary and the handout are of, when the routine has it; {@code null} for the first. */
    String stageOrNull(Routine r) {
        String stage = previewStage.get();
        return stage != null && r.stages() != null && r.stages().stream().anyMatch(x -> stage.equals(x.id())) ? stage : null;
    }

    /** What the summary bar shows about a routine: its check, and its length when valid. Runs in the background. */
    private record Measured(Checker.Checked checked, Summary summary) {
    }

    private static Measured measure(Checker checker, Routine r, Checker.Checked known, PlayOptions options) {
        Checker.Checked checked = known != null ? known : checker.check(r);
        Summary s = null;
        if (checked.ok()) {
            try {
                s = Summary.of(checked.valid(), options);
            } catch (RuntimeException e) {
                // A valid routine always compiles; should it not, the summary says "fix the problems" rather than fail.
                s = null;
            }
        }
        return new Measured(checked, s);
    }

    private void show(Measured m) {
        editor.remember(m.checked());
        if (!m.checked().validation().equals(validation.get())) {
            // Only news: a keystroke that leaves the problems as they were refreshes no field.
            validation.set(m.checked().validation());
        }
        valid.set(m.checked().ok());
        summary.set(m.summary());
        summaryText.set(m.summary() == null ? messages.get("editor.summary.fix-problems") : words.of(m.summary()));
        checking.set(checks.pending());
    }

    private PlayOptions previewOptions(Routine r) {
        PlayOptions options = PlayOptions.defaults();
        if (previewBpm.get() != null) {
            options = options.withBpm(previewBpm.get());
        }
        String stage = stageOrNull(r);
        if (stage != null) {
            options = options.withStage(stage);
        }
        return options;
    }
}
