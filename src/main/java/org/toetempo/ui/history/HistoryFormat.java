package org.toetempo.ui.history;

import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Short texts the history screens share. */
public final class HistoryFormat {

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private HistoryFormat() {
    }

    /** "12 min 30 s", "45 s". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long m = s / 60;
        long rest = s % 60;
        return rest == 0 ? m + " min" : m + " min " + rest + " s";
    }

    /** "Completed" or "Part-way (60%)". */
    public static String outcome(SessionRecord session) {
        return session.completed() ? "Completed"
                : "Part-way (" + Math.round(session.completion() * 100) + "%)";
    }

    /** "Musical Toes · 9 min · completed". */
    public static String sessionLine(SessionRecord session) {
        return session.routineName() + " · " + duration(session.activeSeconds()) + " · "
                + outcome(session).toLowerCase(Locale.ROOT);
    }

    public static String dateTime(SessionRecord session, ZoneId zone) {
        return session.started().atZone(zone).format(DATE_TIME);
    }

    /** "35 ms late", "20 ms early", "on the beat". */
    public static String offset(double ms) {
        long rounded = Math.round(ms);
        return rounded == 0 ? "on the beat" : Math.abs(rounded) + " ms " + (rounded > 0 ? "late" : "early");
    }

    /** "35 ms late (12 taps, spread 18 ms)". */
    public static String timing(TimingCheck check) {
        return offset(check.meanMs()) + " (" + check.taps() + (check.taps() == 1 ? " tap" : " taps")
                + (check.taps() > 1 ? ", spread " + Math.round(check.spreadMs()) + " ms" : "") + ")";
    }

    /** The block's name as the session recorded it. */
    public static String blockName(SessionRecord session, int block) {
        return session.tempo(block).map(t -> t.name()).filter(n -> n != null && !n.isBlank()).orElse("Block " + (block + 1));
    }

    public static String bpm(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
