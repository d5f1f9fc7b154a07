package org.toetempo.audio;

/**
 * How the renderer mixes. Immutable; the {@code with...} methods return changed copies.
 *
 * @param mode          clicks only, voice only, or both
 * @param clickVolume   gain of the clicks and tones, 0 to 1
 * @param voiceVolume   gain of the spoken cues, 0 to 1
 * @param countdownFrom countdowns in holds and rests are sounded (pip and number) from this many seconds left
 * @param musicVolume   gain of the song, 0 to 1
 * @param clickOverSong whether beat clicks and phase tones sound while the song plays (to check the beat);
 *                      without, the song is the beat and only the voice and the other tones are heard over it
 */
public record MixOptions(SoundMode mode, double clickVolume, double voiceVolume, int countdownFrom, double musicVolume,
                         boolean clickOverSong) {

    public MixOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (!(clickVolume >= 0 && clickVolume <= 1) || !(voiceVolume >= 0 && voiceVolume <= 1)
                || !(musicVolume >= 0 && musicVolume <= 1)) {
            throw new IllegalArgumentException("volumes go from 0 to 1: " + clickVolume + ", " + voiceVolume + ", " + musicVolume);
        }
        if (countdownFrom < 0 || countdownFrom > 10) {
            throw new IllegalArgumentException("countdownFrom goes from 0 to 10: " + countdownFrom);
        }
    }

    public MixOptions(SoundMode mode, double clickVolume, double voiceVolume, int countdownFrom) {
        this(mode, clickVolume, voiceVolume, countdownFrom, 0.8, false);
    }

    public static MixOptions defaults() {
        return new MixOptions(SoundMode.BOTH, 0.7, 0.9, 3);
    }

    public MixOptions withMode(SoundMode newMode) {
        return new MixOptions(newMode, clickVolume, voiceVolume, countdownFrom, musicVolume, clickOverSong);
    }

    public MixOptions withClickVolume(double volume) {
        return new MixOptions(mode, volume, voiceVolume, countdownFrom, musicVolume, clickOverSong);
    }

    public MixOptions withVoiceVolume(double volume) {
        return new MixOptions(mode, clickVolume, volume, countdownFrom, musicVolume, clickOverSong);
    }

    public MixOptions withCountdownFrom(int seconds) {
        return new MixOptions(mode, clickVolume, voiceVolume, seconds, musicVolume, clickOverSong);
    }

    public MixOptions withMusicVolume(double volume) {
        return new MixOptions(mode, clickVolume, voiceVolume, countdownFrom, volume, clickOverSong);
    }

    public MixOptions withClickOverSong(boolean on) {
        return new MixOptions(mode, clickVolume, voiceVolume, countdownFrom, musicVolume, on);
    }
}
