package org.toetempo.editor;

import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;

import java.util.Locale;

/**
 * What the routine comes to when played: its real length at the chosen tempo (count-in, lead-ins, reps, holds
 * and rests, as the player schedules them) and the reps each foot does. For a programme, one stage.
 *
 * @param totalNanos length of the whole routine
 * @param repsRight  reps the right foot does (a step on both feet counts for each)
 * @param repsLeft   reps the left foot does
 * @param steps      steps played (a repeating block's steps once per cycle)
 */
public record Summary(long totalNanos, int repsRight, int repsLeft, int steps) {

    /** Compiles the routine (which must be valid) as the player would with {@code options}. */
    public static Summary of(Routine routine, PlayOptions options) {
        Schedule schedule = Schedule.compile(routine, options);
        int right = 0;
        int left = 0;
        for (ScheduledStep step : schedule.steps()) {
            for (Side foot : step.feet()) {
                if (foot == Side.RIGHT || foot == Side.BOTH) {
                    right += step.reps();
                }
                if (foot == Side.LEFT || foot == Side.BOTH) {
                    left += step.reps();
                }
            }
        }
        return new Summary(schedule.totalNanos(), right, left, schedule.steps().size());
    }

    public double totalSeconds() {
        return totalNanos / 1e9;
    }

    /** "9 min 05 s", "45 s". */
    public String duration() {
        long seconds = Math.round(totalSeconds());
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** "9 min 05 s · 120 reps right, 120 left". */
    @Override
    public String toString() {
        return duration() + " · " + repsRight + " reps right, " + repsLeft + " left";
    }
}
