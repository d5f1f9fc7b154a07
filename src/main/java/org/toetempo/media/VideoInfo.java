package org.toetempo.media;

/**
 * What the editor needs to know of a video before it is attached.
 *
 * @param durationSeconds how long it plays
 * @param frames          its frame count
 * @param width           picture width in pixels
 * @param height          picture height in pixels
 */
public record VideoInfo(double durationSeconds, int frames, int width, int height) {

    /** Frames per second (on average). */
    public double frameRate() {
        return durationSeconds > 0 ? frames / durationSeconds : 0;
    }
}
