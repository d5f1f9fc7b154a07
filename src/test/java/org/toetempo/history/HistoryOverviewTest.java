package org.toetempo.history;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.NEW_YORK;
import static org.toetempo.history.Fixtures.at;

class HistoryOverviewTest {

    @Test
    void everythingTheChartsNeedInOnePass() {
        SessionRecord slow = Fixtures.rated(Fixtures.played("musical-toes", at("2026-11-02T08:00")), Effort.EASY, 2, 3);
        SessionRecord late = Fixtures.rated(Fixtures.played("musical-toes", at("2026-11-08T23:30", NEW_YORK)), Effort.EASY, 1, 1)
                .withMorning(0, 2);
        SessionRecord sole = Fixtures.played("sole-5-daily", at("2026-11-20T08:00"));
        SessionRecord gone = Fixtures.simple("my-deleted-routine", at("2026-11-21T08:00"));
        History history = Fixtures.history(sole, late, slow, gone);

        HistoryOverview overview = HistoryOverview.of(history, id -> Fixtures.LIBRARY.find(id).orElse(null),
                at("2026-11-25T12:00"));

        assertThat(overview.totalSessions()).isEqualTo(4);
        assertThat(overview.weeks()).extracting(HistoryOverview.Week::monday).containsExactly(
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(overview.weeks()).extracting(HistoryOverview.Week::sessions).containsExactly(2, 0, 2, 0);
        assertThat(overview.weeks().get(0).byRoutine()).isEqualTo(Map.of("musical-toes", 2));
        assertThat(overview.weeks().get(0).activeMinutes()).isGreaterThan(18);

        assertThat(overview.pain()).extracting(HistoryOverview.PainPoint::date, HistoryOverview.PainPoint::pain,
                HistoryOverview.PainPoint::morningStiffness).containsExactly(
                Tuple.tuple(LocalDate.of(2026, 11, 2), 2, null),
                Tuple.tuple(LocalDate.of(2026, 11, 8), 1, 2));

        assertThat(overview.tempo().get("musical-toes")).extracting(HistoryOverview.TempoPoint::bpm).containsExactly(110.0, 110.0);
        assertThat(overview.tempo().get("sole-5-daily")).extracting(HistoryOverview.TempoPoint::bpm).containsExactly(60.0);

        assertThat(overview.routines()).extracting(HistoryOverview.RoutineSummary::routineId)
                .containsExactly("my-deleted-routine", "sole-5-daily", "musical-toes");
        HistoryOverview.RoutineSummary toes = overview.routines().get(2);
        assertThat(toes.name()).isEqualTo("Musical Toes");
        assertThat(toes.sessions()).isEqualTo(2);
        assertThat(toes.first()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(toes.bestTempo()).isEqualTo(110.0);
        assertThat(toes.streak().best()).isEqualTo(1);
        assertThat(overview.routines().get(0).streak()).as("routine no longer installed").isNull();
        assertThat(overview.routines().get(0).name()).isEqualTo("my-deleted-routine");
    }

    @Test
    void aHistoryKeptInMemoryTakesANewSessionOrLosesOneWithoutReadingTheLog() {
        SessionRecord first = Fixtures.simple("sole-5-daily", at("2026-11-20T08:00"));
        SessionRecord second = Fixtures.simple("sole-5-daily", at("2026-11-21T08:00"));
        History history = Fixtures.history(second);

        History added = history.with(first);
        assertThat(added.sessions()).containsExactly(first, second);
        assertThat(added.with(first.withRatings(Ratings.of(2, 2))).find(first.id()).orElseThrow().ratings().pain()).isEqualTo(2);
        assertThat(added.with(first).size()).isEqualTo(2);
        assertThat(added.without(second.id()).sessions()).containsExactly(first);
        assertThat(history.sessions()).containsExactly(second);
    }

    @Test
    void anEmptyHistoryHasEmptyCharts() {
        HistoryOverview overview = HistoryOverview.of(History.empty(), id -> null, at("2026-11-25T12:00"));
        assertThat(overview.weeks()).isEmpty();
        assertThat(overview.pain()).isEmpty();
        assertThat(overview.routines()).isEmpty();
        assertThat(overview.totalActiveMinutes()).isZero();
    }

    @Test
    void theMorningCheckIsAskedForOnlyOnceTheNextMorningHasCome() {
        SessionRecord yesterday = Fixtures.rated(Fixtures.played("sole-5-daily", at("2026-11-24T20:00")), Effort.EASY, 1, 1);
        SessionRecord today = Fixtures.rated(Fixtures.played("sole-5-daily", at("2026-11-25T07:00")), Effort.EASY, 1, 1);
        SessionRecord checked = Fixtures.rated(Fixtures.played("sole-5-daily", at("2026-11-23T07:00")), Effort.EASY, 1, 1)
                .withMorning(1, 1);
        SessionRecord old = Fixtures.played("sole-5-daily", at("2026-11-01T07:00"));

        assertThat(Fixtures.history(old, checked, yesterday, today).awaitingMorningCheck(at("2026-11-25T08:00")))
                .containsExactly(yesterday);
        assertThat(History.of(List.of()).awaitingMorningCheck(at("2026-11-25T08:00"))).isEmpty();
    }
}
