package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.Period;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.history.Fixtures.LONDON;
import static org.toetempo.history.Fixtures.NEW_YORK;
import static org.toetempo.history.Fixtures.at;
import static org.toetempo.history.Fixtures.routine;
import static org.toetempo.history.Fixtures.simple;

class StreaksTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static Streak musicalToes(ZonedDateTime now, SessionRecord... sessions) {
        return Streaks.of(routine("musical-toes"), List.of(sessions), now);
    }

    private static Streak daily(ZonedDateTime now, SessionRecord... sessions) {
        return Streaks.of(routine("sole-5-daily"), List.of(sessions), now);
    }

    @Test
    void musicalToesTwiceAWeekKeepsTheStreakWhenEveryWeekHasTwo() {
        // 2026-11-02 is a Monday. Three weeks with two sessions each, on different days of the week.
        Streak streak = musicalToes(at("2026-11-20T12:00"),
                simple("musical-toes", at("2026-11-02T07:00")), simple("musical-toes", at("2026-11-08T21:00")),
                simple("musical-toes", at("2026-11-11T07:00")), simple("musical-toes", at("2026-11-12T07:00")),
                simple("musical-toes", at("2026-11-16T07:00")), simple("musical-toes", at("2026-11-19T07:00")));

        assertThat(streak.unit()).isEqualTo(Period.WEEK);
        assertThat(streak.times()).isEqualTo(2);
        assertThat(streak.current()).isEqualTo(3);
        assertThat(streak.best()).isEqualTo(3);
        assertThat(streak.since()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(streak.periodStart()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(streak.thisPeriodMet()).isTrue();
    }

    @Test
    void aWeekWithOneSessionBreaksItButTheWeekUnderWayDoesNot() {
        SessionRecord[] sessions = {
                simple("musical-toes", at("2026-11-02T07:00")), simple("musical-toes", at("2026-11-04T07:00")),
                simple("musical-toes", at("2026-11-10T07:00")), // only one that week
                simple("musical-toes", at("2026-11-16T07:00")), simple("musical-toes", at("2026-11-17T07:00")),
                simple("musical-toes", at("2026-11-23T07:00"))}; // this week: one so far
        Streak midWeek = musicalToes(at("2026-11-25T12:00"), sessions);

        assertThat(midWeek.current()).as("the week of the 16th; this week is still under way").isEqualTo(1);
        assertThat(midWeek.best()).isEqualTo(1);
        assertThat(midWeek.doneThisPeriod()).isEqualTo(1);
        assertThat(midWeek.thisPeriodMet()).isFalse();

        Streak nextWeek = musicalToes(at("2026-12-01T12:00"), sessions);
        assertThat(nextWeek.current()).as("last week ended with one session: broken").isZero();
        assertThat(nextWeek.since()).isNull();
    }

    @Test
    void weeksRunMondayToSundayAcrossTheWeekBoundary() {
        // Sunday 23:30 and Monday 00:30 are an hour apart but in two ISO weeks.
        SessionRecord sunday = simple("musical-toes", at("2026-11-22T23:30"));
        SessionRecord monday = simple("musical-toes", at("2026-11-23T00:30"));
        SessionRecord thursday = simple("musical-toes", at("2026-11-19T18:00"));

        Streak streak = musicalToes(at("2026-11-24T12:00"), thursday, sunday, monday);

        assertThat(streak.current()).as("Thursday + Sunday make the week of the 16th").isEqualTo(1);
        assertThat(streak.doneThisPeriod()).as("Monday starts the week of the 23rd").isEqualTo(1);
        long weekOf16th = Streaks.key(Period.WEEK, LocalDate.of(2026, 11, 16));
        assertThat(Streaks.key(Period.WEEK, LocalDate.of(2026, 11, 22))).isEqualTo(weekOf16th);
        assertThat(Streaks.key(Period.WEEK, LocalDate.of(2026, 11, 23))).isEqualTo(weekOf16th + 1);
        assertThat(Streaks.start(Period.WEEK, Streaks.key(Period.WEEK, LocalDate.of(2026, 11, 25))))
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Streaks.start(Period.WEEK, Streaks.key(Period.WEEK, LocalDate.of(1969, 12, 31))))
                .as("before the epoch too").isEqualTo(LocalDate.of(1969, 12, 29));
    }

    @Test
    void aSessionAt2330InNewYorkIsOnThatDayThereThoughItIs0530TheNextDayInUtc() {
        // Sunday 22 Nov 23:30 in New York is Monday 23 Nov 04:30 UTC.
        SessionRecord lateInNewYork = simple("musical-toes", at("2026-11-22T23:30", NEW_YORK));
        assertThat(lateInNewYork.started().atZone(UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(lateInNewYork.localDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        SessionRecord wednesday = simple("musical-toes", at("2026-11-18T07:00", NEW_YORK));

        // Seen from London on Monday morning, New York's Sunday session still completes last week.
        Streak streak = musicalToes(at("2026-11-23T09:00"), wednesday, lateInNewYork);

        assertThat(streak.current()).isEqualTo(1);
        assertThat(streak.doneThisPeriod()).isZero();

        // And a 05:30 UTC session on Monday is Monday's, in UTC.
        SessionRecord earlyUtc = simple("musical-toes", at("2026-11-23T05:30", UTC));
        assertThat(earlyUtc.localDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(musicalToes(at("2026-11-23T09:00"), wednesday, earlyUtc).current()).isZero();
    }

    @Test
    void dailyStreaksCountDaysAndASecondSessionOnADayDoesNotDoubleIt() {
        List<SessionRecord> sessions = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            sessions.add(simple("sole-5-daily", at("2026-11-0" + day + "T08:00")));
        }
        sessions.add(simple("sole-5-daily", at("2026-11-05T20:00")));

        Streak streak = daily(at("2026-11-05T21:00"), sessions.toArray(SessionRecord[]::new));

        assertThat(streak.unit()).isEqualTo(Period.DAY);
        assertThat(streak.current()).isEqualTo(5);
        assertThat(streak.doneThisPeriod()).isEqualTo(2);
        assertThat(daily(at("2026-11-06T21:00"), sessions.toArray(SessionRecord[]::new)).current())
                .as("today not done yet: still 5").isEqualTo(5);
        assertThat(daily(at("2026-11-07T09:00"), sessions.toArray(SessionRecord[]::new)).current())
                .as("yesterday missed").isZero();
    }

    @Test
    void flyingEastOverTheDateLineSkipsACalendarDayWithoutBreakingTheStreak() {
        // Monday 20:00 in Los Angeles; the flight lands in Sydney on Wednesday; Tuesday never happened locally.
        SessionRecord sunday = simple("sole-5-daily", at("2026-11-01T20:00", LOS_ANGELES));
        SessionRecord monday = simple("sole-5-daily", at("2026-11-02T20:00", LOS_ANGELES));
        SessionRecord wednesday = simple("sole-5-daily", at("2026-11-04T19:00", SYDNEY));

        Streak streak = daily(at("2026-11-04T21:00", SYDNEY), sunday, monday, wednesday);

        assertThat(streak.current()).as("bridged, not counted").isEqualTo(3);
        assertThat(streak.best()).isEqualTo(3);

        // A real missed day, at home, still breaks it.
        SessionRecord homeWednesday = simple("sole-5-daily", at("2026-11-04T19:00", LOS_ANGELES));
        assertThat(daily(at("2026-11-04T21:00", LOS_ANGELES), sunday, monday, homeWednesday).current()).isEqualTo(1);
    }

    @Test
    void flyingWestPutsTwoSessionsOnOneLocalDateThatCountOnce() {
        // Tuesday 08:00 in London, then Tuesday 19:00 in New York: one day, not two.
        SessionRecord monday = simple("sole-5-daily", at("2026-11-02T08:00", LONDON));
        SessionRecord tuesdayLondon = simple("sole-5-daily", at("2026-11-03T08:00", LONDON));
        SessionRecord tuesdayNewYork = simple("sole-5-daily", at("2026-11-03T19:00", NEW_YORK));
        SessionRecord wednesday = simple("sole-5-daily", at("2026-11-04T07:00", NEW_YORK));

        Streak streak = daily(at("2026-11-04T09:00", NEW_YORK), monday, tuesdayLondon, tuesdayNewYork, wednesday);

        assertThat(streak.current()).isEqualTo(3);
    }

    @Test
    void nowMayBeEarlierThanTheLastSessionsDateAfterFlyingWest() {
        // Done on Tuesday 06:00 in Tokyo; the user is now in Hawaii, where it is still Monday.
        SessionRecord monday = simple("sole-5-daily", at("2026-11-02T06:00", ZoneId.of("Asia/Tokyo")));
        SessionRecord tuesday = simple("sole-5-daily", at("2026-11-03T06:00", ZoneId.of("Asia/Tokyo")));

        Streak streak = daily(tuesday.started().plusSeconds(3 * 3600).atZone(ZoneId.of("Pacific/Honolulu")), monday, tuesday);

        assertThat(streak.current()).isEqualTo(2);
    }

    @Test
    void aProgrammeCountsEachWeekAgainstTheFrequencyOfTheStagePlayed() {
        // Foot core: stage A asks 4 a week, stage D 3 a week.
        List<SessionRecord> sessions = new ArrayList<>();
        for (int day : new int[] {2, 3, 5, 6}) {
            sessions.add(staged("a", at("2026-11-0" + day + "T08:00")));
        }
        for (int day : new int[] {9, 11, 13}) {
            sessions.add(staged("d", at("2026-11-" + (day < 10 ? "0" : "") + day + "T08:00")));
        }
        sessions.add(staged("a", at("2026-11-16T08:00")));
        sessions.add(staged("a", at("2026-11-18T08:00")));
        sessions.add(staged("a", at("2026-11-20T08:00")));

        Streak streak = Streaks.of(routine("foot-core-12-week"), sessions, at("2026-11-25T08:00"));

        assertThat(streak.best()).isEqualTo(2);
        assertThat(streak.current()).as("three stage-A sessions are one short of four").isZero();
    }

    @Test
    void onlySessionsThatCountMakeTheStreak() {
        Streak streak = daily(at("2026-11-03T21:00"),
                simple("sole-5-daily", at("2026-11-01T08:00")),
                simple("sole-5-daily", at("2026-11-02T08:00"), Outcome.STOPPED, 2, 10),
                simple("sole-5-daily", at("2026-11-03T08:00")));

        assertThat(streak.current()).isEqualTo(1);
        assertThat(streak.best()).isEqualTo(1);
    }

    @Test
    void noSessionsNoStreak() {
        Streak streak = Streaks.of(Period.WEEK, 2, Map.of(), List.of(), at("2026-11-25T08:00"));
        assertThat(streak.current()).isZero();
        assertThat(streak.best()).isZero();
        assertThat(streak.describe(1)).isEqualTo("1 week");
        assertThat(streak.describe(3)).isEqualTo("3 weeks");
    }

    @Test
    void theBestStreakIsRememberedAfterABreak() {
        List<SessionRecord> sessions = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 30; i++) {
            sessions.add(simple("sole-5-daily", day.plusDays(i).atTime(8, 0).atZone(LONDON)));
        }
        for (int i = 40; i < 45; i++) {
            sessions.add(simple("sole-5-daily", day.plusDays(i).atTime(8, 0).atZone(LONDON)));
        }
        Streak streak = daily(day.plusDays(44).atTime(20, 0).atZone(LONDON), sessions.toArray(SessionRecord[]::new));

        assertThat(streak.best()).isEqualTo(30);
        assertThat(streak.current()).isEqualTo(5);
    }

    private static SessionRecord staged(String stage, ZonedDateTime start) {
        SessionRecord s = simple("foot-core-12-week", start);
        return new SessionRecord(s.id(), s.started(), s.ended(), s.zone(), s.routineId(), s.routineName(), stage,
                s.outcome(), s.activeSeconds(), s.plannedSeconds(), s.tempos(), s.steps(), null, List.of());
    }
}
