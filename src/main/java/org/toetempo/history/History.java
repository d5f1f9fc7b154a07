package org.toetempo.history;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every recorded session, oldest first, as loaded from the store (with what the load found). Immutable. */
public final class History {

    private static final Comparator<SessionRecord> BY_START =
            Comparator.comparing(SessionRecord::started).thenComparing(SessionRecord::id);

    private final List<SessionRecord> sessions;
    private final LoadReport report;
    private final Map<String, List<SessionRecord>> byRoutine = new HashMap<>();
    private final Map<String, SessionRecord> byId = new HashMap<>();

    public History(List<SessionRecord> sessions, LoadReport report) {
        List<SessionRecord> sorted = new ArrayList<>(sessions);
        sorted.sort(BY_START);
        this.sessions = List.copyOf(sorted);
        this.report = report == null ? LoadReport.clean(sorted.size()) : report;
        for (SessionRecord session : this.sessions) {
            byRoutine.computeIfAbsent(session.routineId(), id -> new ArrayList<>()).add(session);
            byId.put(session.id(), session);
        }
        byRoutine.replaceAll((id, list) -> List.copyOf(list));
    }

    public static History of(List<SessionRecord> sessions) {
        return new History(sessions, null);
    }

    public static History empty() {
        return of(List.of());
    }

    /**
     * This history with a session added (or replaced, same id), without reading the log again: for a screen that
     * keeps the history in memory and has just saved the session with {@link HistoryStore#append}.
     */
    public History with(SessionRecord session) {
        List<SessionRecord> changed = new ArrayList<>(sessions.size() + 1);
        for (SessionRecord s : sessions) {
            if (!s.id().equals(session.id())) {
                changed.add(s);
            }
        }
        changed.add(session);
        return new History(changed, report);
    }

    /** This history without a session (after {@link HistoryStore#delete}). */
    public History without(String sessionId) {
        List<SessionRecord> changed = new ArrayList<>(sessions);
        changed.removeIf(s -> s.id().equals(sessionId));
        return new History(changed, report);
    }

    /** Every session, oldest first. */
    public List<SessionRecord> sessions() {
        return sessions;
    }

    /** Sessions of one routine, oldest first. */
    public List<SessionRecord> forRoutine(String routineId) {
        return byRoutine.getOrDefault(routineId, List.of());
    }

    public Optional<SessionRecord> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<SessionRecord> last(String routineId) {
        List<SessionRecord> list = forRoutine(routineId);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    public Optional<SessionRecord> last() {
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1));
    }

    public LoadReport report() {
        return report;
    }

    public int size() {
        return sessions.size();
    }

    /**
     * Sessions whose next morning has come (their local date is yesterday or the day before, in the zone each was
     * done in, against today in {@code now}'s zone) and that have no next-morning check yet: ask about these on start.
     */
    public List<SessionRecord> awaitingMorningCheck(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        List<SessionRecord> out = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SessionRecord session = sessions.get(i);
            LocalDate date = session.localDate();
            if (date.isBefore(today.minusDays(2))) {
                break;
            }
            if (date.isBefore(today) && (session.ratings() == null || !session.ratings().hasMorningCheck())) {
                out.add(0, session);
            }
        }
        return out;
    }
}
