package org.toetempo.ui;

import org.toetempo.audio.AudioEngine;
import org.toetempo.audio.EventSource;
import org.toetempo.audio.MixOptions;
import org.toetempo.audio.Music;
import org.toetempo.audio.Renderer;
import org.toetempo.audio.SoundKit;
import org.toetempo.audio.SoundMode;
import org.toetempo.audio.VoiceBank;
import org.toetempo.routine.Routine;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Phrase;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Clock;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.TimedEvents;

import java.util.ArrayList;
import java.util.List;

/**
 * The app's one audio engine and what the user set for it: clicks/voice, volumes, mute, latency per device.
 * Everything that plays runs on {@link #clock()}, the frames actually played (or the system clock without a device).
 */
final class SoundOutput implements AutoCloseable {

    /** The key latency offsets are saved under when the default output is used. */
    static final String DEFAULT_DEVICE = "default output";

    private final AudioEngine engine;
    private final SettingsStore settings;
    private volatile boolean clickOverSong;
    /** The engine's gap count when the session began. */
    private volatile int gapsBefore;

    private SoundOutput(AudioEngine engine, SettingsStore settings) {
        this.engine = engine;
        this.settings = settings;
        apply(settings.get());
    }

    /** Starts the engine with the voice of a language ("en", "de"). */
    static SoundOutput start(SettingsStore settings, String language) {
        Renderer renderer = new Renderer(SoundKit.standard(), VoiceBank.builtIn(language), MixOptions.defaults());
        return new SoundOutput(AudioEngine.start(renderer, AudioEngine.Config.defaults()), settings);
    }

    Clock clock() {
        return engine.clock();
    }

    /**
     * A sentence for the user when there is no sound, or when the sound skipped during this session (said once,
     * and kept in view: not an alert at every gap), else {@code null}.
     */
    String problem() {
        AudioEngine.State state = engine.state();
        if (state.status().sound()) {
            int skipped = engine.gaps() - gapsBefore;
            return skipped <= 0 ? null : "The computer was too busy to keep the sound whole: it skipped "
                    + (skipped == 1 ? "once" : skipped + " times") + " in this session. Closing other programs helps.";
        }
        if (state.status() == AudioEngine.Status.STARTING) {
            return null;
        }
        return state.message().isEmpty() ? "No sound: playing without sound." : capitalised(state.message());
    }

    void follow(Session session) {
        gapsBefore = engine.gaps();
        // Commands land just beyond the sound already queued, so their first beat is never late.
        session.setCommandLead((engine.aheadMillis() + 30) * 1_000_000L);
        engine.play(session);
    }

    /** Makes the engine sound as the settings say (call after every change). */
    void apply(Settings s) {
        SoundMode mode = switch (s.sound()) {
            case CLICKS -> SoundMode.CLICKS;
            case VOICE -> SoundMode.VOICE;
            case BOTH -> SoundMode.BOTH;
        };
        engine.renderer().mix(MixOptions.defaults().withMode(mode)
                .withClickVolume(s.muted() ? 0 : s.clickVolume())
                .withVoiceVolume(s.muted() ? 0 : s.voiceVolume())
                .withMusicVolume(s.muted() ? 0 : s.musicVolume())
                .withClickOverSong(clickOverSong));
        engine.latencyOffsetNanos(s.latencyFor(DEFAULT_DEVICE) * 1_000_000L);
    }

    /** The song mixed under the cues wherever the session plays one ({@code null}: none). */
    void music(Music music) {
        engine.renderer().music(music);
    }

    /** Clicks and phase tones over the song (to check its beat), or the song alone as the beat. */
    void clickOverSong(boolean on) {
        clickOverSong = on;
        apply(settings.get());
    }

    /** Saves and applies the change; the reason it could not be saved (it still applies), else {@code null}. */
    Phrase save(Settings changed) {
        Phrase problem = settings.save(changed);
        apply(settings.get());
        return problem;
    }

    Settings settings() {
        return settings.get();
    }

    long latencyOffsetNanos() {
        return engine.latencyOffsetNanos();
    }

    void latencyOffsetNanos(long nanos) {
        engine.latencyOffsetNanos(nanos);
    }

    /** The first {@code seconds} of a routine (count-in, lead-in with the exercise's name, a few reps), once. */
    void preview(Routine routine, double seconds) {
        Schedule schedule = Schedule.compile(routine, PlayOptions.defaults());
        long limit = Math.round(seconds * 1e9);
        long start = engine.clock().nanos() + 150_000_000L;
        EventSource whole = EventSource.of(schedule, start);
        engine.play(new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                whole.eventsBetween(fromClock, Math.min(toClock, start + limit), sink);
            }
        });
    }

    /**
     * Plays {@code count} plain clicks at {@code bpm} from {@code startClock}, with no latency offset (for the
     * calibration), and returns their clock times.
     */
    List<Long> clicks(long startClock, int count, double bpm) {
        engine.latencyOffsetNanos(0);
        List<Long> times = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            times.add(startClock + Math.round(k * 60e9 / bpm));
        }
        engine.play(new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                for (int k = 0; k < times.size(); k++) {
                    long t = times.get(k);
                    if (t >= fromClock && t < toClock) {
                        sink.beat(t, new BeatMark(t - startClock, k,
                                k % 4 == 0 ? BeatMark.Accent.REP : BeatMark.Accent.PHASE, null));
                    }
                }
            }
        });
        return times;
    }

    /** The output devices that can play, by name. */
    List<String> devices() {
        return AudioEngine.devices();
    }

    /** The device playing now ({@code null}: the system default). */
    String device() {
        return engine.device();
    }

    /** Plays through this device from now on ({@code null}: the system default). */
    void useDevice(String name) {
        engine.useDevice(name);
    }

    @Override
    public void close() {
        engine.close();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
