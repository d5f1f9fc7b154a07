package org.toetempo.song.analysis;

/**
 * Which level of a song's meter is the pulse people tap, given a tracked beat: the beat as tracked, or three of its
 * halves (the dotted quarter of 6/8, 12/8 and shuffles, when the tracker has settled on two eighths), or two of its
 * thirds (a simple-time pulse tracked at three of its eighths).
 *
 * <p>The onset envelope is read in step with the tracked beats (twelve points per beat, so the tempo's drift does
 * not blur it) and its periodicity is compared at three lags: one beat P, the grouping of three half-beats 3P/2,
 * and two beats 2P (and for the other way, 2P/3 and 4P/3). Music in compound time tracked at two eighths repeats
 * every three eighths (3P/2: strong, weak, weak; a shuffle's long-short) and not every two or four (P, 2P);
 * simple-time music is the other way round (a tresillo's 3+3+2 repeats at 3P/2 in part, but not at 3P). The beat
 * as tracked stays unless the evidence for another grouping is clear.
 *
 * <p>Not decided here: a slow 6/8 tracked at every eighth (three per dotted quarter) looks exactly like a waltz
 * tracked at its quarter notes, so it stays as tracked (÷2 then ×⅔ in the song panel put it right).
 */
final class PulseLevel {

    /** Points per tracked beat. */
    static final int STEPS = 12;
    /** How much more the other grouping's periodicity must be than the tracked beat's to change the level. */
    static final double MARGIN = 0.3;
    /** The least periodicity (a correlation) the other grouping must have. */
    static final double FLOOR = 0.5;
    /** Fewer tracked beats than this are too few to judge. */
    static final int MIN_BEATS = 24;

    /** The pulse as a multiple of the tracked beat's length. */
    enum Level {
        AS_TRACKED(1), DOTTED(1.5), TWO_THIRDS(2.0 / 3);

        /** The pulse's length over the tracked beat's length. */
        final double ratio;

        Level(double ratio) {
            this.ratio = ratio;
        }

        /** Beats in a bar at this level, from the tracked level's count (the bar's length in time stays). */
        int beatsPerBar(int tracked) {
            return switch (this) {
                case AS_TRACKED -> tracked;
                // Three tracked beats are a bar of 6/8; six (or an unclear count) a bar of 12/8.
                case DOTTED -> tracked == 3 ? 2 : 4;
                case TWO_THIRDS -> tracked == 2 ? 3 : 4;
            };
        }
    }

    /**
     * The periodicities that decide, each a correlation of the beat-synchronous envelope with itself.
     *
     * @param beat     at one tracked beat (P)
     * @param twoBeats at 2P
     * @param dotted     at 3P/2
     * @param threeBeats at 3P
     * @param third      at 2P/3 and 4P/3, the larger
     */
    record Evidence(double beat, double twoBeats, double dotted, double threeBeats, double third) {

        /** The level these periodicities point to. */
        Level level() {
            double simple = Math.max(beat, twoBeats);
            // Compound time repeats at the dotted quarter and at two of them (three tracked beats: a bar of 6/8,
            // half a bar of 12/8); a tresillo (3+3+2 sixteenths) in simple time repeats at 3P/2 only in part.
            if (dotted > FLOOR && dotted > simple + MARGIN && threeBeats > simple + MARGIN) {
                return Level.DOTTED;
            }
            if (third > FLOOR && third > simple + MARGIN && third > dotted + MARGIN) {
                return Level.TWO_THIRDS;
            }
            return Level.AS_TRACKED;
        }
    }

    private PulseLevel() {
    }

    /** The pulse level of an onset envelope {@code x} tracked at the beats {@code frames} (frames of x). */
    static Level of(float[] x, int[] frames) {
        Evidence e = evidence(x, frames);
        return e == null ? Level.AS_TRACKED : e.level();
    }

    /** The periodicities, or {@code null} when there are too few beats. */
    static Evidence evidence(float[] x, int[] frames) {
        if (frames.length < MIN_BEATS) {
            return null;
        }
        double[] s = synchronous(x, frames);
        return new Evidence(correlation(s, STEPS), correlation(s, 2 * STEPS), correlation(s, 3 * STEPS / 2),
                correlation(s, 3 * STEPS), Math.max(correlation(s, 2 * STEPS / 3), correlation(s, 4 * STEPS / 3)));
    }

    /**
     * The envelope at {@link #STEPS} points between each tracked beat and the next, each the strongest onset within a
     * quarter of a step either side (a played note is a few milliseconds off the grid), less the mean.
     */
    static double[] synchronous(float[] x, int[] frames) {
        int beats = frames.length - 1;
        double[] s = new double[beats * STEPS];
        double mean = 0;
        for (int i = 0; i < beats; i++) {
            double length = frames[i + 1] - frames[i];
            double reach = Math.max(1, length / STEPS / 4);
            for (int j = 0; j < STEPS; j++) {
                double at = frames[i] + j * length / STEPS;
                int lo = Math.max(0, (int) Math.floor(at - reach));
                int hi = Math.min(x.length - 1, (int) Math.ceil(at + reach));
                float best = 0;
                for (int f = lo; f <= hi; f++) {
                    best = Math.max(best, x[f]);
                }
                s[i * STEPS + j] = best;
                mean += best;
            }
        }
        mean /= s.length;
        for (int i = 0; i < s.length; i++) {
            s[i] -= mean;
        }
        return s;
    }

    /** The normalised correlation of {@code s} with itself {@code lag} points later. */
    static double correlation(double[] s, int lag) {
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i + lag < s.length; i++) {
            dot += s[i] * s[i + lag];
            a += s[i] * s[i];
            b += s[i + lag] * s[i + lag];
        }
        return a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
    }
}
