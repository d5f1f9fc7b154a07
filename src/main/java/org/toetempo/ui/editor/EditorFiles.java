package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.UserRoutines;
import org.toetempo.handout.FootStills;
import org.toetempo.handout.Handout;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;
import org.toetempo.ui.editor.EditorModel.Notice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The editor's files: saving, the autosave draft, exporting and the handout, each telling the notice bar how it went. */
final class EditorFiles {

    private final EditableRoutine editor;
    private final UserRoutines routines;
    private final Executor handouts;
    private final ObjectProperty<Notice> notice;
    private final BooleanProperty busy;
    private final Messages messages;

    EditorFiles(EditableRoutine editor, UserRoutines routines, Executor handouts, ObjectProperty<Notice> notice,
                BooleanProperty busy, Messages messages) {
        this.messages = messages;
        this.editor = editor;
        this.routines = routines;
        this.handouts = handouts;
        this.notice = notice;
        this.busy = busy;
    }

    /** Saves atomically to the user's routines folder; refused (with the loader's messages) while invalid. */
    SaveResult save() {
        SaveResult result = routines.save(editor);
        if (result.ok()) {
            notice.set(Notice.of(Notice.Kind.SUCCESS, messages.get("editor.notice.saved", result.file())));
        } else {
            notice.set(new Notice(Notice.Kind.ERROR,
                    messages.get("editor.notice.not-saved", result.problems().size()), lines(result)));
        }
        return result;
    }

    /** Writes the autosave draft if anything changed since the last one. */
    boolean autosave() {
        try {
            return routines.drafts().autosave(editor);
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets the unsaved changes' draft (closing without saving). */
    void discardDraft() {
        try {
            routines.drafts().discard(editor);
        } catch (IOException ignored) {
            // Offered once more at the next start; nothing is lost.
        }
    }

    /** Exports to any file, with every exercise in it; refused while invalid. */
    SaveResult export(Path target) {
        SaveResult result = routines.export(editor, target);
        if (result.ok()) {
            notice.set(Notice.of(Notice.Kind.SUCCESS, messages.get("editor.notice.exported", result.file())));
        } else {
            notice.set(new Notice(Notice.Kind.ERROR, messages.get("editor.notice.not-exported"), lines(result)));
        }
        return result;
    }

    /**
     * Writes the patient handout PDF on a background thread (the foot figures are drawn on the FX thread meanwhile,
     * so this must not wait on it); {@code busy} is true until it is done. Refused while invalid.
     */
    CompletableFuture<Path> writeHandout(Path target, FootStills figures, HandoutOptions options) {
        Optional<Routine> valid = editor.valid();
        if (valid.isEmpty()) {
            notice.set(new Notice(Notice.Kind.ERROR, messages.get("editor.notice.handout-problems"),
                    editor.validation().fields().stream().map(f -> f.path() + ": " + f.message(messages)).toList()));
            return CompletableFuture.failedFuture(new IllegalStateException("the routine is not valid"));
        }
        Routine r = valid.get();
        busy.set(true);
        notice.set(Notice.of(Notice.Kind.WORKING, messages.get("editor.notice.handout-writing", target)));
        CompletableFuture<Path> done = new CompletableFuture<>();
        Runnable write = () -> {
            try {
                Handout.write(r, options, figures, target);
                done.complete(target);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        };
        CompletableFuture<Path> shown = done.whenComplete((path, error) -> Platform.runLater(() -> {
            busy.set(false);
            if (error == null) {
                notice.set(Notice.of(Notice.Kind.SUCCESS, messages.get("editor.notice.handout-saved", path)));
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                notice.set(Notice.of(Notice.Kind.ERROR, messages.get("editor.notice.handout-failed", cause.getMessage())));
            }
        }));
        handouts.execute(write);
        return shown;
    }

    private List<String> lines(SaveResult result) {
        return result.problems().stream().map(p -> p.path() + ": " + p.message(messages)).toList();
    }
}
