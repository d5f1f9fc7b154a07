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
        ClipLayout clipLayout) {

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
        latencyMillis = latencyMillis == null ? Map.of() : Map.copyOf(latencyMillis);
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, SoundMode.BOTH, false, 0.8, 0.9, 0.7, Map.of(), false, ClipLayout.BESIDE_FIGURE);
    }

    private static double clamp(double volume) {
        return Double.isNaN(volume) ? 0.8 : Math.max(0, Math.min(1, volume));
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout);
    }

    public Settings withSound(SoundMode value) {
        return new Settings(theme, value, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout);
    }

    public Settings withMuted(boolean value) {
        return new Settings(theme, sound, value, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, clipLayout);
    }

    public Settings withVolumes(double clicks, double voice, double music) {
        return new Settings(theme, sound, muted, clicks, voice, music, latencyMillis, welcomed, clipLayout);
    }

    public Settings withLatency(String device, int millis) {
        Map<String, Integer> changed = new HashMap<>(latencyMillis);
        changed.put(device, millis);
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, changed, welcomed, clipLayout);
    }

    public Settings withWelcomed(boolean value) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, value, clipLayout);
    }

    public Settings withClipLayout(ClipLayout value) {
        return new Settings(theme, sound, muted, clickVolume, voiceVolume, musicVolume, latencyMillis, welcomed, value);
    }

    public int latencyFor(String device) {
        return latencyMillis.getOrDefault(device, 0);
    }
}
