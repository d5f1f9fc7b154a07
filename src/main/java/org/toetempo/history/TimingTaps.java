package org.toetempo.history;

import org.toetempo.timing.Clock;
import org.toetempo.timing.Schedule;
import org.toetempo.timing.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The taps of one session's timing self-check. Call {@link #tap} the moment the key event arrives: it reads the
 * session's own clock (the audio engine's, so the tap is timed against what was heard) and where the session stood
 * at that instant. Taps while the session is not playing do not count. Thread-safe.
 */
public final class TimingTaps {

    private final Session session;
    private final Clock clock;
    private final List<TimingSelfCheck.Tap> taps = new ArrayList<>();
    private int matched;

    /** {@code clock} must be the clock {@code session} runs on. */
    public TimingTaps(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /**
     * A tap now. Returns the lift it was matched to, or empty when it was off any lift (it is kept, but only
     * matched taps count in the figures) or the session was not playing (it is dropped).
     */
    public synchronized Optional<TimingSelfCheck.Match> tap() {
        Schedule before = session.schedule();
        long now = clock.nanos();
        long position = session.positionAt(now);
        // A tempo change that took effect within these microseconds leaves it unclear which schedule the position
        // belongs to; such a tap is dropped rather than matched against the wrong one. (Reading the schedule after
        // the clock could not tell: the position would be clamped to the change's beat.)
        if (position < 0 || session.schedule() != before) {
            return Optional.empty();
        }
        taps.add(new TimingSelfCheck.Tap(before, position));
        Optional<TimingSelfCheck.Match> match = TimingSelfCheck.match(before, position);
        if (match.isPresent()) {
            matched++;
        }
        return match;
    }

    /** The session is playing: a tap now would count. */
    public boolean playing() {
        return session.state() == Session.State.PLAYING;
    }

    /** Taps matched to a lift so far. */
    public synchronized int matched() {
        return matched;
    }

    /** The figures per block and exercise, for {@link SessionRecord#withTiming}. */
    public synchronized List<TimingCheck> checks() {
        return TimingSelfCheck.fromTaps(taps);
    }
}
