package org.toetempo.editor;

import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the routine comes to when played: its real length at the chosen tempo (count-in, lead-ins, reps, holds
 * and rests, as the player schedules them), the reps each foot does, and the tempos its beats really run at (so a
 * ramp shows as where it starts and where it ends). For a programme, one stage.
 *
 * @param totalNanos length of the whole routine
 * @param repsRight  reps the right foot does (a step on both feet counts for each)
 * @param repsLeft   reps the left foot does
 * @param steps      steps played (a repeating block's steps once per cycle)
 * @param blocks     each block of the routine as played, in order; a block the stage leaves out is not there
 */
public record Summary(long totalNanos, int repsRight, int repsLeft, int steps, List<BlockPlay> blocks) {

    /**
     * One block as played.
     *
     * @param block      its index in the routine
     * @param startNanos when its first step's lead-in starts
     * @param endNanos   when its last step's last rep ends (rests after it not included)
     * @param firstBpm   the tempo its first beat starts at
     * @param lastBpm    the tempo its last beat ends at (differs from {@code firstBpm} for a ramp)
     * @param slowestBpm the slowest beat in it (steps may have their own tempo)
     * @param fastestBpm the fastest beat in it
     */
    public record BlockPlay(int block, long startNanos, long endNanos, double firstBpm, double lastBpm,
                            double slowestBpm, double fastestBpm) {

        public double seconds() {
            return (endNanos - startNanos) / 1e9;
        }

        /** "1 min 20 s, 60 → 80 BPM", "45 s at 60 BPM", "2 min 00 s, 50–60 BPM". */
        public String describe() {
            String length = Summary.duration(seconds());
            if (Math.round(firstBpm) != Math.round(lastBpm)) {
                return length + ", " + bpm(firstBpm) + " → " + bpm(lastBpm) + " BPM";
            }
            if (Math.round(slowestBpm) != Math.round(fastestBpm)) {
                return length + ", " + bpm(slowestBpm) + "–" + bpm(fastestBpm) + " BPM";
            }
            return length + " at " + bpm(firstBpm) + " BPM";
        }
    }

    public Summary {
        blocks = List.copyOf(blocks);
    }

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
        return new Summary(schedule.totalNanos(), right, left, schedule.steps().size(), blocksOf(schedule));
    }

    private static List<BlockPlay> blocksOf(Schedule schedule) {
        List<BlockPlay> out = new ArrayList<>();
        BlockPlay current = null;
        for (Segment segment : schedule.segments()) {
            if (segment.step() < 0 || !segment.onBeats() || segment.beats() <= 0) {
                continue;
            }
            ScheduledStep step = schedule.steps().get(segment.step());
            double from = segment.grid().bpmAt(segment.gridBeat());
            // Where the tempo has got to when the segment's beats end: for a ramp, what ramp_to_bpm means.
            double to = segment.grid().bpmAt(segment.gridBeat() + segment.beats());
            if (current == null || current.block() != step.block()) {
                if (current != null) {
                    out.add(current);
                }
                current = new BlockPlay(step.block(), step.startNanos(), step.endNanos(), from, to,
                        Math.min(from, to), Math.max(from, to));
            } else {
                current = new BlockPlay(current.block(), current.startNanos(), Math.max(current.endNanos(), step.endNanos()),
                        current.firstBpm(), to, Math.min(current.slowestBpm(), Math.min(from, to)),
                        Math.max(current.fastestBpm(), Math.max(from, to)));
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    public double totalSeconds() {
        return totalNanos / 1e9;
    }

    /** The played block of this index, if the routine (or stage) plays it. */
    public Optional<BlockPlay> block(int index) {
        return blocks.stream().filter(b -> b.block() == index).findFirst();
    }

    /** "9 min 05 s", "45 s". */
    public String duration() {
        return duration(totalSeconds());
    }

    /** "40–110 BPM" over all the blocks played, or "60 BPM" when every beat runs at one tempo. */
    public String tempos() {
        double slowest = blocks.stream().mapToDouble(BlockPlay::slowestBpm).min().orElse(0);
        double fastest = blocks.stream().mapToDouble(BlockPlay::fastestBpm).max().orElse(0);
        return Math.round(slowest) == Math.round(fastest) ? bpm(slowest) + " BPM" : bpm(slowest) + "–" + bpm(fastest) + " BPM";
    }

    /** "9 min 05 s · 120 reps right, 120 left". */
    @Override
    public String toString() {
        return duration() + " · " + repsRight + " reps right, " + repsLeft + " left";
    }

    static String duration(double totalSeconds) {
        long seconds = Math.round(totalSeconds);
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static String bpm(double bpm) {
        return Long.toString(Math.round(bpm));
    }
}
