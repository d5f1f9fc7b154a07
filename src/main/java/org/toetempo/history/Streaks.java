package org.toetempo.history;

import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streaks against a routine's frequency ("twice a week", "daily").
 *
 * <ul>
 *   <li>A session belongs to the local date on which it started, in the time zone it was done in. A session at
 *       23:30 in New York is on that day, even though it is 04:30 the next day in UTC.</li>
 *   <li>Weeks are ISO weeks, Monday to Sunday. A period is met when it has at least {@code times} sessions
 *       that count ({@link SessionRecord#counts()}); for a programme, {@code times} is the frequency of the stage
 *       played that period. More sessions than needed never count twice.</li>
 *   <li>The current period does not break the streak while it is under way; it adds to it once met.</li>
 *   <li>Travel: a period with no session at all does not break the streak when the zone change explains it,
 *       that is when the two sessions around it are in consecutive periods as seen from either one's zone (a
 *       flight east over the date line skips a calendar day). Such a period bridges the run but does not add
 *       to it. Going west can put two sessions on one local date; they count as one day.</li>
 * </ul>
 */
public final class Streaks {

    /** 1970-01-05, the first Monday of the epoch, is epoch day 4. */
    private static final long FIRST_MONDAY = 4;

    private Streaks() {
    }

    /** The streak of a routine from its sessions (of that routine), at {@code now} in the user's current zone. */
    public static Streak of(Routine routine, List<SessionRecord> sessions, ZonedDateTime now) {
        Frequency frequency = routine.frequency();
        Map<String, Integer> byStage = new HashMap<>();
        for (Stage stage : routine.stages()) {
            if (stage.frequency() != null && stage.frequency().per() == frequency.per()) {
                byStage.put(stage.id(), stage.frequency().times());
            }
        }
        return of(frequency.per(), frequency.times(), byStage, sessions, now);
    }

    /**
     * The streak for sessions done {@code times} per {@code unit}; {@code timesByStage} gives other counts for
     * sessions of a programme stage.
     */
    public static Streak of(Period unit, int times, Map<String, Integer> timesByStage, List<SessionRecord> sessions,
                            ZonedDateTime now) {
        List<SessionRecord> counted = new ArrayList<>();
        for (SessionRecord session : sessions) {
            if (session.counts()) {
                counted.add(session);
            }
        }
        counted.sort(Comparator.comparing(SessionRecord::started));
        long nowKey = key(unit, now.toLocalDate());
        if (counted.isEmpty()) {
            return new Streak(unit, times, 0, 0, 0, start(unit, nowKey), null);
        }
        TreeMap<Long, int[]> done = new TreeMap<>();
        Map<Long, Integer> needed = new HashMap<>();
        for (SessionRecord session : counted) {
            long k = key(unit, session.localDate());
            done.computeIfAbsent(k, x -> new int[1])[0]++;
            needed.put(k, session.stage() == null ? times : timesByStage.getOrDefault(session.stage(), times));
        }
        // Periods skipped by a change of zone.
        List<long[]> bridges = new ArrayList<>();
        for (int i = 1; i < counted.size(); i++) {
            bridge(unit, counted.get(i - 1).started(), counted.get(i - 1).zone(), counted.get(i).started(),
                    counted.get(i).zone(), bridges);
        }
        SessionRecord last = counted.get(counted.size() - 1);
        bridge(unit, last.started(), last.zone(), now.toInstant(), now.getZone(), bridges);
        long lastKey = key(unit, last.localDate());
        long current = Math.max(nowKey, lastKey);

        int run = 0;
        int best = 0;
        long runStart = 0;
        int bridgeIndex = 0;
        for (long p = done.firstKey(); p <= current; p++) {
            int[] count = done.get(p);
            if (count != null && count[0] >= needed.get(p)) {
                if (run == 0) {
                    runStart = p;
                }
                run++;
                best = Math.max(best, run);
                continue;
            }
            while (bridgeIndex < bridges.size() && bridges.get(bridgeIndex)[1] < p) {
                bridgeIndex++;
            }
            boolean bridged = count == null && bridgeIndex < bridges.size()
                    && bridges.get(bridgeIndex)[0] <= p && p <= bridges.get(bridgeIndex)[1];
            if (bridged || p == current) {
                continue;
            }
            run = 0;
        }
        int[] now0 = done.get(current);
        int doneNow = now0 == null ? 0 : now0[0];
        int timesNow = needed.getOrDefault(current,
                last.stage() == null ? times : timesByStage.getOrDefault(last.stage(), times));
        return new Streak(unit, timesNow, run, best, doneNow, start(unit, current), run == 0 ? null : start(unit, runStart));
    }

    /**
     * Adds the empty periods strictly between two sessions to {@code bridges} when a change of zone explains them:
     * seen from either session's zone, the two are at most one period apart.
     */
    private static void bridge(Period unit, Instant a, ZoneId zoneA, Instant b, ZoneId zoneB, List<long[]> bridges) {
        long ka = key(unit, LocalDate.ofInstant(a, zoneA));
        long kb = key(unit, LocalDate.ofInstant(b, zoneB));
        if (kb - ka <= 1) {
            return;
        }
        boolean explained = key(unit, LocalDate.ofInstant(b, zoneA)) <= ka + 1
                || key(unit, LocalDate.ofInstant(a, zoneB)) >= kb - 1;
        if (explained) {
            bridges.add(new long[] {ka + 1, kb - 1});
        }
    }

    /** The period a local date falls in: its epoch day, or its ISO week counted from the epoch's first Monday. */
    public static long key(Period unit, LocalDate date) {
        long day = date.toEpochDay();
        return unit == Period.DAY ? day : Math.floorDiv(day - FIRST_MONDAY, 7);
    }

    /** The first day of a period. */
    static LocalDate start(Period unit, long key) {
        return LocalDate.ofEpochDay(unit == Period.DAY ? key : key * 7 + FIRST_MONDAY);
    }
}
