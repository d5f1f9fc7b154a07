package org.toetempo.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds onsets in rendered 16-bit PCM, independently of how it was rendered: an onset is the first frame at or
 * above a threshold after at least {@code gap} frames of silence (below a tenth of the threshold, so a decaying
 * tail that hovers around the threshold is not taken for new onsets; the start of the stream counts as silence).
 */
final class Onsets implements OfflineRender.Sink {

    enum Channel { ANY, LEFT, RIGHT }

    private final int threshold;
    private final int silence;
    private final int gap;
    private final Channel channel;
    private final List<Long> onsets = new ArrayList<>();
    private long quiet;
    private long frames;
    private int peak;

    Onsets(double threshold, int gapFrames, Channel channel) {
        this.threshold = (int) Math.round(threshold * 32767);
        this.silence = Math.max(1, this.threshold / 10);
        this.gap = gapFrames;
        this.channel = channel;
        this.quiet = gapFrames;
    }

    /** Threshold -40 dBFS, 2 ms of silence before. */
    static Onsets standard() {
        return new Onsets(0.01, Pcm.SAMPLE_RATE / 500, Channel.ANY);
    }

    @Override
    public void write(byte[] pcm, int count, long firstFrame) {
        for (int i = 0; i < count; i++) {
            int l = Math.abs(sample(pcm, 2 * i));
            int r = Math.abs(sample(pcm, 2 * i + 1));
            int a = switch (channel) {
                case ANY -> Math.max(l, r);
                case LEFT -> l;
                case RIGHT -> r;
            };
            peak = Math.max(peak, a);
            if (a >= threshold && quiet >= gap) {
                onsets.add(firstFrame + i);
            }
            quiet = a < silence ? quiet + 1 : 0;
        }
        frames += count;
    }

    static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }

    List<Long> onsets() {
        return onsets;
    }

    long frames() {
        return frames;
    }

    int peak() {
        return peak;
    }
}
