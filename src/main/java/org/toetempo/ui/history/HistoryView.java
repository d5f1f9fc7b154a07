package org.toetempo.ui.history;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.files.AtomicFiles;
import org.toetempo.history.CsvExport;
import org.toetempo.history.History;
import org.toetempo.history.HistoryOverview;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.Streak;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The History screen: each routine's streak against its frequency, sessions per week, pain and stiffness over time,
 * the tempo reached per routine, and every session as a list (dates in the user's zone). Export CSV asks for a file
 * and hands it to {@code onExport} (see {@link #writeCsv}).
 */
public final class HistoryView extends BorderPane {

    /** Weeks shown in the sessions-per-week chart. */
    public static final int WEEKS_SHOWN = 12;
    /** The narrowest window that shows the charts and the list two by two. */
    private static final double TWO_COLUMNS = 1000;

    private final History history;
    private final HistoryOverview overview;
    private final ZoneId zone;
    private final Function<String, Routine> routines;
    private BiFunction<Window, String, File> saveDialog = this::chooseFile;
    private final Messages text;
    private final HistoryFormat format;
    private final Button morningCheck = new Button(null, new FontIcon(Feather.SUN));
    private final HBox morningBanner;
    private final int awaitingMorning;

    /**
     * @param routines a routine by id, for names and frequencies ({@code null} for one no longer installed)
     * @param now      the current time in the user's zone: dates are shown in that zone
     * @param onExport called with the file the user chose for the CSV
     */
    public HistoryView(Messages text, History history, Function<String, Routine> routines, ZonedDateTime now,
                       Consumer<Path> onExport) {
        this.text = text;
        this.format = new HistoryFormat(text);
        morningCheck.setText(text.get("history.morning.answer"));
        this.history = history;
        this.overview = HistoryOverview.of(history, routines, now);
        this.zone = now.getZone();
        this.routines = routines;
        getStyleClass().addAll("history-screen", "history-view");
        setId("history-view");

        Label title = new Label(text.get("history.title"));
        title.getStyleClass().add("screen-title");
        Label totals = new Label(overview.totalSessions() == 0 ? text.get("history.no-sessions")
                : text.get("history.totals", overview.totalSessions(), Math.round(overview.totalActiveMinutes())));
        totals.setId("history-totals");
        totals.getStyleClass().add("screen-subtitle");
        Button export = new Button(text.get("history.export"), new FontIcon(Feather.DOWNLOAD));
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setId("export-csv");
        export.setDisable(history.size() == 0);
        export.setOnAction(e -> {
            File file = saveDialog.apply(getScene() == null ? null : getScene().getWindow(),
                    "toetempo-sessions-" + now.toLocalDate() + ".csv");
            if (file != null) {
                onExport.accept(file.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, title, totals), spacer, export);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("history-header");
        setTop(header);

        VBox page = new VBox(16);
        page.getStyleClass().add("history-page");
        awaitingMorning = history.awaitingMorningCheck(now).size();
        morningBanner = morningBanner(awaitingMorning);
        page.getChildren().add(morningBanner);
        String damage = history.report() == null || history.report().message() == null ? null
                : history.report().message().in(text);
        if (damage != null) {
            Label notice = new Label(damage, new FontIcon(Feather.ALERT_TRIANGLE));
            notice.setId("damage-notice");
            notice.getStyleClass().add("damage-notice");
            notice.setWrapText(true);
            notice.setMinHeight(Region.USE_PREF_SIZE);
            notice.setMaxWidth(Double.MAX_VALUE);
            page.getChildren().add(notice);
        }
        if (history.size() == 0) {
            Label empty = new Label(text.get("history.empty"));
            empty.setId("history-empty");
            empty.getStyleClass().add("empty-state");
            empty.setWrapText(true);
            page.getChildren().add(empty);
        } else {
            FlowPane streaks = new FlowPane(12, 12);
            streaks.setId("streaks");
            for (HistoryOverview.RoutineSummary summary : overview.routines()) {
                streaks.getChildren().add(streakCard(summary));
            }
            HistoryCharts charts = new HistoryCharts(text, format, overview);
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(16);
            List<Node> panels = List.of(panel(text.get("history.per-week"), charts.sessions()),
                    panel(text.get("history.pain-and-stiffness"), charts.pain()),
                    panel(text.get("history.tempo-reached"), charts.tempo()),
                    panel(text.get("history.sessions"), sessionList()));
            // Two columns where there is room; one below about 1000 px, where a half-width session list would cut
            // its dates and outcomes short.
            widthProperty().addListener((o, was, width) -> arrange(grid, panels, width.doubleValue() >= TWO_COLUMNS));
            arrange(grid, panels, true);
            page.getChildren().addAll(streaks, grid);
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    private static void arrange(GridPane grid, List<Node> panels, boolean twoColumns) {
        int columns = twoColumns ? 2 : 1;
        if (grid.getColumnConstraints().size() == columns && grid.getChildren().size() == panels.size()) {
            return;
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < panels.size(); i++) {
            grid.add(panels.get(i), i % columns, i / columns);
        }
    }

    /**
     * What "Answer" does on the banner shown while a recent session has no next-morning check (open the check);
     * without it the banner stays hidden.
     */
    public void setOnMorningCheck(Runnable action) {
        morningCheck.setOnAction(e -> action.run());
        morningBanner.setVisible(awaitingMorning > 0);
        morningBanner.setManaged(awaitingMorning > 0);
    }

    private HBox morningBanner(int awaiting) {
        Label question = new Label(text.get("history.morning.waiting", awaiting), new FontIcon(Feather.SUN));
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        morningCheck.setId("morning-check");
        morningCheck.getStyleClass().add(Styles.ACCENT);
        HBox.setHgrow(question, Priority.ALWAYS);
        question.setMaxWidth(Double.MAX_VALUE);
        HBox banner = new HBox(12, question, morningCheck);
        banner.setId("morning-banner");
        banner.getStyleClass().add("morning-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setVisible(false);
        banner.setManaged(false);
        return banner;
    }

    /** Replaces the file chooser (tests): window and suggested name → the file, or {@code null} when cancelled. */
    public void setSaveDialog(BiFunction<Window, String, File> dialog) {
        this.saveDialog = dialog;
    }

    public HistoryOverview overview() {
        return overview;
    }

    /**
     * Writes every session as CSV (UTF-8 with a byte order mark, for spreadsheets), atomically: a crash mid-export
     * leaves the file as it was, never half a table. The header row is in the app's language; the values read
     * alike in any.
     */
    public static void writeCsv(History history, Path file, Messages words) throws IOException {
        StringWriter table = new StringWriter();
        table.write(CsvExport.BOM);
        CsvExport.sessions(history.sessions(), table, words);
        AtomicFiles.write(file, table.toString().getBytes(StandardCharsets.UTF_8));
    }

    private File chooseFile(Window window, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("history.export.title"));
        chooser.setInitialFileName(name);
        // Not the folder the app was started from: the user's own.
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("history.export.filter"), "*.csv"));
        return chooser.showSaveDialog(window);
    }

    // ------------------------------------------------------------------ streaks

    private Node streakCard(HistoryOverview.RoutineSummary summary) {
        Label name = new Label(summary.name());
        name.getStyleClass().add("card-title");
        // A physio's "Arch Doming, gentle seated" wraps rather than losing its end.
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, name);
        card.getStyleClass().add("streak-card");
        card.setId("streak-" + summary.routineId());
        Streak streak = summary.streak();
        if (streak == null) {
            Label gone = new Label(text.get("history.streak.gone", summary.sessions()));
            gone.getStyleClass().add("hint");
            card.getChildren().add(gone);
            return card;
        }
        Label current = new Label(Integer.toString(streak.current()));
        current.setId("streak-current-" + summary.routineId());
        current.getStyleClass().add("streak-number");
        if (streak.current() > 0) {
            current.getStyleClass().add("on");
        }
        // "0 weeks in a row" after a first session reads as a failure: say what starts the streak instead.
        Label unit = new Label(streak.current() <= 0 ? text.get("history.streak.none")
                : streak.unit() == Period.DAY ? text.get("history.streak.days", streak.current())
                : text.get("history.streak.weeks", streak.current()));
        current.setVisible(streak.current() > 0);
        current.setManaged(streak.current() > 0);
        unit.getStyleClass().add("streak-unit");
        FontIcon flame = new FontIcon(streak.current() > 0 ? Feather.ZAP : Feather.ZAP_OFF);
        flame.getStyleClass().add("streak-icon");
        HBox big = new HBox(8, flame, current, unit);
        big.setAlignment(Pos.BASELINE_LEFT);
        Label best = new Label(streak.unit() == Period.DAY ? text.get("history.streak.best-days", streak.best())
                : text.get("history.streak.best-weeks", streak.best()));
        best.setId("streak-best-" + summary.routineId());
        best.getStyleClass().add("hint");
        best.setVisible(streak.best() > 0);
        best.setManaged(streak.best() > 0);
        Label progress = new Label((streak.unit() == Period.DAY
                ? text.get("history.streak.today", Math.min(streak.doneThisPeriod(), 99), streak.times())
                : text.get("history.streak.this-week", Math.min(streak.doneThisPeriod(), 99), streak.times()))
                + (streak.thisPeriodMet() ? " ✓" : ""));
        progress.setId("streak-period-" + summary.routineId());
        progress.getStyleClass().add(streak.thisPeriodMet() ? "period-met" : "period-open");
        HBox dots = new HBox(4);
        for (int i = 0; i < streak.times(); i++) {
            Region dot = new Region();
            dot.getStyleClass().addAll("goal-dot", i < streak.doneThisPeriod() ? "done" : "open");
            dots.getChildren().add(dot);
        }
        HBox goal = new HBox(8, dots, progress);
        goal.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(big, goal, best);
        return card;
    }

    // ------------------------------------------------------------------ charts

    private static VBox panel(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-heading");
        VBox box = new VBox(6, label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("history-panel");
        return box;
    }

    // ------------------------------------------------------------------ list

    private Node sessionList() {
        List<SessionRecord> newestFirst = new ArrayList<>(history.sessions());
        Collections.reverse(newestFirst);
        ListView<SessionRecord> list = new ListView<>();
        list.setId("session-list");
        list.getItems().setAll(newestFirst);
        list.setPrefHeight(280);
        list.setMinHeight(220);
        list.setCellFactory(v -> new SessionCell());
        // Open a session (click or Enter) to read its details: efforts, notes, pain, timing.
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    private void open(SessionRecord session) {
        if (session == null) {
            return;
        }
        // Its own Close: JavaFX words its stock buttons in the system's language, not the app's.
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(text.get("history.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(text.get("history.session"));
        alert.setHeaderText(session.routineName());
        alert.getDialogPane().setContent(new SessionDetails(format, session, zone, exercise -> exerciseName(session, exercise)));
        alert.getDialogPane().setId("session-dialog");
        alert.show();
    }

    private final class SessionCell extends ListCell<SessionRecord> {

        SessionCell() {
            // As wide as the list, not as its widest row: long timing lines wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SessionRecord session, boolean empty) {
            super.updateItem(session, empty);
            if (empty || session == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label when = new Label(format.dateTimeOf(session, zone));
            when.getStyleClass().add("session-date");
            Label what = new Label(session.routineName() + " · " + format.durationOf(session.activeSeconds()));
            what.getStyleClass().add("hint");
            // A narrow list wraps the date and routine; the outcome and pain pills keep their words.
            for (Label label : List.of(when, what)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox left = new VBox(1, when, what);
            left.setMinWidth(0);
            HBox.setHgrow(left, Priority.SOMETIMES);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label outcome = new Label(format.outcomeOf(session));
            outcome.setMinWidth(Region.USE_PREF_SIZE);
            outcome.getStyleClass().addAll("pill", session.completed() ? "pill-done" : "pill-partway");
            HBox row = new HBox(8, left, spacer, outcome);
            Integer pain = session.ratings() == null ? null : session.ratings().pain();
            if (pain != null) {
                Label chip = new Label(text.get("history.pain-chip", pain));
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.getStyleClass().addAll("pill", pain <= 3 ? "level-low" : pain <= 5 ? "level-mid" : "level-high");
                row.getChildren().add(chip);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            TimingSummary timing = new TimingSummary(format, session, exercise -> exerciseName(session, exercise));
            setGraphic(timing.isEmpty() ? row : new VBox(4, row, timing));
        }
    }

    private String exerciseName(SessionRecord session, String exercise) {
        Routine routine = routines.apply(session.routineId());
        return routine != null && routine.exercises().containsKey(exercise) ? routine.exercise(exercise).name() : null;
    }

    Map<String, List<HistoryOverview.TempoPoint>> tempo() {
        return overview.tempo();
    }
}
