package org.toetempo.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.toetempo.history.HistoryStore;
import org.toetempo.history.SessionJournal;
import org.toetempo.history.SessionRecord;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.text.Phrase;
import org.toetempo.ui.history.MorningCheckView;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the app tells and asks once its window shows: what went wrong reading the user's files, and the
 * next-morning check of a recent session. Both read in the background.
 */
final class StartupChecks {

    private final MainWindow window;
    private final HistoryStore history;
    private final ProgressPlanStore progress;
    private final SessionJournal journal;
    private final Workers workers;
    private final BooleanSupplier onLibrary;
    private final Runnable toLibrary;
    private boolean morningAsked;

    /**
     * @param onLibrary whether the library is still what the window shows (the user has not moved on)
     */
    StartupChecks(MainWindow window, HistoryStore history, ProgressPlanStore progress, SessionJournal journal,
                  Workers workers, BooleanSupplier onLibrary, Runnable toLibrary) {
        this.window = window;
        this.history = history;
        this.progress = progress;
        this.journal = journal;
        this.workers = workers;
        this.onLibrary = onLibrary;
        this.toLibrary = toLibrary;
    }

    /** What went wrong reading the user's files at start-up, told once the window shows; empty when all was well. */
    List<String> notices() {
        List<String> notices = new ArrayList<>();
        if (window.settings().notice() != null) {
            notices.add(window.settings().notice().in(window.text()));
        }
        // Read on io at start (the library's levels) before these checks run there: a damaged plan was set aside.
        if (progress.notice() != null) {
            notices.add(progress.notice().in(window.text()));
        }
        try {
            // The first load repairs a damaged log: its report is told here, or the History screen would just
            // show fewer sessions.
            Phrase repaired = history.load().report().message();
            if (repaired != null) {
                notices.add(repaired.in(window.text()));
            }
        } catch (IOException | RuntimeException e) {
            notices.add(window.text().get("screens.notices.history-unreadable", e.getMessage()));
        }
        try {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(window.text().locale());
            journal.recover().ifPresent(r -> notices.add(window.text().get("screens.notices.recovered", r.routineName(),
                    when.format(r.localStart()))));
        } catch (IOException | RuntimeException e) {
            notices.add(window.text().get("screens.notices.recovery-failed", e.getMessage()));
        }
        return notices;
    }

    /** Shows {@link #notices()}, if any, in one alert; the files are read in the background. */
    void showNotices() {
        workers.background().run(this::notices, notices -> {
            if (!notices.isEmpty()) {
                Alert alert = window.alert(Alert.AlertType.INFORMATION, window.text().get("screens.notices.header"),
                        String.join("\n\n", notices), ButtonType.OK);
                alert.getDialogPane().setMinWidth(560);
                alert.show();
            }
        }, failed -> { });
    }

    /**
     * On start: the next-morning check, once a run, when a recent session is waiting for it (not over the welcome).
     * The history is read in the background; the check replaces the library only if the user has not moved on.
     */
    void morningCheckIfDue() {
        if (morningAsked || !window.settings().get().welcomed()) {
            return;
        }
        workers.background().run(this::awaitingMorningCheck, sessions -> {
            if (!sessions.isEmpty() && !morningAsked && onLibrary.getAsBoolean()) {
                showMorningCheck(sessions, toLibrary);
            }
        }, failed -> { });
    }

    /** Asks how the foot is the morning after; saves the answer for every session waiting for it, then {@code then}. */
    void showMorningCheck(Runnable then) {
        workers.background().run(this::awaitingMorningCheck, sessions -> showMorningCheck(sessions, then), failed -> then.run());
    }

    private List<SessionRecord> awaitingMorningCheck() {
        try {
            return history.load().awaitingMorningCheck(ZonedDateTime.now());
        } catch (IOException e) {
            return List.of();
        }
    }

    private void showMorningCheck(List<SessionRecord> sessions, Runnable then) {
        if (sessions.isEmpty()) {
            then.run();
            return;
        }
        morningAsked = true;
        window.show(new MorningCheckView(window.text(), sessions, ZonedDateTime.now(), (pain, stiffness) -> {
            try {
                history.morningCheck(sessions.stream().map(SessionRecord::id).toList(), pain, stiffness);
            } catch (IOException | RuntimeException e) {
                window.error(window.text().get("screens.morning.save-failed", e.getMessage()));
            }
            then.run();
        }, then));
    }
}
