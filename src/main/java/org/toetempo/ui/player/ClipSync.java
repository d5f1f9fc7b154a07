package org.toetempo.ui.player;

import org.toetempo.media.ClipPosition;

/**
 * What to tell a video player so that it shows what {@link ClipPosition} says, given what the player reports: a
 * pure decision, so it is tested without a media stack. The video is re-aligned (seeked) at the first beat of every
 * rep, whenever it has drifted more than {@link #DRIFT_SECONDS}, and to every still frame; its rate follows the tempo.
 */
final class ClipSync {

    /** Drift tolerated while moving before a seek: a seek costs a visible hitch, a few frames of drift do not. */
    static final double DRIFT_SECONDS = 0.12;
    /** A still frame closer than this is the right one (about one frame at 30 fps). */
    static final double STILL_SECONDS = 0.034;
    /** JavaFX's MediaPlayer plays at rates up to 8. */
    static final double MAX_RATE = 8;

    /** What to do now: seek there ({@code NaN}: don't), at this rate, playing or paused. */
    record Command(double seekTo, double rate, boolean play) {
        boolean seeks() {
            return !Double.isNaN(seekTo);
        }
    }

    private long lastRep = Long.MIN_VALUE;
    private double lastStillTarget = Double.NaN;

    /** Forget the past (a new video, or a jump). */
    void reset() {
        lastRep = Long.MIN_VALUE;
        lastStillTarget = Double.NaN;
    }

    Command decide(ClipPosition wanted, double reportedSeconds, boolean playing) {
        if (!wanted.moving()) {
            lastRep = wanted.repKey();
            boolean off = Math.abs(reportedSeconds - wanted.seconds()) > STILL_SECONDS;
            // Seek once per still target: the player's reported time lags a seek by a frame or two.
            boolean seek = (off || playing) && wanted.seconds() != lastStillTarget;
            lastStillTarget = wanted.seconds();
            return new Command(seek ? wanted.seconds() : Double.NaN, 1, false);
        }
        lastStillTarget = Double.NaN;
        double rate = Math.min(MAX_RATE, wanted.rate());
        boolean newRep = wanted.repKey() != lastRep;
        lastRep = wanted.repKey();
        boolean drifted = Math.abs(reportedSeconds - wanted.seconds()) > DRIFT_SECONDS;
        return new Command(newRep || drifted || !playing ? wanted.seconds() : Double.NaN, rate, true);
    }
}
