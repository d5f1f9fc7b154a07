package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.toetempo.history.Effort;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.LONDON;
import static org.toetempo.history.Fixtures.at;

/** The coach's suggestions as the German app words them; the English stays as the coach's tests read it. */
class CoachInGermanTest {

    private static final Messages GERMAN = Messages.of(Language.GERMAN);
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    private static List<SessionRecord> days(Routine routine, String firstDay, int count, Effort effort, int pain) {
        List<SessionRecord> out = new ArrayList<>();
        LocalDate day = LocalDate.parse(firstDay);
        for (int i = 0; i < count; i++) {
            SessionRecord played = Fixtures.played(routine, ProgressPlan.EMPTY, day.plusDays(i).atTime(8, 0).atZone(LONDON));
            out.add(Fixtures.rated(played, effort, pain, pain));
        }
        return out;
    }

    private static Suggestion only(List<Suggestion> suggestions, String rule, String exercise) {
        return suggestions.stream().filter(s -> s.rule().equals(rule) && exercise.equals(s.exercise())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + suggestions.stream().map(Suggestion::id).toList()));
    }

    @Test
    void aLongerHoldReadsInGermanOnTheScreenAndInEnglishForTheTests() {
        Routine arch = Fixtures.routine("arch-doming");
        List<Suggestion> suggestions = Coach.suggest(arch, History.of(days(arch, "2026-11-02", 2, Effort.EASY, 2)),
                ProgressPlan.EMPTY, at("2026-11-04T08:00"));
        Suggestion hold = only(suggestions, "P1", "short-foot");

        assertThat(hold.userTitle(GERMAN)).endsWith(": 10 s halten");
        assertThat(hold.userReason(GERMAN)).startsWith("Sie haben „").contains("als leicht bewertet")
                .contains("Ein wenig mehr: 5 s länger halten").doesNotContain("Rule").doesNotContain("P1");
        assertThat(hold.changes().get(0).describe(GERMAN)).isEqualTo("Halten: 5 s → 10 s");

        assertThat(hold.title()).endsWith(": hold 10 s");
        assertThat(hold.reason()).contains("Rule P1: a little more: 5 s longer holds");
        assertThat(hold.userTitle(ENGLISH)).isEqualTo(hold.userTitle());
        assertThat(hold.changes().get(0).describe()).isEqualTo("Hold: 5 s → 10 s");
    }

    @Test
    void hardSessionsAndPainReadInGerman() {
        Routine arch = Fixtures.routine("arch-doming");
        List<Suggestion> suggestions = Coach.suggest(arch, History.of(days(arch, "2026-11-02", 2, Effort.HARD, 7)),
                ProgressPlan.EMPTY, at("2026-11-04T08:00"));
        assertThat(suggestions).isNotEmpty();
        for (Suggestion suggestion : suggestions) {
            String german = String.join("\n", suggestion.userTitle(GERMAN), suggestion.userReason(GERMAN),
                    String.join("\n", suggestion.changes().stream().map(c -> c.describe(GERMAN)).toList()));
            // Exercise names and the exercises' own safety notes are the routine's texts, not the coach's.
            assertThat(german).as(suggestion.id()).doesNotContain("Rule", "rule", "you", "pain", "reps", "Level:");
        }
        Suggestion cut = only(suggestions, "R3", "short-foot");
        assertThat(cut.userReason(GERMAN)).startsWith("Der Schmerz lag letztes Mal bei „").contains("bei 7/10, also über 5/10")
                .endsWith("um etwa 40 %.");
        assertThat(cut.safety(GERMAN).get(0)).startsWith("Schmerz bis 3/10 ist in Ordnung");
        assertThat(cut.safety().get(0)).startsWith("Pain up to 3/10 is fine");
    }

    @Test
    void everyChangeReadsInGermanWithGermanNumbers() {
        List<Change> changes = List.of(
                new Change.SetLevel("x", "a", "b", "Sitzend", "Stehend", LocalDate.of(2026, 12, 14)),
                new Change.SetReps("x", 8, 10, 2),
                new Change.SetHold("x", 7.5, 10),
                new Change.ExtraSet("x", null, Side.LEFT),
                new Change.ExtraSet("x", Side.LEFT, null),
                new Change.SetBlockBpm(0, "Schnell", 60, 67.5),
                new Change.SetStage("a", "b", "Woche 1–2", "Woche 3–4", null),
                new Change.RepeatWeek("a", "Woche 1–2"),
                new Change.Pause("x"), new Change.Resume("x"), new Change.Skip("x"), new Change.LockImpact());
        assertThat(changes.stream().map(c -> c.describe(GERMAN)).toList()).containsExactly(
                "Stufe: Sitzend → Stehend (für eine Woche)",
                "Wiederholungen pro Satz: 8 → 10",
                "Halten: 7,5 s → 10 s",
                "Ein zusätzlicher Satz für den linken Fuß",
                "Kein zusätzlicher Satz",
                "Tempo „Schnell“: 60 → 67,5 BPM",
                "Etappe: Woche 1–2 → Woche 3–4",
                "Eine Woche „Woche 1–2“ wiederholen",
                "Steigerung pausieren", "Steigerung fortsetzen", "Diese Übung weglassen",
                "Sprünge und Fersenheben ausblenden");
        assertThat(changes.stream().map(Change::describe).toList()).containsExactly(
                "Level: Sitzend → Stehend (for one week)",
                "Reps per set: 8 → 10",
                "Hold: 7.5 s → 10 s",
                "One extra set on the left foot",
                "No extra set",
                "Schnell tempo: 60 → 67.5 BPM",
                "Stage: Woche 1–2 → Woche 3–4",
                "Repeat a week of Woche 1–2",
                "Pause progression", "Resume progression", "Leave this exercise out", "Hide hops and heel raises");
    }
}
