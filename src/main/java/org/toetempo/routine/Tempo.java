package org.toetempo.routine;

/**
 * A routine's tempo with every field settled (blocks and steps refine it with {@link TempoOverride}).
 *
 * @param rampToBpm         tempo reached at the end of the block, or 0 for a constant tempo
 * @param halfTimeAboveBpm  songs faster than this move on every second beat
 */
public record Tempo(
        double bpm,
        double minBpm,
        double maxBpm,
        double rampToBpm,
        TempoSource source,
        int countInBeats,
        int beatsPerBar,
        double halfTimeAboveBpm) {

    public boolean ramps() {
        return rampToBpm > 0 && rampToBpm != bpm;
    }

    public boolean allows(double candidateBpm) {
        return candidateBpm >= minBpm && candidateBpm <= maxBpm;
    }

    /** This tempo with the override's fields applied. A ramp is not inherited: it belongs to where it was written. */
    public Tempo with(TempoOverride override) {
        if (override == null) {
            return new Tempo(bpm, minBpm, maxBpm, 0, source, countInBeats, beatsPerBar, halfTimeAboveBpm);
        }
        return new Tempo(
                override.bpm() != null ? override.bpm() : bpm,
                override.minBpm() != null ? override.minBpm() : minBpm,
                override.maxBpm() != null ? override.maxBpm() : maxBpm,
                override.rampToBpm() != null ? override.rampToBpm() : 0,
                override.source() != null ? override.source() : source,
                countInBeats, beatsPerBar, halfTimeAboveBpm);
    }
}
