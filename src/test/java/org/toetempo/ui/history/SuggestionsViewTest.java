package org.toetempo.ui.history;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.history.Effort;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.progress.Change;
import org.toetempo.progress.Coach;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.Suggestion;
import org.toetempo.routine.Routine;
import org.toetempo.ui.Screenshots;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SuggestionsViewTest {

    static final Suggestion HOLD_LONGER = new Suggestion("P1:arch-doming:short-foot", "P1", Suggestion.Kind.PROGRESS,
            "arch-doming", "short-foot", "Short foot: hold 10 s",
            "Short foot felt easy twice running with pain of 3 or less. Rule P1: hold 5 s longer.",
            List.of("Keep the toes long and relaxed: if they claw, go back to 5 s."),
            List.of(new Change.SetHold("short-foot", 5, 10)), false);
    static final Suggestion SAME_DOSE = new Suggestion("R2:arch-doming", "R2", Suggestion.Kind.HOLD, "arch-doming", null,
            "Keep the same dose this week", "Pain of 4 last session. Rule R2: no progression this week.",
            List.of(), List.of(), false);
    static final Suggestion FEWER_REPS = new Suggestion("R7:arch-doming:toe-grip-doming", "R7", Suggestion.Kind.REGRESS,
            "arch-doming", "toe-grip-doming", "Toe grip doming: 7 reps",
            "A cramp came on last time. Rule R7: about 30% fewer reps until it settles.",
            List.of("Cramp is common at first: stop, stretch gently, then carry on."),
            List.of(new Change.SetReps("toe-grip-doming", 10, 7, -3)), false);

    private final List<Suggestion> accepted = new ArrayList<>();
    private final List<Suggestion> setAside = new ArrayList<>();
    private final AtomicInteger continued = new AtomicInteger();
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SuggestionsView view = new SuggestionsView(Messages.of(Language.ENGLISH), "Arch Doming", List.of(HOLD_LONGER, SAME_DOSE, FEWER_REPS),
                s -> {
                    accepted.add(s);
                    return null;
                }, setAside::add, continued::incrementAndGet);
        scene = new Scene(view, 1000, 760);
        HistoryFixtures.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void acceptCallsBackWithTheSuggestion(FxRobot robot) {
        robot.interact(() -> Screenshots.save(scene, "suggestions"));
        robot.clickOn("#suggestion-P1_arch-doming_short-foot #accept");
        assertThat(accepted).containsExactly(HOLD_LONGER);
        assertThat(robot.lookup("#suggestion-P1_arch-doming_short-foot .status").queryAs(Label.class).getText())
                .isEqualTo("Accepted");
        assertThat(robot.lookup("#suggestion-P1_arch-doming_short-foot #accept").queryButton().isDisabled()).isTrue();

        robot.clickOn("#suggestion-R7_arch-doming_toe-grip-doming #not-now");
        assertThat(setAside).containsExactly(FEWER_REPS);
        assertThat(robot.lookup("#suggestion-R7_arch-doming_toe-grip-doming").tryQuery()).isEmpty();
        robot.interact(() -> Screenshots.save(scene, "suggestions-accepted"));

        robot.clickOn("#start-session");
        assertThat(continued).hasValue(1);
        assertThat(accepted).containsExactly(HOLD_LONGER);
    }

    @Test
    void showsEachReasonRuleAndSafetyNote(FxRobot robot) {
        List<String> texts = robot.lookup(n -> n instanceof Label).queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Hold: 5 s → 10 s",
                "Keep the toes long and relaxed: if they claw, go back to 5 s.", "Reps per set: 10 → 7");
        // Issue 15: no internal rule codes or ids in what the user reads.
        assertThat(texts).noneMatch(t -> t.matches("(?s).*\\b[RP]\\d+\\b.*") || t.contains("arch-doming"));
        // Ordered stop, regress, hold, progress.
        assertThat(texts.indexOf("Toe grip doming: 7 reps")).isLessThan(texts.indexOf("Short foot: hold 10 s"));
    }

    @Test
    void theGermanAppShowsTheCoachsWordsInGerman(FxRobot robot) {
        Routine arch = Fixtures.routine("arch-doming");
        List<SessionRecord> sessions = new ArrayList<>();
        for (int day = 2; day <= 3; day++) {
            SessionRecord played = Fixtures.played(arch, ProgressPlan.EMPTY, Fixtures.at("2026-11-0" + day + "T08:00"));
            sessions.add(Fixtures.rated(played, Effort.HARD, 7, 7));
        }
        List<Suggestion> coached = Coach.suggest(arch, History.of(sessions), ProgressPlan.EMPTY, Fixtures.at("2026-11-04T08:00"));
        robot.interact(() -> {
            Scene german = new Scene(new SuggestionsView(Messages.of(Language.GERMAN), "Gewölbe-Training", coached,
                    s -> null, s -> { }, () -> { }), 1000, 760);
            HistoryFixtures.style(german);
            stage.setScene(german);
            Screenshots.save(german, "suggestions-de");
        });
        List<String> texts = robot.lookup(n -> n instanceof Label).queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("Der Schmerz lag letztes Mal bei „"))
                .anyMatch(t -> t.startsWith("Schmerz bis 3/10 ist in Ordnung"))
                .noneMatch(t -> t.contains("Rule") || t.contains("Reps per set") || t.contains("Hold:"));
    }
}
