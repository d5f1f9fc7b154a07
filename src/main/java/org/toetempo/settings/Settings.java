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
 */
public record Settings(
        Theme theme,
        SoundMode sound,
        boolean muted,
        double clickVolume,
        double voiceVolume,
        double musicVolume,
        Map<String, Integer> latencyMillis,
        boolean welcomed) {

    /** Light or dark screens. */
    public enum Theme { LIGHT, DARK }

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        sound = sound == null ? SoundMode.BOTH : sound;
        clickVolume = clamp(clickVolume);
        voiceVolume = clamp(voiceVolume);
        musicVolume = clamp(musicVolume);
        latencyMillis = latencyMillis == null ? Map.of() : Map.copyOf(latencyMillis);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, SoundMode.BOTH, false, 0.8, 0.9, 0.7, Map.of(), false);
    }

    private static double clamp(double volume) {
        return Double.isNaN(volume) ? 0.8 : Math.max(0, Math.min(1, volume));
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed);
    }

    public Settings withSound(SoundMode value) {
        return new Settings(theme, value, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed);
    }

    public Settings withMuted(boolean value) {
        return new Settings(theme, sound, value, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed);
    }

    public Settings withVolumes(double clicks, double voice, double music) {
        return new Settings(theme, sound, muted, clicks, voice, music, latencyMillis, welcomed);
    }

    public Settings withLatency(String device, int millis) {
        Map<String, Integer> changed = new HashMap<>(latencyMillis);
        changed.put(device, millis);
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, changed, welcomed);
    }

    public Settings withWelcomed(boolean value) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, value);
    }

    public int latencyFor(String device) {
        return latencyMillis.getOrDefault(device, 0);
    }
}
