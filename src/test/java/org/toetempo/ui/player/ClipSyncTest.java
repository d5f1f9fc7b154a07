package org.toetempo.ui.player;

import org.junit.jupiter.api.Test;
import org.toetempo.media.ClipPosition;
import org.toetempo.routine.Clip;

import static org.assertj.core.api.Assertions.assertThat;

class ClipSyncTest {

    private static final Clip CLIP = new Clip("c".repeat(64) + ".mp4", 1.0, 3.0);

    private static ClipPosition moving(double seconds, double rate, long rep) {
        return new ClipPosition(0, CLIP, seconds, rate, false, rep);
    }

    private static ClipPosition still(double seconds, long rep) {
        return new ClipPosition(0, CLIP, seconds, 0, false, rep);
    }

    @Test
    void eachRepIsRealignedOnItsFirstBeatAndDriftIsCorrectedOnlyWhenItShows() {
        ClipSync sync = new ClipSync();
        ClipSync.Command first = sync.decide(moving(1.0, 1.5, 10), 0.4, false);
        assertThat(first.seekTo()).isEqualTo(1.0);
        assertThat(first.rate()).isEqualTo(1.5);
        assertThat(first.play()).isTrue();

        // Playing along, a few frames off: left alone.
        assertThat(sync.decide(moving(1.5, 1.5, 10), 1.45, true).seeks()).isFalse();
        // Drifted by more than the tolerance (a stalled decoder): put back.
        assertThat(sync.decide(moving(2.0, 1.5, 10), 1.7, true).seekTo()).isEqualTo(2.0);
        // The next rep's first beat: always re-aligned, even when close.
        assertThat(sync.decide(moving(1.0, 1.5, 11), 1.02, true).seekTo()).isEqualTo(1.0);
        // A faster tempo than the player can go: the rate is capped and the seeks keep it on the beat.
        assertThat(sync.decide(moving(1.2, 12, 11), 1.2, true).rate()).isEqualTo(ClipSync.MAX_RATE);
    }

    @Test
    void aHoldPausesOnItsFrameWithOneSeek() {
        ClipSync sync = new ClipSync();
        sync.decide(moving(1.9, 1, 10), 1.9, true);
        ClipSync.Command hold = sync.decide(still(2.0, 10), 1.95, true);
        assertThat(hold.play()).isFalse();
        assertThat(hold.seekTo()).isEqualTo(2.0);
        // The player has not caught up yet: no second seek to the same frame.
        ClipSync.Command again = sync.decide(still(2.0, 10), 1.95, false);
        assertThat(again.seeks()).isFalse();
        assertThat(again.play()).isFalse();
        // A rest: the next rep's first frame.
        assertThat(sync.decide(still(1.0, -1), 2.0, false).seekTo()).isEqualTo(1.0);
    }
}
