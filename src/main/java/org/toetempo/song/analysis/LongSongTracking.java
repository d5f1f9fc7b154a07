package org.toetempo.song.analysis;

import org.toetempo.timing.BeatMap;

import java.util.Arrays;

/**
 * Tracks the beat of a long song (a DJ mix, a live set) in overlapping stretches and joins the maps. The tracker's
 * Viterbi keeps a back pointer per frame and beat length, about 1.3 MB a minute: 78 MB for an hour, more than the
 * app should ask of the heap at once. A stretch of {@value #STRETCH_MINUTES} minutes needs a tenth of that, and
 * songs up to {@value #STRETCH_MINUTES} plus {@value #OVERLAP_SECONDS} s are tracked whole as before, with the
 * same result to the bit. Stretches overlap by a minute, and the join is made in the middle of the overlap, where
 * both stretches have had 30 s to settle on the beat: the later stretch's beats continue the earlier's from there,
 * at the earlier's phase.
 */
final class LongSongTracking {

    static final int STRETCH_MINUTES = 10;
    static final int OVERLAP_SECONDS = 60;

    private LongSongTracking() {
    }

    /** Whether the envelope is long enough to be tracked in stretches. */
    static boolean isLong(BeatTracker.Envelope env) {
        return env.onset().length > stretchFrames(env) + overlapFrames(env);
    }

    private static int stretchFrames(BeatTracker.Envelope env) {
        return (int) Math.round(STRETCH_MINUTES * 60 * env.fps());
    }

    private static int overlapFrames(BeatTracker.Envelope env) {
        return (int) Math.round(OVERLAP_SECONDS * env.fps());
    }

    /** The beat map of the whole song ({@code null} when no stretch has two beats), as {@link BeatTracker#track}. */
    static BeatMap track(BeatTracker.Envelope env, double bpm, double firstDownbeat, int beatsPerBar) {
        if (!isLong(env)) {
            return BeatTracker.track(env, bpm, firstDownbeat, beatsPerBar);
        }
        int frames = env.onset().length;
        int stretch = stretchFrames(env);
        int overlap = overlapFrames(env);
        double[] times = new double[0];
        float[] confidence = new float[0];
        int count = 0;
        int downbeat = 0;
        for (int from = 0; from < frames; from += stretch) {
            int to = Math.min(frames, from + stretch + overlap);
            BeatMap part = BeatTracker.track(slice(env, from, to), bpm, firstDownbeat, beatsPerBar);
            boolean last = to == frames;
            double cut = last ? Double.POSITIVE_INFINITY : env.time(from + stretch + overlap / 2.0);
            if (part != null) {
                if (count == 0) {
                    downbeat = part.downbeat();
                }
                double shift = count == 0 ? 0 : phaseShift(times, count, part, env.time(from));
                // Continue after the last beat kept, at least half a beat later (the two stretches agree on the
                // beats of the overlap to a few milliseconds; this keeps a beat from being counted twice).
                double after = count == 0 ? Double.NEGATIVE_INFINITY
                        : times[count - 1] + 0.5 * (count > 1 ? times[count - 1] - times[count - 2] : 60 / bpm);
                for (int i = 0; i < part.size(); i++) {
                    double t = part.time(i) + shift;
                    if (t > after && t < cut) {
                        if (count == times.length) {
                            times = Arrays.copyOf(times, Math.max(64, count * 2));
                            confidence = Arrays.copyOf(confidence, times.length);
                        }
                        times[count] = t;
                        confidence[count] = (float) part.confidence(i);
                        count++;
                    }
                }
            }
            if (last) {
                break;
            }
        }
        if (count < 2) {
            return null;
        }
        return BeatMap.of(Arrays.copyOf(times, count), Arrays.copyOf(confidence, count), Math.min(downbeat, count - 1),
                beatsPerBar);
    }

    /**
     * How far to move the later stretch's beats so they keep the earlier's phase: 0 when the two agree on the beats
     * of the overlap; when the later stretch followed the off-beat instead (a snare as strong as the kick, say),
     * the median distance between the two sets of beats there, taken back, so the count goes on without a lost or
     * an extra half beat.
     */
    static double phaseShift(double[] times, int count, BeatMap later, double overlapStart) {
        double[] offsets = new double[count];
        int n = 0;
        int j = 0;
        for (int i = 0; i < count; i++) {
            if (times[i] < overlapStart) {
                continue;
            }
            while (j + 1 < later.size() && Math.abs(later.time(j + 1) - times[i]) <= Math.abs(later.time(j) - times[i])) {
                j++;
            }
            offsets[n++] = later.time(j) - times[i];
        }
        if (n < 8 || count < 2) {
            return 0;
        }
        Arrays.sort(offsets, 0, n);
        double median = offsets[n / 2];
        double period = times[count - 1] - times[count - 2];
        return Math.abs(median) > 0.25 * period ? -median : 0;
    }

    /** Frames {@code [from, to)} of the envelope, its times unchanged. */
    private static BeatTracker.Envelope slice(BeatTracker.Envelope env, int from, int to) {
        int bands = env.bandCount();
        return new BeatTracker.Envelope(Arrays.copyOfRange(env.onset(), from, to), Arrays.copyOfRange(env.low(), from, to),
                env.bands() == null ? null : Arrays.copyOfRange(env.bands(), from * bands, to * bands), bands, env.fps(),
                env.offset() + from / env.fps(), Math.max(0, env.musicStartFrame() - from));
    }
}
