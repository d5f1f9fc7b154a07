package org.toetempo.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.toetempo.files.AppPaths;
import org.toetempo.history.History;
import org.toetempo.history.HistoryStore;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.ui.history.HistoryView;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The history screen, built each time it is opened from the files read in the background; its CSV export. */
final class HistoryScreen {

    private final MainWindow window;
    private final HistoryStore history;
    private final Supplier<RoutineLibrary> routines;
    private final Workers workers;
    private final Runnable toLibrary;
    private final Consumer<Runnable> morningCheck;

    /**
     * @param morningCheck asks the morning-after question for the sessions waiting for it, then runs what it is given
     */
    HistoryScreen(MainWindow window, HistoryStore history, Supplier<RoutineLibrary> routines, Workers workers,
                  Runnable toLibrary, Consumer<Runnable> morningCheck) {
        this.window = window;
        this.history = history;
        this.routines = routines;
        this.workers = workers;
        this.toLibrary = toLibrary;
        this.morningCheck = morningCheck;
    }

    private record HistoryAndRoutines(History history, RoutineLibrary routines) {
    }

    void show() {
        workers.background().run(() -> new HistoryAndRoutines(history.load(), routines.get()), this::show,
                e -> window.error(window.text().get("screens.history.unreadable", e.getMessage())));
    }

    private void show(HistoryAndRoutines read) {
        History loaded = read.history();
        RoutineLibrary all = read.routines();
        HistoryView view = new HistoryView(window.text(), loaded, id -> all.find(id).orElse(null), ZonedDateTime.now(),
                path -> exportCsv(loaded, path));
        view.setOnMorningCheck(() -> morningCheck.accept(this::show));
        Button back = new Button(window.text().get("screens.history.back"));
        back.setId("history-back");
        back.setOnAction(e -> toLibrary.run());
        BorderPane page = new BorderPane(view);
        HBox bar = new HBox(back);
        bar.getStyleClass().add("app-header");
        page.setTop(bar);
        window.show(page);
    }

    private void exportCsv(History loaded, Path path) {
        try {
            new AppPaths(history.directory().getParent()).refuseOwnFile(path);
            HistoryView.writeCsv(loaded, path, window.text());
            Alert done = window.alert(Alert.AlertType.INFORMATION, window.text().get("screens.history.exported-header"),
                    window.text().get("screens.history.exported", loaded.sessions().size(), path.toString()), ButtonType.OK);
            done.setTitle(window.text().get("screens.history.exported-title"));
            done.getDialogPane().setId("csv-exported-dialog");
            done.show();
        } catch (IOException e) {
            window.error(window.text().get("screens.write-failed", path.toString(), e.getMessage()));
        }
    }
}
