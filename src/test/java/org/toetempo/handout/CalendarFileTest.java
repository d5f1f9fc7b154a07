package org.toetempo.handout;

import org.junit.jupiter.api.Test;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Add to calendar: the file parses back as RFC 5545 says, and its events recur as the routine prescribes. */
class CalendarFileTest {

    private static final Routine ARCH = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null)
            .find("arch-doming").orElseThrow();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    @Test
    void twiceAWeekIsOneWeeklyEventOnTwoDaysWithRestBetween() {
        List<Map<String, String>> events = parse(CalendarFile.ics(ARCH, new Frequency(2, Period.WEEK, null), 372,
                SUNDAY, LocalTime.of(18, 0), Instant.parse("2026-12-06T20:00:00Z")));

        assertThat(events).hasSize(1);
        Map<String, String> event = events.get(0);
        assertThat(event.get("RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH");
        assertThat(event.get("DURATION")).isEqualTo("PT7M");
        assertThat(event.get("DTSTAMP")).isEqualTo("20261206T200000Z");
        LocalDateTime start = LocalDateTime.parse(event.get("DTSTART"), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        assertThat(start).isEqualTo(LocalDateTime.of(2026, 12, 7, 18, 0));
        assertThat(occurrences(event, start, 14)).hasSize(4);
        assertThat(event.get("SUMMARY")).isEqualTo("Toe Tempo: Arch Doming (Short Foot)");
    }

    @Test
    void theEventsSpeakTheLanguageAskedFor() {
        Map<String, String> german = parse(CalendarFile.ics(ARCH, new Frequency(2, Period.WEEK, null), 372, SUNDAY,
                LocalTime.of(18, 0), Instant.EPOCH, Messages.of(Language.GERMAN))).get(0);
        Map<String, String> english = parse(CalendarFile.ics(ARCH, new Frequency(2, Period.WEEK, null), 372, SUNDAY,
                LocalTime.of(18, 0), Instant.EPOCH)).get(0);

        assertThat(german.get("DESCRIPTION")).isEqualTo("Zweimal pro Woche, etwa 7 Min. Toe Tempo öffnen und „"
                + ARCH.name() + "“ starten.");
        assertThat(english.get("DESCRIPTION")).isEqualTo("Twice a week, about 7 min. Open Toe Tempo and start "
                + ARCH.name() + ".");
        assertThat(german.get("RRULE")).isEqualTo(english.get("RRULE"));
    }

    @Test
    void threeTimesAWeekAndTwiceADayRecurAsPrescribed() {
        Map<String, String> thrice = parse(CalendarFile.ics(ARCH, ARCH.frequency(), 760, SUNDAY, LocalTime.of(18, 0),
                Instant.EPOCH)).get(0);
        assertThat(thrice.get("RRULE")).isEqualTo("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        // The routine's note has commas and a colon: escaped, and unescaped by the parser to the same text.
        assertThat(thrice.get("DESCRIPTION")).contains(ARCH.frequency().note());

        List<Map<String, String>> twiceADay = parse(CalendarFile.ics(ARCH, new Frequency(2, Period.DAY, null), 300,
                SUNDAY, LocalTime.of(18, 0), Instant.EPOCH));
        assertThat(twiceADay).hasSize(2).allSatisfy(e -> assertThat(e.get("RRULE")).isEqualTo("FREQ=DAILY"));
        assertThat(twiceADay.get(0).get("UID")).isNotEqualTo(twiceADay.get(1).get("UID"));
    }

    @Test
    void longTextsAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String folded = CalendarFile.fold("DESCRIPTION:" + "Füße ".repeat(40));
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "Füße ".repeat(40) + "\r\n");
    }

    /** The days the rule lands on in {@code days} days from {@code start} (FREQ=WEEKLY;BYDAY or FREQ=DAILY). */
    private static List<LocalDate> occurrences(Map<String, String> event, LocalDateTime start, int days) {
        Map<String, String> rule = new HashMap<>();
        for (String part : event.get("RRULE").split(";")) {
            String[] kv = part.split("=", 2);
            rule.put(kv[0], kv[1]);
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = start.toLocalDate(); d.isBefore(start.toLocalDate().plusDays(days)); d = d.plusDays(1)) {
            boolean on = rule.get("FREQ").equals("DAILY")
                    || List.of(rule.get("BYDAY").split(",")).contains(d.getDayOfWeek().name().substring(0, 2));
            if (on) {
                out.add(d);
            }
        }
        assertThat(out).allMatch(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY);
        return out;
    }

    /**
     * A strict reading of RFC 5545's syntax: CRLF line ends, folded lines of at most 75 octets, BEGIN/END nesting,
     * VERSION and PRODID on the calendar, UID, DTSTAMP and DTSTART on each event, TEXT values unescaped.
     */
    static List<Map<String, String>> parse(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\r\n")) {
            assertThat(raw.getBytes(StandardCharsets.UTF_8).length).as(raw).isLessThanOrEqualTo(75);
            if (raw.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else {
                lines.add(raw);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> calendar = new HashMap<>();
        Map<String, String> event = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            assertThat(colon).as(line).isPositive();
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            assertThat(name).matches("[A-Z-]+(;[A-Z-]+=[^;:]+)*");
            if (name.equals("BEGIN")) {
                open.push(value);
                if (value.equals("VEVENT")) {
                    event = new HashMap<>();
                }
            } else if (name.equals("END")) {
                assertThat(open.pop()).isEqualTo(value);
                if (value.equals("VEVENT")) {
                    assertThat(event).containsKeys("UID", "DTSTAMP", "DTSTART");
                    events.add(event);
                    event = null;
                }
            } else if ("VEVENT".equals(open.peek())) {
                event.put(name, name.equals("SUMMARY") || name.equals("DESCRIPTION") ? unescape(value) : value);
            } else if ("VCALENDAR".equals(open.peek())) {
                calendar.put(name, value);
            }
        }
        assertThat(open).isEmpty();
        assertThat(calendar).containsEntry("VERSION", "2.0").containsKey("PRODID");
        return events;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c).as("unescaped ; or , in a TEXT value: " + value).isNotIn(';', ',');
                out.append(c);
            }
        }
        return out.toString();
    }
}
