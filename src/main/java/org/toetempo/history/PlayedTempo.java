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
 * The tempo each block of a session played at, derived from its steps: the tempo most of the block's time on the
 * beat was played at, each step at its own tempo. A block written at 60 BPM whose short warm-up plays at 60 and whose
 * holds play at 48 played at 48: the first step's tempo was recorded before, and a mean (49.7) would be a tempo no
 * step played.
 */
final class PlayedTempo {

    private PlayedTempo() {
    }

    /** Per block the session's schedule plays, in order: the tempo most of its time on the beat was played at. */
    static List<BlockTempo> of(Schedule schedule) {
        Routine routine = schedule.routine();
        PlayOptions options = schedule.options();
        double[] beatSeconds = new double[schedule.steps().size()];
        for (Segment segment : schedule.segments()) {
            if (segment.onBeats() && segment.step() >= 0 && segment.step() < beatSeconds.length) {
                beatSeconds[segment.step()] += segment.durationNanos() / 1e9;
            }
        }
        // Per block: seconds on the beat per tempo, in the order the tempos first play.
        Map<Integer, Map<Double, Double>> time = new LinkedHashMap<>();
        for (ScheduledStep step : schedule.steps()) {
            time.computeIfAbsent(step.block(), b -> new LinkedHashMap<>())
                    .merge(round3(step.bpm()), beatSeconds[step.index()], Double::sum);
        }
        List<BlockTempo> out = new ArrayList<>(time.size());
        for (Map.Entry<Integer, Map<Double, Double>> entry : time.entrySet()) {
            int index = entry.getKey();
            Block block = routine.blocks().get(index);
            Tempo tempo = routine.tempo().with(block.tempo());
            boolean song = options.song() != null && (options.songEverywhere() || tempo.source() == TempoSource.SONG);
            out.add(new BlockTempo(index, block.name(), mostPlayed(entry.getValue()), song));
        }
        return List.copyOf(out);
    }

    /**
     * An entry written before the tempo was derived (its block tempo is the first step's): the tempo again from the
     * steps it recorded, the one with the most time, a step's time taken as its reps over its tempo (a record keeps
     * no durations). A block with no recorded step keeps what was written.
     */
    static List<BlockTempo> migrate(List<BlockTempo> written, List<StepRecord> steps) {
        List<BlockTempo> out = new ArrayList<>(written.size());
        for (BlockTempo tempo : written) {
            Map<Double, Double> time = new LinkedHashMap<>();
            for (StepRecord step : steps) {
                if (step.block() == tempo.block() && step.bpm() > 0) {
                    time.merge(round3(step.bpm()), step.repsPlanned() / step.bpm(), Double::sum);
                }
            }
            out.add(time.isEmpty() ? tempo : new BlockTempo(tempo.block(), tempo.name(), mostPlayed(time), tempo.song()));
        }
        return List.copyOf(out);
    }

    /** The tempo with the most time; the first of equals (a block with nothing on the beat: its first tempo). */
    private static double mostPlayed(Map<Double, Double> time) {
        double best = Double.NaN;
        double most = -1;
        for (Map.Entry<Double, Double> entry : time.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
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
