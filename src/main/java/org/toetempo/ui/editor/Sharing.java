package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.toetempo.editor.DraftStore;
import org.toetempo.editor.EditableRoutine;
import org.toetempo.editor.ImportCheck;
import org.toetempo.editor.ImportDecision;
import org.toetempo.editor.SaveResult;
import org.toetempo.editor.RoutineBundle;
import org.toetempo.editor.UserRoutines;
import org.toetempo.handout.FootStills;
import org.toetempo.files.AtomicFiles;
import org.toetempo.handout.CalendarFile;
import org.toetempo.handout.Handout;
import org.toetempo.handout.HandoutOptions;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedLength;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sharing actions the library needs besides the editor: Import… (a file chooser), routine files dropped onto
 * the window, "Print handout…" for any routine, and offering back the autosave drafts a crash left. Imports are
 * checked by {@link UserRoutines} as untrusted files (size, format, path tricks, validity) before anything is written;
 * an id clash is asked about (import under a free id, or replace your own routine of that id). Its questions and
 * reports are in the language the app runs in.
 */
public final class Sharing {

    /** The width texts wrap at: a dialog grows downwards for a longer language. */
    private static final double WIDTH = 520;

    private final Messages messages;

    public Sharing(Messages messages) {
        this.messages = messages;
    }

    // ------------------------------------------------------------------ import

