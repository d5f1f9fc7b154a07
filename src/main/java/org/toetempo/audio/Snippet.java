package org.toetempo.audio;

/**
 * A short mono sound at {@link Pcm#SAMPLE_RATE}, amplitude within [-1, 1]. Its onset is sample 0: the player puts
 * sample 0 exactly on the frame of its beat or cue. The samples are never changed after construction.
 */
public final class Snippet {

    private final String name;
    private final float[] samples;

    Snippet(String name, float[] samples) {
        this.name = name;
        this.samples = samples;
    }

    public String name() {
        return name;
    }

    public int length() {
        return samples.length;
    }

    public float sample(int i) {
        return samples[i];
    }

    /** A copy of the samples. */
    public float[] samples() {
        return samples.clone();
    }

    float[] data() {
        return samples;
    }

    public double seconds() {
        return samples.length / (double) Pcm.SAMPLE_RATE;
    }

    public float peak() {
        float peak = 0;
        for (float s : samples) {
            peak = Math.max(peak, Math.abs(s));
        }
        return peak;
    }

    @Override
    public String toString() {
        return name + " (" + Math.round(seconds() * 1000) + " ms)";
    }
}
