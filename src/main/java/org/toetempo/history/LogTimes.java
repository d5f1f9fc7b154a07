package org.toetempo.history;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Instants and zones as the log writes them, read quickly: every entry has two, and the log holds thousands. */
final class LogTimes {

    /** Zones already looked up: {@link ZoneId#of} costs more than the rest of an entry. */
    static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    /**
     * An instant as {@link Instant#toString()} writes it ({@code 2026-11-22T08:00:00.123Z}), read without the general
     * formatter, which costs tens of microseconds a time before the JIT has warmed it. Anything else goes to
     * {@link Instant#parse}.
     */
    static Instant instant(String text) throws IOException {
        RecordCodec.required(text, "time");
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int nanos = 0;
            boolean ok = year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
            if (ok && n > 20) {
                int fraction = n - 21;
                ok = text.charAt(19) == '.' && fraction >= 1 && fraction <= 9;
                if (ok) {
                    nanos = digits(text, 20, fraction);
                    ok = nanos >= 0;
                    for (int i = fraction; i < 9; i++) {
                        nanos *= 10;
                    }
                }
            }
            if (ok && (n == 20 || text.charAt(19) == '.')) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second, nanos);
                } catch (DateTimeException e) {
                    throw new IOException("not a date: " + text, e);
                }
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IOException("not a time: " + text, e);
        }
    }

    /** The number in {@code count} decimal digits from {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private LogTimes() {
    }
}
