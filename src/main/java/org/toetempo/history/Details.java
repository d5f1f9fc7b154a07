package org.toetempo.history;

import java.io.IOException;
import java.util.List;

/**
 * The bulky part of a session entry, {@code "details":{...}} at the end of its line: the tempos, the timing
 * self-check, the per-exercise ratings and the steps. Loading keeps it as bytes; the first read of any of those
 * lists decodes it once (thread-safe).
 */
final class Details {

    /** The decoded parts. */
    record Parts(List<BlockTempo> tempos, List<TimingCheck> timing, List<ExerciseRating> exerciseRatings,
                 List<StepRecord> steps) {

        Parts {
            tempos = List.copyOf(tempos);
            timing = List.copyOf(timing);
            exerciseRatings = List.copyOf(exerciseRatings);
            steps = List.copyOf(steps);
        }
    }

    private volatile Parts parts;
    private byte[] source;
    private final int offset;
    private final int length;

    Details(byte[] source, int offset, int length) {
        this.source = source;
        this.offset = offset;
        this.length = length;
    }

    boolean decoded() {
        return parts != null;
    }

    Parts parts() {
        Parts out = parts;
        if (out == null) {
            synchronized (this) {
                out = parts;
                if (out == null) {
                    try {
                        out = RecordCodec.decodeDetails(source, offset, length);
                    } catch (IOException e) {
                        // The bytes passed their checksum when loaded: failing here is a bug, not damage.
                        throw new IllegalStateException("part of a saved session could not be read: " + e.getMessage(), e);
                    }
                    parts = out;
                    source = null;
                }
            }
        }
        return out;
    }
}
