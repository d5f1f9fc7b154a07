package org.toetempo.routine;

/** Tempo fields a block or step changes; {@code null} means "as the enclosing level". */
public record TempoOverride(Double bpm, Double minBpm, Double maxBpm, Double rampToBpm, TempoSource source) {
}
