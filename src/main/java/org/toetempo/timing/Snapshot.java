package org.toetempo.timing;

import org.toetempo.routine.Action;
import org.toetempo.routine.FootPart;
import org.toetempo.routine.Side;

/**
 * Everything the screens and the sound need to know at one instant, as a value. The session makes one on
 * demand from the clock; readers never reach into the session's state.
 *
 * @param nanos          schedule time (from the start of the routine)
 * @param step           the current step, or {@code null} before the first and after the last
 * @param stepIndex      its index, or -1
 * @param foot           the working foot ({@code RIGHT}, {@code LEFT}, {@code BOTH}), or {@code null}
 * @param phaseIndex     index of the phase within the rep, or -1 outside reps
 * @param action         the phase's movement, or {@code null} outside reps
 * @param part           the part of the foot that moves, or {@code null}
 * @param cue            the phase's cue word ("up"), or "" outside reps
 * @param progress       how far through the current segment (phase, hold, rest, lead-in), 0 to 1
 * @param countdown      count-in number (4, 3, 2, 1), lead-in beats left, or whole seconds left in a hold or
 *                       rest; 0 otherwise
 * @param beat           routine-wide number of the current beat, or -1 between beats (holds and rests on a metronome)
 * @param beatProgress   how far through the current beat, 0 to 1
 * @param accent         how the current beat is marked, or {@code null} when there is none
 * @param bpm            the tempo now
 * @param next           the next cue, or {@code null} at the end
 * @param nextStep       the step after the current one, or {@code null}
 * @param prompt         a question to show after a step (e.g. "How does it compare with the right?"), or {@code null}
 */
public record Snapshot(
        Session.State state,
        Activity activity,
        long nanos,
        long totalNanos,
        ScheduledStep step,
        int stepIndex,
        int stepCount,
        Side foot,
        int set,
        int sets,
        int rep,
        int reps,
        int phaseIndex,
        Action action,
        FootPart part,
        String cue,
        double progress,
        int countdown,
        long beat,
        double beatProgress,
        BeatMark.Accent accent,
        double bpm,
        Cue next,
        ScheduledStep nextStep,
        String prompt) {

    /** The same moment under another state (e.g. as seen while paused). */
    public Snapshot withState(Session.State newState) {
        return new Snapshot(newState, activity, nanos, totalNanos, step, stepIndex, stepCount, foot, set, sets, rep, reps,
                phaseIndex, action, part, cue, progress, countdown, beat, beatProgress, accent, bpm, next, nextStep, prompt);
    }

    public long routineRemainingNanos() {
        return Math.max(0, totalNanos - nanos);
    }

    /** Time until the current step's last rep ends (0 outside steps). */
    public long stepRemainingNanos() {
        return step == null ? 0 : Math.max(0, step.endNanos() - nanos);
    }
}
