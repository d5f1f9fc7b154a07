package org.toetempo.history;

import org.toetempo.routine.Period;

import java.time.LocalDate;

/**
 * A routine's streak against its frequency: how many periods (days or ISO weeks, Monday first) in a row had
 * enough sessions.
 *
 * @param unit            day or week
 * @param times           sessions needed in the current period
 * @param current         periods in a row met, up to the current one (which counts once met, and does not
 *                        break the streak while it is still under way)
 * @param best            the longest run ever
 * @param doneThisPeriod  sessions so far in the current period
 * @param periodStart     the first day of the current period
 * @param since           the first day of the current run, or {@code null} when {@code current} is 0
 */
public record Streak(Period unit, int times, int current, int best, int doneThisPeriod, LocalDate periodStart,
                     LocalDate since) {

    public boolean thisPeriodMet() {
        return doneThisPeriod >= times;
    }

    /** "3 weeks", "1 day". */
    public String describe(int value) {
        String word = unit == Period.DAY ? "day" : "week";
        return value + " " + word + (value == 1 ? "" : "s");
    }
}
