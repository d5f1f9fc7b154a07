package org.toetempo.history;

import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything the History screen draws, computed in one pass over the history: sessions per week, pain and
 * stiffness over time, the tempo reached per routine, and per routine its sessions and streak. Immutable.
 *
 * @param weeks     every ISO week (Monday first) from the first session's to the current one, empty weeks included
 * @param pain      one point per session with any pain or stiffness rating, oldest first
 * @param tempo     per routine id, one point per session that started a step: the fastest tempo played
 * @param routines  per routine played, most recently played first
 */
public record HistoryOverview(
        List<Week> weeks,
        List<PainPoint> pain,
        Map<String, List<TempoPoint>> tempo,
        List<RoutineSummary> routines,
        int totalSessions,
        double totalActiveMinutes) {

    /** One week of the sessions-per-week chart. {@code byRoutine} counts sessions per routine id. */
    public record Week(LocalDate monday, int sessions, int completed, double activeMinutes, Map<String, Integer> byRoutine) {
    }

    /** Pain and stiffness of one session (any may be {@code null} when not rated). */
    public record PainPoint(LocalDate date, String sessionId, String routineId, Integer pain, Integer stiffness,
                            Integer morningPain, Integer morningStiffness) {
    }

    /** The fastest tempo a session played. */
    public record TempoPoint(LocalDate date, String sessionId, double bpm) {
    }

    /**
     * One routine's line in the list.
     *
     * @param streak against the routine's frequency, or {@code null} when the routine is no longer known
     */
    public record RoutineSummary(String routineId, String name, int sessions, LocalDate first, LocalDate last,
                                 Streak streak, double bestTempo) {
    }

    public HistoryOverview {
        weeks = List.copyOf(weeks);
        pain = List.copyOf(pain);
        tempo = Map.copyOf(tempo);
        routines = List.copyOf(routines);
    }

    /**
     * The overview at {@code now} (in the user's current zone). {@code routines} finds a routine by id for its
     * frequency (it may return {@code null} for a routine no longer installed: no streak then).
     */
    public static HistoryOverview of(History history, Function<String, Routine> routines, ZonedDateTime now) {
        List<SessionRecord> sessions = history.sessions();
        TreeMap<Long, WeekBuilder> weeks = new TreeMap<>();
        List<PainPoint> pain = new ArrayList<>();
        Map<String, List<TempoPoint>> tempo = new HashMap<>();
        Map<String, List<SessionRecord>> byRoutine = new LinkedHashMap<>();
        double activeSeconds = 0;
        for (SessionRecord session : sessions) {
            LocalDate date = session.localDate();
            WeekBuilder week = weeks.computeIfAbsent(Streaks.key(Period.WEEK, date), k -> new WeekBuilder());
            week.sessions++;
            if (session.completed()) {
                week.completed++;
            }
            week.activeSeconds += session.activeSeconds();
            week.byRoutine.merge(session.routineId(), 1, Integer::sum);
            activeSeconds += session.activeSeconds();
            Ratings ratings = session.ratings();
            if (ratings != null && (ratings.pain() != null || ratings.stiffness() != null || ratings.hasMorningCheck())) {
                pain.add(new PainPoint(date, session.id(), session.routineId(), ratings.pain(), ratings.stiffness(),
                        ratings.morningPain(), ratings.morningStiffness()));
            }
            double reached = session.tempoReached();
            if (reached > 0) {
                tempo.computeIfAbsent(session.routineId(), k -> new ArrayList<>())
                        .add(new TempoPoint(date, session.id(), reached));
            }
            byRoutine.computeIfAbsent(session.routineId(), k -> new ArrayList<>()).add(session);
        }
        List<Week> weekList = new ArrayList<>();
        if (!weeks.isEmpty()) {
            long last = Math.max(weeks.lastKey(), Streaks.key(Period.WEEK, now.toLocalDate()));
            for (long k = weeks.firstKey(); k <= last; k++) {
                WeekBuilder w = weeks.get(k);
                weekList.add(w == null
                        ? new Week(Streaks.start(Period.WEEK, k), 0, 0, 0, Map.of())
                        : new Week(Streaks.start(Period.WEEK, k), w.sessions, w.completed,
                            Math.round(w.activeSeconds / 6.0) / 10.0, Map.copyOf(w.byRoutine)));
            }
        }
        List<RoutineSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<SessionRecord>> entry : byRoutine.entrySet()) {
            List<SessionRecord> list = entry.getValue();
            SessionRecord lastSession = list.get(list.size() - 1);
            Routine routine = routines == null ? null : routines.apply(entry.getKey());
            double best = 0;
            for (TempoPoint point : tempo.getOrDefault(entry.getKey(), List.of())) {
                best = Math.max(best, point.bpm());
            }
            summaries.add(new RoutineSummary(entry.getKey(), routine != null ? routine.name() : lastSession.routineName(),
                    list.size(), list.get(0).localDate(), lastSession.localDate(),
                    routine == null ? null : Streaks.of(routine, list, now), best));
        }
        summaries.sort((a, b) -> b.last().compareTo(a.last()));
        Map<String, List<TempoPoint>> tempoCopy = new HashMap<>();
        tempo.forEach((k, v) -> tempoCopy.put(k, List.copyOf(v)));
        return new HistoryOverview(weekList, pain, tempoCopy, summaries, sessions.size(),
                Math.round(activeSeconds / 6.0) / 10.0);
    }

    private static final class WeekBuilder {
        int sessions;
        int completed;
        double activeSeconds;
        final Map<String, Integer> byRoutine = new HashMap<>(4);
    }
}
