package org.toetempo.media;

import org.toetempo.routine.Clip;

/**
 * Where a clip should be at one instant of a session.
 *
 * @param step      the scheduled step whose clip it is (during a rest: the step that comes next)
 * @param clip      the clip
 * @param seconds   the video position, in seconds from the video's start
 * @param rate      how fast the video should run there (video seconds per session second; 0: a still frame)
 * @param repStart  whether this instant is a rep's first moment (the player re-aligns the video there)
 * @param repKey    which rep it is (changes from one rep to the next, so the player knows to re-align)
 */
public record ClipPosition(int step, Clip clip, double seconds, double rate, boolean repStart, long repKey) {

    public boolean moving() {
        return rate > 0;
    }
}
