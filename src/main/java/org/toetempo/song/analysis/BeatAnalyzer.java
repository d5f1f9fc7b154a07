package org.toetempo.song.analysis;

import org.toetempo.timing.BeatMap;

/**
 * Finds a song's tempo, beat phase, bar phase, every beat and a confidence from mono PCM. Pure Java, no state
 * between calls, safe to call from several threads. The steps, each in a class of its own:
 *
 * <ol>
 *   <li>the onset envelope ({@link OnsetEnvelope}), built as the song is decoded ({@link OnsetEnvelopeBuilder});</li>
 *   <li>the steady tempo, phase, first beat and bar ({@link TempoSearch}, {@link GridComb}, {@link BarPhase});</li>
 *   <li>every beat, following the tempo as it moves, seeded by that tempo ({@link BeatTracker}).</li>
 * </ol>
 * Below {@link #MIN_CONFIDENCE}, or for audio shorter than {@link #MIN_SECONDS}, there is no beat.
 */
public final class BeatAnalyzer {

    /** Below this confidence the analysis reports no beat. */
    public static final double MIN_CONFIDENCE = 0.15;
    /** Shorter audio has too few beats to trust. */
    public static final double MIN_SECONDS = 5;

    private BeatAnalyzer() {
    }

    /** Everything the analysis found, for the benchmark and the tests; {@link SongAnalysis} is the public summary. */
    public record Detail(double bpm, double firstBeat, double firstDownbeat, int beatsPerBar, double confidence,
                         double musicStart, double durationSeconds) {

        public boolean found() {
            return bpm > 0;
        }
    }

    /** The overall analysis and the beat map that follows the song beat by beat ({@code null} when no beat). */
    public record Tracked(Detail detail, BeatMap map) {
    }

    /** Analyses mono samples (full scale ±1). */
    public static SongAnalysis analyze(float[] samples, int sampleRate) {
        long start = System.nanoTime();
        Detail d = detail(samples, sampleRate);
        double seconds = (System.nanoTime() - start) / 1e9;
        return summary(d, seconds);
    }

    static SongAnalysis summary(Detail d, double seconds) {
        return summary(new Tracked(d, null), seconds);
    }

    /** The summary of a tracked song: its tempo is the beat map's median, its first beat the map's first downbeat. */
    static SongAnalysis summary(Tracked t, double seconds) {
        Detail d = t.detail();
        if (!d.found()) {
            return SongAnalysis.noBeat(d.confidence(), d.durationSeconds(), seconds);
        }
        if (t.map() == null) {
            return new SongAnalysis(d.bpm(), d.firstDownbeat(), d.confidence(), d.durationSeconds(), seconds, null);
        }
        return new SongAnalysis(t.map().medianBpm(), t.map().firstDownbeatSeconds(), d.confidence(), d.durationSeconds(),
                seconds, t.map());
    }

    /** The overall analysis, then the beat tracked through the whole song ({@link BeatTracker}). */
    public static Tracked track(float[] samples, int sampleRate) {
        if (sampleRate < 4000) {
            throw new IllegalArgumentException("sample rate too low: " + sampleRate);
        }
        double duration = samples.length / (double) sampleRate;
        if (duration < MIN_SECONDS) {
            return new Tracked(new Detail(0, 0, 0, 0, 0, 0, duration), null);
        }
        return track(OnsetEnvelope.of(samples, sampleRate), duration);
    }

    /** The same from an envelope built as the song was decoded; {@code duration} is the song's length in seconds. */
    static Tracked track(OnsetEnvelope env, double duration) {
        if (duration < MIN_SECONDS || env.musicStartFrame < 0) {
            return new Tracked(new Detail(0, 0, 0, 0, 0, 0, duration), null);
        }
        Detail detail = new TempoSearch(env, duration).run(true);
        if (!detail.found()) {
            return new Tracked(detail, null);
        }
        BeatMap map = LongSongTracking.track(new BeatTracker.Envelope(env.onset, env.low, env.bands,
                OnsetEnvelope.CHROMA, env.fps, env.offset, env.musicStartFrame), detail.bpm(), detail.firstDownbeat(), Math.max(1, detail.beatsPerBar()));
        // The confidence is the better of the steady grid's fit and the tracked beats' clarity: a song that
        // drifts fits no grid, yet every beat of it is clear.
        double confidence = Math.max(detail.confidence(), map == null ? 0 : map.meanConfidence());
        if (map == null || confidence < MIN_CONFIDENCE) {
            return new Tracked(new Detail(0, 0, 0, 0, Math.min(confidence, MIN_CONFIDENCE * 0.999), 0, duration), null);
        }
        return new Tracked(new Detail(detail.bpm(), detail.firstBeat(), detail.firstDownbeat(), detail.beatsPerBar(),
                Math.min(1, confidence), detail.musicStart(), duration), map);
    }

    /** The steady tempo, phase and bar, without the tracked map. */
    public static Detail detail(float[] samples, int sampleRate) {
        if (sampleRate < 4000) {
            throw new IllegalArgumentException("sample rate too low: " + sampleRate);
        }
        double duration = samples.length / (double) sampleRate;
        if (duration < MIN_SECONDS) {
            return new Detail(0, 0, 0, 0, 0, 0, duration);
        }
        OnsetEnvelope env = OnsetEnvelope.of(samples, sampleRate);
        if (env.musicStartFrame < 0) {
            return new Detail(0, 0, 0, 0, 0, 0, duration);
        }
        return new TempoSearch(env, duration).run();
    }
}
