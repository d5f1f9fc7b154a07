package org.toetempo.settings;

import org.toetempo.audio.SoundMode;

import java.util.HashMap;
import java.util.Map;

/**
 * The user's preferences. Immutable; the {@code with...} methods return changed copies, which the
 * {@link SettingsStore} saves at once.
 *
 * @param latencyMillis output latency offset per sound device name, from the calibration screen
 * @param welcomed      the first-run welcome (safety screen) has been seen
 * @param clipLayout    where the player shows an exercise's video: beside the foot figure or in its place
 * @param language      the language chosen in the app ("en", "de"), or {@code null} to follow the system's
 */
public record Settings(
        Theme theme,
        SoundMode sound,
        boolean muted,
        double clickVolume,
        double voiceVolume,
        double musicVolume,
        Map<String, Integer> latencyMillis,
        boolean welcomed,
        ClipLayout clipLayout,
        String language) {

    /** Light or dark screens. */
    public enum Theme { LIGHT, DARK }

    /** Where the player shows an exercise's own video. */
    public enum ClipLayout { BESIDE_FIGURE, INSTEAD_OF_FIGURE }

    public Settings {
        clipLayout = clipLayout == null ? ClipLayout.BESIDE_FIGURE : clipLayout;
        theme = theme == null ? Theme.LIGHT : theme;
        sound = sound == null ? SoundMode.BOTH : sound;
        clickVolume = clamp(clickVolume);
        voiceVolume = clamp(voiceVolume);
        musicVolume = clamp(musicVolume);
        latencyMillis = latencyMillis == null ? Map.of() : clamped(latencyMillis);
    }

    /**
     * The largest latency offset kept, in milliseconds either way: Bluetooth headphones are about 250 ms late;
     * a value far beyond (a damaged or hand-edited file said 2,000,000,000) froze the player at its count-in.
     */
    public static final int MAX_LATENCY_MILLIS = 2000;

    private static Map<String, Integer> clamped(Map<String, Integer> latencies) {
        Map<String, Integer> kept = new HashMap<>();
        latencies.forEach((device, millis) -> {
            if (device != null && millis != null) {
                kept.put(device, Math.max(-MAX_LATENCY_MILLIS, Math.min(MAX_LATENCY_MILLIS, millis)));
            }
        });
        return Map.copyOf(kept);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, SoundMode.BOTH, false, 0.8, 0.9, 0.7, Map.of(), false, ClipLayout.BESIDE_FIGURE, null);
    }

    private static double clamp(double volume) {
        return Double.isNaN(volume) ? 0.8 : Math.max(0, Math.min(1, volume));
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout, language);
    }

    public Settings withSound(SoundMode value) {
        return new Settings(theme, value, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout, language);
    }

    public Settings withMuted(boolean value) {
        return new Settings(theme, sound, value, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout, language);
    }

    public Settings withVolumes(double clicks, double voice, double music) {
        return new Settings(theme, sound, muted, clicks, voice, music, latencyMillis, welcomed, clipLayout, language);
    }

    public Settings withLatency(String device, int millis) {
        Map<String, Integer> changed = new HashMap<>(latencyMillis);
        changed.put(device, millis);
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, changed, welcomed, clipLayout, language);
    }

    public Settings withWelcomed(boolean value) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, value, clipLayout, language);
    }

    public Settings withClipLayout(ClipLayout value) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, value, language);
    }

    /** The language to use from the next start ("en", "de"), or {@code null} to follow the system's. */
    public Settings withLanguage(String code) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout,
                code);
    }

    public int latencyFor(String device) {
        return latencyMillis.getOrDefault(device, 0);
    }
}
