package org.toetempo.song.analysis;

/** A period and phase (frames) with the comb's evidence at the beats, between them and in the low band. */
record TempoCandidate(double period, double phase, double onBeat, double offBeat, double thirds, double mean,
                 double lowOn, double lowOff, double lowMean, double bpm, double alternation,
                 double lowAlternation, double hits, double interleave) {
}
