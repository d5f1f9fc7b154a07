package org.toetempo.ui.history;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.history.Effort;
import org.toetempo.history.History;
import org.toetempo.history.LoadReport;
import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.settings.Settings;
import org.toetempo.text.Phrase;
import org.toetempo.ui.Screenshots;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.ui.history.HistoryFixtures.at;
import static org.toetempo.ui.history.HistoryFixtures.played;
import static org.toetempo.ui.history.HistoryFixtures.rated;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    /** Wednesday 20 March 2024, midday in London. */
    static final ZonedDateTime NOW = at("2024-03-20T12:00");

    private final List<Path> exports = new ArrayList<>();
    private Stage stage;
    private Scene scene;
    private HistoryView view;

    /**
     * Musical Toes (twice a week): three weeks met in February a week missed (one session stopped
     * at a fifth, which does not count), then two weeks met and one session so
     * far this week: current streak 2 weeks, best 3. Toe Fan (three times a week): one session last week.
     */
    static History fixture(LoadReport report) {
        List<SessionRecord> sessions = new ArrayList<>();
        String[] musical = {"2024-02-05T07:30", "2024-02-08T07:30", "2024-02-12T07:30", "2024-02-15T18:00",
            "2024-02-19T07:30", "2024-02-24T09:00", "2024-03-04T07:30", "2024-03-07T07:30", "2024-03-11T07:30",
            "2024-03-17T21:30", "2024-03-19T07:30"};
        int[] pain = {3, 2, 2, 3, 1, 2, 1, 1, 0, 1, 0};
        int[] stiffness = {4, 4, 3, 3, 3, 2, 2, 2, 1, 2, 1};
        for (int i = 0; i < musical.length; i++) {
            SessionRecord session = played("musical-toes", at(musical[i]), 1.0);
            sessions.add(rated(session, i < 6 ? Effort.JUST_RIGHT : Effort.EASY, pain[i], stiffness[i]));
        }
        sessions.add(played("toe-fan-routine", at("2024-03-12T19:00")));
        // Stopped at a fifth: does not count, so the week of 26 February still breaks the streak.
        sessions.add(played("musical-toes", at("2024-03-01T07:30"), 0.2));
        return new History(sessions, report);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(fixture(null), Settings.Theme.LIGHT);
    }

    private void show(History history, Settings.Theme theme) {
        view = new HistoryView(Messages.of(Language.ENGLISH), history, id -> HistoryFixtures.LIBRARY.find(id).orElse(null), NOW, exports::add);
        scene = new Scene(view, 1280, 900);
        HistoryFixtures.style(scene, theme);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheStreaksAgainstEachRoutinesFrequency(FxRobot robot) {
        robot.interact(() -> Screenshots.save(scene, "history"));
        assertThat(robot.lookup("#streak-current-musical-toes").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#streak-best-musical-toes").queryAs(Label.class).getText()).isEqualTo("Best 3 weeks");
        assertThat(robot.lookup("#streak-period-musical-toes").queryAs(Label.class).getText()).isEqualTo("1 of 2 this week");
        assertThat(robot.lookup("#streak-current-toe-fan-routine").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#history-totals").queryAs(Label.class).getText()).startsWith("13 sessions");
        assertThat(robot.lookup("#damage-notice").tryQuery()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chartsTheWeeksThePainAndTheTempo(FxRobot robot) {
        BarChart<String, Number> weeks = robot.lookup("#sessions-chart").queryAs(BarChart.class);
        assertThat(weeks.getData()).hasSize(1);
        List<Number> perWeek = weeks.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
        // Every week from the first session's to this one; Feb 26 with one short session; this week so far: one Musical Toes.
        assertThat(perWeek).containsExactly(2, 2, 2, 1, 2, 3, 1);

        LineChart<Number, Number> pain = robot.lookup("#pain-chart").queryAs(LineChart.class);
        assertThat(pain.getData()).extracting(XYChart.Series::getName).containsExactly("Pain", "Stiffness");
        assertThat(pain.getData().get(0).getData()).hasSize(11);
        assertThat(pain.getData().get(0).getData().get(0).getYValue()).isEqualTo(3);

        LineChart<Number, Number> tempo = robot.lookup("#tempo-chart").queryAs(LineChart.class);
        assertThat(tempo.getData()).extracting(XYChart.Series::getName).containsExactlyInAnyOrder("Musical Toes", "Toe Fan");

        ListView<SessionRecord> list = robot.lookup("#session-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(13);
        assertThat(list.getItems().get(0).routineId()).isEqualTo("musical-toes");  // newest first
    }

    @Test
    void datesAreShownInTheUsersZone(FxRobot robot) {
        // 21:30 on Sunday 17 March in London is 17:30 in New York.
        ZonedDateTime ny = NOW.withZoneSameInstant(ZoneId.of("America/New_York"));
        robot.interact(() -> {
            view = new HistoryView(Messages.of(Language.ENGLISH), fixture(null), id -> HistoryFixtures.LIBRARY.find(id).orElse(null), ny, exports::add);
            scene.setRoot(view);
        });
        robot.interact(() -> { });
        assertThat(robot.lookup(".session-date").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Sun 17 Mar 2024, 17:30");
    }

    @Test
    void reportsDamagedRecordsAndExportsCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        LoadReport report = new LoadReport(13, List.of(new LoadReport.Damage(4096, 87, "bad checksum")),
                dir.resolve("sessions-damaged-1.log"),
                Phrase.literal("One damaged record in your history was set aside (in sessions-damaged-1.log); every other "
                        + "session is here."));
        Path target = dir.resolve("out.csv");
        robot.interact(() -> {
            show(fixture(report), Settings.Theme.DARK);
            view.setSaveDialog((window, name) -> {
                assertThat(name).isEqualTo("toetempo-sessions-2024-03-20.csv");
                return target.toFile();
            });
        });
        assertThat(robot.lookup("#damage-notice").queryAs(Label.class).getText()).contains("set aside");
        robot.interact(() -> Screenshots.save(scene, "history-dark"));
        robot.clickOn("#export-csv");
        assertThat(exports).containsExactly(target);

        HistoryView.writeCsv(fixture(null), target, Messages.of(Language.ENGLISH));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFsession_id,date");
        assertThat(lines).hasSize(14);
        HistoryView.writeCsv(fixture(null), target, Messages.of(Language.GERMAN));
        List<String> german = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(german.get(0)).startsWith("\uFEFFSitzungs-ID,Datum,Beginn,Ende");
        // Only the header row changes; the values read alike (each fixture gives its sessions new ids).
        assertThat(german.subList(1, german.size()).stream().map(row -> row.substring(row.indexOf(','))).toList())
                .isEqualTo(lines.subList(1, lines.size()).stream().map(row -> row.substring(row.indexOf(','))).toList());
    }

    @Test
    void aSessionsTimingSelfCheckShowsUnderIt(FxRobot robot) {
        List<SessionRecord> sessions = new ArrayList<>(fixture(null).sessions());
        sessions.add(played("musical-toes", at("2024-03-20T07:30")).withTiming(List.of(
                new TimingCheck(0, "single-big-toe-raise", 8, -12.4, 21.0),
                new TimingCheck(1, "double-big-toe-raise", 3, 95.0, 10.0))));
        robot.interact(() -> show(new History(sessions, null), Settings.Theme.LIGHT));

        assertThat(robot.lookup(".timing-line").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "Single Big Toe Raise · Slow: 12 ms early (8 taps, spread 21 ms)",
                "Double Big Toe Raise · Fast: 95 ms late (3 taps, spread 10 ms)");
        assertThat(robot.lookup(".timing-summary .pill").queryAllAs(Label.class)).extracting(Label::getText)
                .as("three taps are too few for a verdict").containsExactly("On the beat");
        robot.interact(() -> Screenshots.save(scene, "history-timing"));
    }

    @Test
    void anEmptyHistorySaysWhatWillAppear(FxRobot robot) {
        robot.interact(() -> show(History.empty(), Settings.Theme.LIGHT));
        assertThat(robot.lookup("#history-empty").tryQuery()).isPresent();
        assertThat(robot.lookup("#export-csv").queryButton().isDisabled()).isTrue();
    }
}
