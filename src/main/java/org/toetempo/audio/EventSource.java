package org.toetempo.audio;

import org.toetempo.timing.MusicPosition;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.TimedEvents;

/**
 * Where the renderer gets its beats and cues: a live {@link Session}, or a {@link Schedule} played from a given clock
 * time. The cues carry all the renderer needs to choose their sounds, so a source has no routine to give.
 */
public interface EventSource {

    /** Reports every beat and cue whose clock time is in {@code [fromClock, toClock)}, at its clock time. */
    void eventsBetween(long fromClock, long toClock, TimedEvents sink);

    /** Increases whenever what was reported for a future time may have changed (see {@link Session#revision()}). */
    default long revision() {
        return 0;
    }

    /**
     * Where the song is at a clock time, or {@code null} when none is heard then. The renderer mixes the music
     * from it frame by frame, so the song and the cues share one clock.
     */
    default MusicPosition musicAt(long clockNanos) {
        return null;
    }

    static EventSource of(Session session) {
        String routine = session.schedule().routine().id();
        return new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                session.eventsBetween(fromClock, toClock, sink);
            }

            @Override
            public long revision() {
                return session.revision();
            }

            @Override
            public MusicPosition musicAt(long clockNanos) {
                return session.musicAt(clockNanos);
            }

            @Override
            public String toString() {
                return "session of " + routine;
            }
        };
    }

    /** A whole schedule played once, its time 0 at clock time {@code startClock}. */
    static EventSource of(Schedule schedule, long startClock) {
        return new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                schedule.eventsBetween(fromClock, toClock, startClock, sink);
            }

            @Override
            public String toString() {
                return "schedule of " + schedule.routine().id();
            }
        };
    }
}
