package org.toetempo.history;

import org.toetempo.routine.Block;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.ScheduledStep;
import org.toetempo.timing.Segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tempo each block of a session played at, derived from its steps: the mean tempo over the time its steps play
 * on the beat, each step at its own tempo. A block written at 60 BPM whose steps all play at 48 played at 48 (the
 * first step's tempo was recorded before, and a step timed in seconds carried the block's 60 into the chart).
 */
final class PlayedTempo {

    private PlayedTempo() {
    }

    /** Per block the session's schedule plays, in order: its time-weighted tempo. */
    static List<BlockTempo> of(Schedule schedule) {
        Routine routine = schedule.routine();
        PlayOptions options = schedule.options();
        double[] beatSeconds = new double[schedule.steps().size()];
        for (Segment segment : schedule.segments()) {
            if (segment.onBeats() && segment.step() >= 0 && segment.step() < beatSeconds.length) {
                beatSeconds[segment.step()] += segment.durationNanos() / 1e9;
            }
        }
        Map<Integer, double[]> sums = new LinkedHashMap<>();
        for (ScheduledStep step : schedule.steps()) {
            double[] sum = sums.computeIfAbsent(step.block(), b -> new double[3]);
            double weight = beatSeconds[step.index()];
            sum[0] += weight * step.bpm();
            sum[1] += weight;
            // A block with nothing on the beat still has a tempo to show: its steps' plain mean.
            sum[2] += step.bpm();
        }
        List<BlockTempo> out = new ArrayList<>(sums.size());
        for (Map.Entry<Integer, double[]> entry : sums.entrySet()) {
            int index = entry.getKey();
            Block block = routine.blocks().get(index);
            Tempo tempo = routine.tempo().with(block.tempo());
            boolean song = options.song() != null && (options.songEverywhere() || tempo.source() == TempoSource.SONG);
            double[] sum = entry.getValue();
            long steps = schedule.steps().stream().filter(s -> s.block() == index).count();
            double bpm = sum[1] > 0 ? sum[0] / sum[1] : sum[2] / steps;
            out.add(new BlockTempo(index, block.name(), round3(bpm), song));
        }
        return List.copyOf(out);
    }

    /**
     * An entry written before the tempo was derived (its block tempo is the first step's): the tempo again from the
     * steps it recorded, each at its own tempo, weighted by the time its reps take (reps over tempo; a record keeps
     * no durations). A block with no recorded step keeps what was written.
     */
    static List<BlockTempo> migrate(List<BlockTempo> written, List<StepRecord> steps) {
        List<BlockTempo> out = new ArrayList<>(written.size());
        for (BlockTempo tempo : written) {
            double reps = 0;
            double minutes = 0;
            for (StepRecord step : steps) {
                if (step.block() == tempo.block() && step.bpm() > 0) {
                    reps += step.repsPlanned();
                    minutes += step.repsPlanned() / step.bpm();
                }
            }
            out.add(minutes > 0 ? new BlockTempo(tempo.block(), tempo.name(), round3(reps / minutes), tempo.song())
                    : tempo);
        }
        return List.copyOf(out);
    }

    /** The fastest tempo of a block in which a step was started (0 when none was). */
    static double reached(List<BlockTempo> tempos, List<StepRecord> steps) {
        double fastest = 0;
        for (BlockTempo tempo : tempos) {
            if (steps.stream().anyMatch(s -> s.block() == tempo.block() && s.started())) {
                fastest = Math.max(fastest, tempo.bpm());
            }
        }
        return fastest;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
