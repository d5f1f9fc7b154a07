package org.toetempo.audio;

/** What the player sounds: the synthesized clicks and tones, the spoken cues, or both. */
public enum SoundMode {
    CLICKS, VOICE, BOTH;

    public boolean clicks() {
        return this != VOICE;
    }

    public boolean voice() {
        return this != CLICKS;
    }
}
