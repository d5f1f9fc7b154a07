package org.toetempo.timing;

import org.toetempo.routine.Exercise;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;

import java.util.List;

/**
 * One step as scheduled: a routine step at a tempo, with its exact start and end. A step that cycles in a
 * repeating block appears once per cycle.
 *
 * @param index        position among the schedule's steps (what next/previous step move through)
 * @param block        index of the block in the routine
 * @param stepInBlock  index of the step in its block
 * @param cycle        0 for the first pass of a repeating block, 1 for the second, ...
 * @param title        what to show: the step's title or the exercise's name
 * @param level        the level played, or {@code null} when the exercise has none
 * @param sets         sets per foot as the step writes them (see {@link #setsOn} for a foot with an extra set)
 * @param reps         reps per set actually scheduled (for {@code for_seconds} steps, counted at the tempo)
 * @param bpm          the tempo its beats start at
 * @param startNanos   schedule time of its lead-in
 * @param endNanos     schedule time when its last rep ends (before any rest after it)
 * @param firstSegment index of its first segment in {@link Schedule#segments()}
 * @param segmentCount how many segments it spans, through its last rep (rests after it not included)
 */
public record ScheduledStep(
        int index,
        int block,
        int stepInBlock,
        int cycle,
        Step step,
        Exercise exercise,
        String title,
        String level,
        int sets,
        int reps,
        double bpm,
        long startNanos,
        long endNanos,
        int firstSegment,
        int segmentCount,
        List<Side> feet) {

    /** Sets scheduled on one foot, with any extra set the user was given on it; the written sets for no foot. */
    public int setsOn(Side foot) {
        int n = foot == null ? 0 : StepLayout.setsOn(feet, foot);
        return n > 0 ? n : sets;
    }
}
