package org.toetempo.handout;

import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Wording;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Add to calendar": the routine's prescribed frequency as recurring events in an iCalendar file (RFC 5545), which
 * any phone or desktop calendar imports. Reminders then come from the user's own calendar, with no Toe Tempo
 * process running in the background. Times are floating (local wherever the user is), so no time-zone table is
 * needed; a twice-a-week routine becomes one weekly event on Monday and Thursday, twice a day two daily events.
 */
public final class CalendarFile {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<LocalTime> TIMES_OF_DAY = List.of(LocalTime.of(8, 0), LocalTime.of(18, 0),
            LocalTime.of(13, 0), LocalTime.of(11, 0), LocalTime.of(16, 0), LocalTime.of(20, 0));

    private CalendarFile() {
    }

    /**
     * The calendar for a routine.
     *
     * @param frequency how often (the routine's, or its current stage's)
     * @param seconds   how long a session plays (the event's length, rounded up to the minute)
     * @param from      the first day events may fall on
     * @param at        the time of day of the (first) session
     * @param now       stamps the file (DTSTAMP) and makes the events' ids unique
     */
    public static byte[] ics(Routine routine, Frequency frequency, double seconds, LocalDate from, LocalTime at,
                             Instant now) {
        return ics(routine, frequency, seconds, from, at, now, Messages.of(Language.ENGLISH));
    }

    /** As above, with the events' texts in the language of {@code words}. */
    public static byte[] ics(Routine routine, Frequency frequency, double seconds, LocalDate from, LocalTime at,
                             Instant now, Messages words) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Toe Tempo//Add to calendar//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        List<LocalTime> times = new ArrayList<>();
        String rule;
        List<DayOfWeek> days = List.of();
        if (frequency.per() == Period.DAY) {
            times.add(at);
            for (LocalTime t : TIMES_OF_DAY) {
                if (times.size() < Math.min(frequency.times(), TIMES_OF_DAY.size()) && !times.contains(t)) {
                    times.add(t);
                }
            }
            rule = "FREQ=DAILY";
        } else if (frequency.times() >= 7) {
            times.add(at);
            rule = "FREQ=DAILY";
        } else {
            times.add(at);
            days = weekDays(frequency.times());
            rule = "FREQ=WEEKLY;BYDAY=" + String.join(",", days.stream().map(CalendarFile::code).toList());
        }
        long minutes = Math.max(1, (long) Math.ceil(seconds / 60));
        LocalDate first = days.isEmpty() ? from : firstOn(from, days);
        String description = words.get("calendar.description", Wording.frequency(frequency, words), minutes)
                + (frequency.note() != null ? frequency.note() + " " : "")
                + words.get("calendar.open", routine.name());
        for (int i = 0; i < times.size(); i++) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + routine.id() + "-" + (i + 1) + "-" + UTC.format(now) + "@toetempo");
            lines.add("DTSTAMP:" + UTC.format(now));
            lines.add("DTSTART:" + LOCAL.format(first.atTime(times.get(i))));
            lines.add("DURATION:PT" + minutes + "M");
            lines.add("RRULE:" + rule);
            lines.add("SUMMARY:" + text("Toe Tempo: " + routine.name()));
            lines.add("DESCRIPTION:" + text(description));
            lines.add("CATEGORIES:Exercise");
            lines.add("TRANSP:TRANSPARENT");
            lines.add("BEGIN:VALARM");
            lines.add("ACTION:DISPLAY");
            lines.add("DESCRIPTION:" + text(words.get("calendar.alarm", routine.name())));
            lines.add("TRIGGER:-PT10M");
            lines.add("END:VALARM");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sessions spread over the week with rest days between: 2 → Monday, Thursday; 3 → Monday, Wednesday, Friday. */
    static List<DayOfWeek> weekDays(int times) {
        return switch (Math.max(1, times)) {
            case 1 -> List.of(DayOfWeek.MONDAY);
            case 2 -> List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            case 3 -> List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            case 4 -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
            case 5 -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            default -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        };
    }

    private static LocalDate firstOn(LocalDate from, List<DayOfWeek> days) {
        LocalDate day = from;
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** A TEXT value escaped as RFC 5545 3.3.11 asks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** A content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF (RFC 5545 3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