    /** Import…: asks for routine files and imports each; returns the ids of the routines imported. */
    public List<String> chooseAndImport(Window owner, UserRoutines routines) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("sharing.import-title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("sharing.import-files",
                RoutineBundle.EXTENSION), "*.json", "*" + RoutineBundle.EXTENSION));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        return importFiles(owner, routines, files.stream().map(File::toPath).toList());
    }

    /** Imports files (from Import… or a drop), asking about id clashes and saying why a file was refused. */
    public List<String> importFiles(Window owner, UserRoutines routines, List<Path> files) {
        List<String> ids = importFiles(routines, files, check -> askAboutClash(owner, check), (file, why) -> refused(owner, file, why));
        if (!ids.isEmpty()) {
            info(owner, messages.get("sharing.imported-title"), imported(ids.size()), importedText(ids, routines.folder()));
        }
        return ids;
    }

    /** "One routine imported", "3 routines imported". */
    String imported(int count) {
        return messages.get("sharing.imported", count);
    }

    /** Which ids, and where the files now are: the user may want to find them again. */
    String importedText(List<String> ids, Path folder) {
        return messages.get("sharing.imported-text", String.join(", ", ids), folder.toString());
    }

    /**
     * The import itself, with the questions and the reports as functions (tests answer them).
     *
     * @param decide what to do about a clash (empty: don't import this one)
     * @param report told why a file was not imported
     */
    List<String> importFiles(UserRoutines routines, List<Path> files,
                                    Function<ImportCheck, Optional<ImportDecision>> decide, BiConsumer<Path, String> report) {
        List<String> imported = new ArrayList<>();
        for (Path file : files) {
            ImportCheck check = routines.checkImport(file);
            if (!check.ok()) {
                report.accept(file, describe(check.problems()));
                continue;
            }
            Optional<ImportDecision> decision = check.clash() == ImportCheck.Clash.NONE
                    ? Optional.of(new ImportDecision.AsIs()) : decide.apply(check);
            if (decision.isEmpty()) {
                continue;
            }
            SaveResult result = routines.importRoutine(check, decision.get());
            if (result.ok()) {
                String name = result.file().getFileName().toString();
                imported.add(name.substring(0, name.length() - ".json".length()));
            } else {
                report.accept(file, describe(result.problems()));
            }
        }
        return imported;
    }

    /** The clash question: import under a free id, replace your own routine (never a built-in one), or not at all. */
    Optional<ImportDecision> askAboutClash(Window owner, ImportCheck check) {
        // The copy's id is in the question above: a button naming it would be cut short.
        ButtonType rename = new ButtonType(messages.get("sharing.clash-copy"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(messages.get("sharing.clash-replace"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("sharing.clash-cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = check.canReplace()
                ? new Alert(Alert.AlertType.CONFIRMATION, "", rename, replace, cancel)
                : new Alert(Alert.AlertType.CONFIRMATION, "", rename, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("sharing.clash-title", check.routine().name()));
        alert.setHeaderText(messages.get("sharing.clash-header"));
        alert.getDialogPane().setContent(wrapped(question(check)));
        fitToTexts(alert);
        alert.getDialogPane().setId("import-clash-dialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == rename) {
            return Optional.of(new ImportDecision.Rename(check.freeId()));
        }
        if (answer == replace) {
            return Optional.of(new ImportDecision.Replace());
        }
        return Optional.empty();
    }

    /** What the user is asked about an id that is taken, with the free id the copy would get. */
    String question(ImportCheck check) {
        return switch (check.clash()) {
            case NONE -> messages.get("sharing.question-none", check.routine().name(), check.routine().id());
            case USER_ROUTINE -> messages.get("sharing.question-mine", check.routine().id(), check.clashWith(), check.freeId());
            case BUILT_IN -> messages.get("sharing.question-built-in", check.routine().id(), check.clashWith(), check.freeId());
        };
    }

    private void refused(Window owner, Path file, String why) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", close());
        alert.initOwner(owner);
        alert.setTitle(messages.get("sharing.refused-title"));
        alert.setHeaderText(messages.get("sharing.refused-header", file.getFileName().toString()));
        alert.getDialogPane().setContent(wrapped(why));
        alert.getDialogPane().setId("import-refused-dialog");
        fitToTexts(alert);
        alert.showAndWait();
    }

    /** The problems, one a line: "line 3, column 9 · $.id: message", at most 12. */
    String describe(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem p : problems) {
            if (lines.size() == 12) {
                lines.add(messages.get("sharing.more-problems", problems.size() - 12));
                break;
            }
            String what = (p.path() == null || p.path().equals("$") ? "" : p.path() + ": ") + p.message();
            lines.add(p.line() > 0 ? messages.get("sharing.problem-at", p.line(), p.column(), what) : what);
        }
        return String.join("\n", lines);
    }

    /**
     * Makes a node (the window's root) take routine files dragged onto it: it accepts a drag that holds .json files
     * and hands them to {@code onFiles} (e.g. {@code files -> importFiles(stage, routines, files)}, then reload).
     */
    public static void acceptDroppedRoutines(Node target, Consumer<List<Path>> onFiles) {
        acceptDrops(target::addEventHandler, target::addEventHandler, onFiles);
    }

    /** As {@link #acceptDroppedRoutines(Node, Consumer)}, for the whole window whatever screen it shows. */
    public static void acceptDroppedRoutines(Scene target, Consumer<List<Path>> onFiles) {
        acceptDrops(target::addEventHandler, target::addEventHandler, onFiles);
    }

    private interface Registrar {
        void add(EventType<DragEvent> type, EventHandler<DragEvent> handler);
    }

    private static void acceptDrops(Registrar over, Registrar dropped, Consumer<List<Path>> onFiles) {
        over.add(DragEvent.DRAG_OVER, e -> {
            if (!routineFiles(e.getDragboard()).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        dropped.add(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = routineFiles(e.getDragboard());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) {
                // After the drop has finished: the import may ask questions.
                Platform.runLater(() -> onFiles.accept(files));
            }
        });
    }

    static List<Path> routineFiles(Dragboard board) {
        if (board == null || !board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json")
                        || f.getName().toLowerCase(Locale.ROOT).endsWith(RoutineBundle.EXTENSION))
                .map(File::toPath).toList();
    }

    // ------------------------------------------------------------------ drafts

    /**
     * At start: offers the newest autosave draft a crash left ("Restore" opens it in the editor, "Discard" deletes
     * it, "Later" leaves it for next time), from {@code drafts} (newest first, read off the FX thread by the caller).
     * Call it again to offer the next one.
     */
    public Optional<EditableRoutine> offerDraft(Window owner, UserRoutines routines, List<DraftStore.Draft> drafts) {
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        DraftStore.Draft draft = drafts.get(0);
        ButtonType restore = new ButtonType(messages.get("sharing.draft-restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("sharing.draft-discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("sharing.draft-later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle(messages.get("sharing.draft-title"));
        String name = draft.routine().name();
        alert.setHeaderText(name == null || name.isBlank() ? messages.get("sharing.draft-header-unnamed")
                : messages.get("sharing.draft-header", name));
        alert.getDialogPane().setContent(wrapped(messages.get("sharing.draft-text",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                        .withZone(ZoneId.systemDefault()).format(draft.savedAt()))));
        alert.getDialogPane().setId("draft-dialog");
        fitToTexts(alert);
        ButtonType answer = alert.showAndWait().orElse(later);
        if (answer == restore) {
            return Optional.of(routines.restore(draft));
        }
        if (answer == discard) {
            try {
                routines.drafts().discard(draft);
            } catch (IOException ignored) {
                // Offered again next time.
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ handout

    /**
     * Print handout… for any routine (a built-in one too): asks where to save the PDF, writes it on
     * {@code background} (the foot figures are drawn on the FX thread meanwhile, so this must not be waited for
     * there), then says where it is. The future completes on the FX thread, after the message.
     */
    public CompletableFuture<Path> printHandout(Window owner, Routine routine, Executor background) {
        return printHandout(owner, routine, HandoutOptions.defaults(), background);
    }

    /** Print handout… as the user plays it: the stage and levels of {@code play}, over {@code options} (the videos). */
    public CompletableFuture<Path> printHandout(Window owner, Routine routine, PlayOptions play,
                                                       HandoutOptions options, Executor background) {
        return printHandout(owner, routine, options.withStage(play.stage()).withLevels(play.levels()), background);
    }

    /** As {@link #printHandout(Window, Routine, Executor)}, with options (e.g. where the exercises' videos are, for stills). */
    public CompletableFuture<Path> printHandout(Window owner, Routine routine, HandoutOptions options,
                                                Executor background) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("sharing.handout-title"));
        chooser.setInitialFileName(routine.id() + "-handout.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("sharing.handout-files"), "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return CompletableFuture.completedFuture(null);
        }
        return writeHandout(routine, options, file.toPath(), background,
                path -> info(owner, messages.get("sharing.handout-saved-title"), messages.get("sharing.handout-saved"),
                        path.toString()),
                error -> info(owner, messages.get("sharing.handout-failed-title"), messages.get("sharing.handout-failed"),
                        error));
    }

    static CompletableFuture<Path> writeHandout(Routine routine, Path target, Executor background,
                                                Consumer<Path> done, Consumer<String> failed) {
        return writeHandout(routine, HandoutOptions.defaults(), target, background, done, failed);
    }

    static CompletableFuture<Path> writeHandout(Routine routine, HandoutOptions options, Path target, Executor background,
                                                Consumer<Path> done, Consumer<String> failed) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                Handout.write(routine, options, FootStills.MODEL, target);
                Platform.runLater(() -> {
                    done.accept(target);
                    result.complete(target);
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    failed.accept(String.valueOf(e.getMessage()));
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    // ------------------------------------------------------------------ calendar

    /**
     * Add to calendar…: asks where to save an .ics file with the routine's sessions as repeating events (from
     * tomorrow, at 18:00 local time), writes it atomically and says where it is and what to do with it.
     */
    public Path addToCalendar(Window owner, Routine routine, PlayOptions play) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("sharing.calendar-title", routine.name()));
        chooser.setInitialFileName(routine.id() + ".ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("sharing.calendar-files"), "*.ics"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        try {
            Path written = writeCalendar(routine, play, file.toPath(), LocalDate.now().plusDays(1), Instant.now());
            info(owner, messages.get("sharing.calendar-saved-title"), messages.get("sharing.calendar-saved"),
                    messages.get("sharing.calendar-saved-text", written.toString(), often(frequencyOf(routine, play))));
            return written;
        } catch (IOException e) {
            info(owner, messages.get("sharing.calendar-failed-title"), messages.get("sharing.calendar-failed"),
                    String.valueOf(e.getMessage()));
            return null;
        }
    }

    Path writeCalendar(Routine routine, PlayOptions play, Path target, LocalDate from, Instant now) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(messages.get("sharing.calendar-folder", target.toString()));
        }
        byte[] ics = CalendarFile.ics(routine, frequencyOf(routine, play), PlayedLength.seconds(routine, play), from,
                LocalTime.of(18, 0), now, messages);
        AtomicFiles.write(target, ics);
        return target;
    }

    /** The frequency of the stage the user is at, else the routine's. */
    private static Frequency frequencyOf(Routine routine, PlayOptions play) {
        String stage = play.stage() != null ? play.stage() : routine.stages().isEmpty() ? null : routine.stages().get(0).id();
        return routine.stages().stream().filter(s -> s.id().equals(stage) && s.frequency() != null)
                .map(Stage::frequency).findFirst().orElse(routine.frequency());
    }

    /** "Daily", "Twice a week": how often the calendar reminds. */
    String often(Frequency frequency) {
        return frequency.per() == Period.DAY ? messages.get("sharing.often-day", frequency.times())
                : messages.get("sharing.often-week", frequency.times());
    }

    private void info(Window owner, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(messages.get("sharing.ok"),
                ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(wrapped(text));
        alert.getDialogPane().setId("sharing-info-dialog");
        fitToTexts(alert);
        alert.show();
    }

    private ButtonType close() {
        return new ButtonType(messages.get("sharing.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** The dialog grows to its texts (German's are longer) rather than cutting them short with "…". */
    private static void fitToTexts(Alert alert) {
        DialogPane pane = alert.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMinWidth(Region.USE_PREF_SIZE);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // A dialog sizes itself to its content's preferred width: a wrapping label must ask for no more than this.
        label.setPrefWidth(WIDTH);
        label.setMaxWidth(WIDTH);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
