package org.toetempo.timing;

/**
 * Where beats fall in time for one stretch of a schedule. Every beat time is computed from the grid's anchor
 * in closed form, never by adding up intervals, so no error accumulates however long the session runs.
 */
public sealed interface BeatGrid permits BeatGrid.Constant, BeatGrid.Ramp, BeatGrid.Mapped {

    /** Time in nanoseconds (schedule time) of beat position {@code beat} (0 = the anchor; may be fractional). */
    long timeOf(double beat);

    /** The beat position at a time: the inverse of {@link #timeOf(double)}. */
    double beatAt(long nanos);

    /** Tempo in beats per minute at a beat position. */
    double bpmAt(double beat);

    static double periodNanos(double bpm) {
        return 60e9 / bpm;
    }

    /** Beat n at {@code t0 + n·period}. */
    record Constant(long t0, double bpm) implements BeatGrid {
        @Override
        public long timeOf(double beat) {
            return t0 + Math.round(beat * periodNanos(bpm));
        }

        @Override
        public double beatAt(long nanos) {
            return (nanos - t0) / periodNanos(bpm);
        }

        @Override
        public double bpmAt(double beat) {
            return bpm;
        }
    }

    /**
     * A tempo changing linearly with the beat count: {@code bpm(b) = startBpm + slope·b}. The time of beat b is the
     * integral of 60/bpm: {@code t0 + (60/slope)·ln(bpm(b)/startBpm)} seconds.
     */
    record Ramp(long t0, double startBpm, double slopePerBeat) implements BeatGrid {

        /** A ramp from {@code fromBpm} at beat 0 to {@code toBpm} at beat {@code beats}. */
        static Ramp between(long t0, double fromBpm, double toBpm, double beats) {
            return new Ramp(t0, fromBpm, (toBpm - fromBpm) / beats);
        }

        @Override
        public long timeOf(double beat) {
            double seconds = Math.abs(slopePerBeat) < 1e-12
                    ? beat * 60 / startBpm
                    : 60 / slopePerBeat * Math.log1p(slopePerBeat * beat / startBpm);
            return t0 + Math.round(seconds * 1e9);
        }

        @Override
        public double beatAt(long nanos) {
            double seconds = (nanos - t0) / 1e9;
            return Math.abs(slopePerBeat) < 1e-12
                    ? seconds * startBpm / 60
                    : startBpm / slopePerBeat * Math.expm1(seconds * slopePerBeat / 60);
        }

        @Override
        public double bpmAt(double beat) {
            return startBpm + slopePerBeat * beat;
        }
    }

    /**
     * A song's tracked beats: beat 0 is the map's first downbeat, beat b the map's beat as the song is looped
     * ({@link BeatMap#loopedTimeOf}), at the playback rate, the song starting at schedule time {@code songStart}.
     */
    record Mapped(long songStart, BeatMap map, double rate) implements BeatGrid {
        @Override
        public long timeOf(double beat) {
            return songStart + Math.round(map.loopedTimeOf(beat) / rate * 1e9);
        }

        @Override
        public double beatAt(long nanos) {
            return map.loopedBeatAt((nanos - songStart) * rate / 1e9);
        }

        @Override
        public double bpmAt(double beat) {
            int loop = map.loopBeats();
            double within = beat < loop ? beat : beat - Math.floor(beat / loop) * loop;
            return 60 / map.periodAtBeat(map.downbeat() + within) * rate;
        }
    }
}
