package org.toetempo.audio;

import org.toetempo.routine.Routine;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.MusicPosition;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;
import org.toetempo.timing.TimedEvents;

import java.util.List;

/** Where the renderer gets its beats and cues: a live {@link Session}, or a {@link Schedule} played from a given clock time. */
public interface EventSource {

    /** Reports every beat and cue whose clock time is in {@code [fromClock, toClock)}, at its clock time. */
    void eventsBetween(long fromClock, long toClock, TimedEvents sink);

    /** The routine played (for exercise names and the moving part of each phase), or {@code null}. */
    Routine routine();

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

    /**
     * Whether something is meant to be heard now (a session paused or finished is not): a line that runs dry then
     * is no gap in the sound, and is neither counted nor logged.
     */
    default boolean playing() {
        return true;
    }

    static EventSource of(Session session) {
        Routine routine = session.schedule().routine();
        return new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                session.eventsBetween(fromClock, toClock, sink);
            }

            @Override
            public Routine routine() {
                return routine;
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
            public boolean playing() {
                return session.state() == Session.State.PLAYING;
            }

            @Override
            public String toString() {
                return "session of " + routine.id();
            }
        };
    }

    /** A whole schedule played once, its time 0 at clock time {@code startClock}. */
    static EventSource of(Schedule schedule, long startClock) {
        return new EventSource() {
            @Override
            public void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
                long from = fromClock - startClock;
                long to = toClock - startClock;
                List<BeatMark> beats = schedule.beats();
                int low = 0;
                int high = beats.size();
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (beats.get(mid).nanos() < from) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
                for (int i = low; i < beats.size() && beats.get(i).nanos() < to; i++) {
                    sink.beat(startClock + beats.get(i).nanos(), beats.get(i));
                }
                List<Cue> cues = schedule.cues();
                for (int i = schedule.cueAtOrAfter(from); i < cues.size() && cues.get(i).nanos() < to; i++) {
                    sink.cue(startClock + cues.get(i).nanos(), cues.get(i));
                }
            }

            @Override
            public Routine routine() {
                return schedule.routine();
            }

            @Override
            public String toString() {
                return "schedule of " + schedule.routine().id();
            }
        };
    }
}
