package org.toetempo.audio;

import org.toetempo.song.LoadedSong;
import org.toetempo.song.decode.SongPcm;
import org.toetempo.timing.BeatMap;

/**
 * A decoded song ready to be mixed under the cues, read at any (fractional) position of its own timeline.
 *
 * <p>A routine longer than the song loops it, and the loop must not move the beat: the cues' grid continues at
 * the same period forever, so the song jumps back from the end of its last whole bar to its first beat. The loop
 * is therefore a whole number of bars (of beats, for a song shorter than a bar) long and every beat of every
 * pass falls where the grid says. At the seam the song's own tail goes on under the restarted first bar, fading
 * over {@link #SEAM_FRAMES}, so a held note or reverb does not stop dead.
 *
 * <p>Immutable and safe to read from the audio thread while the UI thread swaps songs.
 */
public final class Music {

    /** How long the tail after the loop's end fades under the restarted first bar. */
    static final int SEAM_SECONDS_DIVISOR = 20;

    private final SongPcm pcm;
    private final int sampleRate;
    private final long frames;
    private final long loopStart;
    private final long loopLength;
    private final int seamFrames;
    private final String name;

    private Music(SongPcm pcm, int sampleRate, long loopStart, long loopLength, String name) {
        this.pcm = pcm;
        this.sampleRate = sampleRate;
        this.frames = pcm.frames();
        this.loopStart = loopStart;
        this.loopLength = loopLength;
        this.seamFrames = Math.max(1, sampleRate / SEAM_SECONDS_DIVISOR);
        this.name = name;
    }

    /**
     * A song as interleaved 16-bit stereo at {@code sampleRate}, with the beat its loop keeps: {@code bpm} beats a
     * minute from a first beat at {@code firstBeatSeconds}, {@code beatsPerBar} to the bar.
     */
    public static Music of(String name, short[] stereo, int sampleRate, double bpm, double firstBeatSeconds, int beatsPerBar) {
        if (stereo.length < 2 || stereo.length % 2 != 0 || sampleRate <= 0 || !(bpm > 0) || firstBeatSeconds < 0
                || beatsPerBar < 1) {
            throw new IllegalArgumentException("bad song: " + stereo.length + " samples at " + sampleRate + " Hz, "
                    + bpm + " BPM, first beat " + firstBeatSeconds + " s");
        }
        long[] loop = steadyLoop(stereo.length / 2, sampleRate, bpm, firstBeatSeconds, beatsPerBar);
        return new Music(SongPcm.of(stereo, sampleRate), sampleRate, loop[0], loop[1], name);
    }

    /** The loop of a steady grid: from the first beat over its whole bars (else whole beats); start and length. */
    private static long[] steadyLoop(long frames, int sampleRate, double bpm, double firstBeatSeconds, int beatsPerBar) {
        double beat = sampleRate * 60.0 / bpm;
        long start = Math.min(frames - 1, Math.round(firstBeatSeconds * sampleRate));
        long usable = frames - start;
        long bars = (long) Math.floor(usable / (beat * beatsPerBar));
        long beats = (long) Math.floor(usable / beat);
        double length = bars >= 1 ? bars * beatsPerBar * beat : beats >= 1 ? beats * beat : usable;
        return new long[] {start, Math.max(1, Math.round(length))};
    }

    /**
     * A song with its tracked beats: the loop runs from the map's first downbeat over its whole bars
     * ({@link BeatMap#loopBeats()}), so the looped song's beats are where {@link BeatMap#loopedTimeOf} puts them.
     */
    public static Music of(String name, short[] stereo, int sampleRate, BeatMap beats) {
        if (stereo.length % 2 != 0) {
            throw new IllegalArgumentException("bad song: " + stereo.length + " samples at " + sampleRate + " Hz");
        }
        return of(name, SongPcm.of(stereo, Math.max(1, sampleRate)), sampleRate, beats);
    }

    /** The same for a song's sound however it is held (in memory, or mapped from its spool file). */
    public static Music of(String name, SongPcm pcm, int sampleRate, BeatMap beats) {
        long frames = pcm.frames();
        if (frames < 1 || sampleRate <= 0) {
            throw new IllegalArgumentException("bad song: " + 2 * frames + " samples at " + sampleRate + " Hz");
        }
        if (beats.isConstant()) {
            if (!(beats.medianBpm() > 0) || beats.firstDownbeatSeconds() < 0 || beats.beatsPerBar() < 1) {
                throw new IllegalArgumentException("bad song: " + beats.medianBpm() + " BPM, first beat "
                        + beats.firstDownbeatSeconds() + " s");
            }
            long[] loop = steadyLoop(frames, sampleRate, beats.medianBpm(), beats.firstDownbeatSeconds(),
                    beats.beatsPerBar());
            return new Music(pcm, sampleRate, loop[0], loop[1], name);
        }
        long start = Math.max(0, Math.min(frames - 1, Math.round(beats.firstDownbeatSeconds() * sampleRate)));
        long length = Math.max(1, Math.min(frames - start, Math.round(beats.loopSeconds() * sampleRate)));
        return new Music(pcm, sampleRate, start, length, name);
    }

    /** A loaded song at the beats it is played to (as found, or as the user corrected them). */
    public static Music of(LoadedSong song) {
        return of(song.tags().title(), song.audio(), song.audio().sampleRate(), song.beatMap());
    }

    public String name() {
        return name;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Length of the song itself, in seconds. */
    public double seconds() {
        return frames / (double) sampleRate;
    }

    /** Where the first pass ends and the song jumps back to its first beat, in seconds. */
    public double loopEndSeconds() {
        return (loopStart + loopLength) / (double) sampleRate;
    }

    /**
     * The stereo sample at {@code seconds} into the song's unwrapped timeline (looping past the loop's end),
     * interpolated between frames (cubic), into {@code out[0]} (left) and {@code out[1]} (right), full scale ±1.
     */
    void sampleAt(double seconds, float[] out) {
        double position = seconds * sampleRate;
        long i = (long) Math.floor(position);
        float t = (float) (position - i);
        for (int c = 0; c < 2; c++) {
            float y0 = frame(i - 1, c);
            float y1 = frame(i, c);
            float y2 = frame(i + 1, c);
            float y3 = frame(i + 2, c);
            // Catmull-Rom: smooth enough for 44.1 to 48 kHz and 0.5x to 1.5x speed, four reads per sample.
            out[c] = y1 + 0.5f * t * (y2 - y0 + t * (2f * y0 - 5f * y1 + 4f * y2 - y3 + t * (3f * (y1 - y2) + y3 - y0)));
        }
    }

    /** Frame {@code k} of the unwrapped timeline, channel {@code c}. */
    private float frame(long k, int c) {
        if (k < 0) {
            return 0f;
        }
        long end = loopStart + loopLength;
        if (k < end) {
            return raw(k, c);
        }
        long into = Math.floorMod(k - loopStart, loopLength);
        long q = loopStart + into;
        float v = raw(q, c);
        if (into < seamFrames) {
            v += raw(q + loopLength, c) * (1f - into / (float) seamFrames);
        }
        return v;
    }

    private float raw(long k, int c) {
        return k < frames ? pcm.sample(k, c) * (1f / 32768f) : 0f;
    }
}
