package org.toetempo.ui.history;

import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Short texts the history screens share, in the user's language; dates in its format. */
public final class HistoryFormat {

    private final Messages text;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter shortDate;

    public HistoryFormat(Messages text) {
        this.text = text;
        this.dateTime = DateTimeFormatter.ofPattern(text.get("history.format.date-time"), text.locale());
        this.shortDate = DateTimeFormatter.ofPattern(text.get("history.format.short-date"), text.locale());
    }

    private static final HistoryFormat ENGLISH = new HistoryFormat(Messages.of(Language.ENGLISH));

    Messages text() {
        return text;
    }

    DateTimeFormatter shortDate() {
        return shortDate;
    }

    /** "35 ms late", "20 ms early", "on the beat" in English (for screens not yet in the bundles). */
    public static String offset(double ms) {
        return ENGLISH.offsetOf(ms);
    }

    /** "Completed" or "Part-way (60%)" in English (for screens not yet in the bundles). */
    public static String outcome(SessionRecord session) {
        return ENGLISH.outcomeOf(session);
    }

    /** "12 min 30 s", "45 s", kept on one line (a wrap inside "2 Min. 28 s" left the "s" alone below). */
    String durationOf(double seconds) {
        return text.duration(Duration.ofMillis(Math.round(seconds * 1000))).replace(' ', '\u00a0');
    }

    /** "Completed" or "Part-way (60%)". */
    String outcomeOf(SessionRecord session) {
        return session.completed() ? text.get("history.completed")
                : text.get("history.part-way", Math.round(session.completion() * 100));
    }

    /** "Musical Toes · 9 min · completed". */
    String sessionLine(SessionRecord session) {
        return text.get("history.session-line", session.routineName(), durationOf(session.activeSeconds()),
                outcomeOf(session));
    }

    String dateTimeOf(SessionRecord session, ZoneId zone) {
        return session.started().atZone(zone).format(dateTime);
    }

    /** "35 ms late", "20 ms early", "on the beat". */
    String offsetOf(double ms) {
        long rounded = Math.round(ms);
        return rounded == 0 ? text.get("history.on-the-beat") : rounded > 0 ? text.get("history.late", rounded)
                : text.get("history.early", -rounded);
    }

    /** "35 ms late (12 taps, spread 18 ms)". */
    String timingOf(TimingCheck check) {
        return check.taps() > 1 ? text.get("history.timing.spread", offsetOf(check.meanMs()), check.taps(),
                Math.round(check.spreadMs())) : text.get("history.timing", offsetOf(check.meanMs()), check.taps());
    }

    /** The block's name as the session recorded it. */
    String blockNameOf(SessionRecord session, int block) {
        return session.tempo(block).map(t -> t.name()).filter(n -> n != null && !n.isBlank())
                .orElse(text.get("history.block", block + 1));
    }
}
