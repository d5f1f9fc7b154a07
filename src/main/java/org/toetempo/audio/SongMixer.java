package org.toetempo.audio;

import org.toetempo.timing.MusicPosition;

import java.util.Arrays;

/**
 * The song's part of the {@link Renderer}'s mix, and what it remembers from one frame to the next: where the song
 * was, so a stop or a jump fades the old place out while the new one fades in; and how far it is ducked under the
 * voice (the renderer says where it speaks).
 */
final class SongMixer {

    /** Marks, in {@code voiced}, the frames of {@code [w0, w0 + frames)} in which a spoken cue sounds. */
    interface SpeechMask {
        void mark(long w0, int frames, boolean[] voiced);
    }

    /** A stop or jump fades the old place out over 20 ms, the new one in over 5 ms: no click either way. */
    static final int STOP_FADE = Pcm.SAMPLE_RATE / 50;
    static final int FADE_IN = Pcm.SAMPLE_RATE / 200;
    /** At the routine's end (or where a metronome block takes over) the song fades out over 3 s. */
    static final int END_FADE = 3 * Pcm.SAMPLE_RATE;
    static final float DUCKED = 0.35f;
    static final float ATTACK = (float) (1 - Math.exp(-1.0 / (0.010 * Pcm.SAMPLE_RATE)));
    static final float RELEASE = (float) (1 - Math.exp(-1.0 / (0.250 * Pcm.SAMPLE_RATE)));

    private final SpeechMask speech;
    private final float[] lr = new float[2];
    private double[] at = new double[0];
    private double[] rate = new double[0];
    private long[] left = new long[0];
    private boolean[] voiced = new boolean[0];

    private boolean on;
    private Music heard;
    private double lastAt;
    private double lastRate;
    private long lastLeft;
    private int fadeIn;
    private float duck = 1f;

    private Music tail;
    private double tailAt;
    private double tailStep;
    private int tailLeft;
    private int tailLength;

    SongMixer(SpeechMask speech) {
        this.speech = speech;
    }

    void restart() {
        on = false;
        tail = null;
    }

    private boolean[] voiced(long w0, int frames) {
        if (voiced.length < frames) {
            voiced = new boolean[frames];
        }
        Arrays.fill(voiced, 0, frames, false);
        speech.mark(w0, frames, voiced);
        return voiced;
    }

    /** Long windows (offline renders) are mixed a block at a time, so the per-frame buffers stay small. */
    static final int BLOCK = 1024;

    void mix(EventSource source, Music song, MixOptions options, float[] out, long w0, int frames) {
        for (int done = 0; done < frames; done += BLOCK) {
            mixBlock(source, song, options, out, 2 * done, w0 + done, Math.min(BLOCK, frames - done));
        }
    }

    private void mixBlock(EventSource source, Music song, MixOptions options, float[] out, int offset, long w0,
                          int frames) {
        if (song == null && tail == null && !on) {
            return;
        }
        positions(source, song, w0, frames);
        boolean[] speaking = voiced(w0, frames);
        float volume = (float) options.musicVolume();
        double frameSeconds = 1.0 / Pcm.SAMPLE_RATE;
        for (int i = 0; i < frames; i++) {
            double p = at[i];
            boolean now = !Double.isNaN(p);
            if (on && (!now || Math.abs(p - (lastAt + lastRate * frameSeconds)) > 1e-4)) {
                fadeOut(lastLeft < Pcm.nanosOf(STOP_FADE) ? END_FADE : STOP_FADE);
                fadeIn = 0;
            } else if (now && !on) {
                fadeIn = 0;
            }
            duck += ((speaking[i] ? DUCKED : 1f) - duck) * (speaking[i] ? ATTACK : RELEASE);
            float gain = volume * duck;
            int o = offset + 2 * i;
            if (now) {
                song.sampleAt(p, lr);
                float g = fadeIn < FADE_IN ? gain * fadeIn++ / FADE_IN : gain;
                out[o] += lr[0] * g;
                out[o + 1] += lr[1] * g;
                lastAt = p;
                lastRate = rate[i];
                lastLeft = left[i];
                heard = song;
            }
            on = now;
            if (tail != null) {
                tail.sampleAt(tailAt, lr);
                float fraction = tailLeft / (float) tailLength;
                // An S-curve: a 3 s fade that sounds even, and a 20 ms one without a click.
                float g = gain * fraction * fraction * (3f - 2f * fraction);
                out[o] += lr[0] * g;
                out[o + 1] += lr[1] * g;
                tailAt += tailStep;
                if (--tailLeft <= 0) {
                    tail = null;
                }
            }
        }
    }

    private void fadeOut(int length) {
        if (heard == null) {
            return;
        }
        tail = heard;
        tailAt = lastAt + lastRate / Pcm.SAMPLE_RATE;
        tailStep = lastRate / Pcm.SAMPLE_RATE;
        tailLeft = length;
        tailLength = length;
    }

    /** Song seconds (NaN: none), rate and time left of its span for every frame of the window. */
    private void positions(EventSource source, Music song, long w0, int frames) {
        if (at.length < frames) {
            at = new double[frames];
            rate = new double[frames];
            left = new long[frames];
        }
        if (song == null || source == null) {
            Arrays.fill(at, 0, frames, Double.NaN);
            return;
        }
        long c0 = Pcm.nanosOf(w0);
        long c1 = Pcm.nanosOf(w0 + frames - 1);
        MusicPosition a = source.musicAt(c0);
        MusicPosition b = frames > 1 ? source.musicAt(c1) : a;
        if (a != null && b != null && a.song().equals(b.song())
                && Math.abs(b.songNanos() - a.songNanos() - (c1 - c0) * a.song().rate()) < 2_000) {
            // One mapping over the whole window (no command or span boundary inside): a straight line.
            for (int i = 0; i < frames; i++) {
                long elapsed = Pcm.nanosOf(w0 + i) - c0;
                at[i] = (a.songNanos() + elapsed * a.song().rate()) / 1e9;
                rate[i] = a.song().rate();
                left[i] = a.spanLeftNanos() - elapsed;
            }
            return;
        }
        for (int i = 0; i < frames; i++) {
            MusicPosition m = i == 0 ? a : i == frames - 1 ? b : source.musicAt(Pcm.nanosOf(w0 + i));
            at[i] = m == null ? Double.NaN : m.songNanos() / 1e9;
            rate[i] = m == null ? 1 : m.song().rate();
            left[i] = m == null ? 0 : m.spanLeftNanos();
        }
    }
}
