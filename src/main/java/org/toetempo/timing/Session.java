package org.toetempo.timing;

import org.toetempo.routine.Routine;
import org.toetempo.routine.Tempo;

/**
 * The player's state machine over a {@link Schedule}. Where the user is follows from one mapping, schedule time =
 * {@code anchorSchedule + (now - anchorWall)}, re-anchored by every command (pause, resume, jumps, tempo
 * changes), so nothing accumulates and a snapshot is a pure function of the clock's "now".
 *
 * <p>Methods are synchronized: the audio thread asks for snapshots while the UI thread sends commands.
 * The session starts no threads and never sleeps.
 */
public final class Session {

    /** Where the session stands. */
    public enum State { READY, PLAYING, PAUSED, STOPPED, FINISHED }

    private final Routine routine;
    private final Clock clock;
    private PlayOptions options;
    private Schedule schedule;

    private State state = State.READY;
    /** Counts commands, so the audio renderer knows when what it rendered ahead is stale. */
    private long revision;
    /** How far ahead of "now" a command's first beat is placed, so sound already queued cannot make it late. */
    private long commandLead;
    private long anchorWall;
    private long anchorSchedule;
    /** While paused: how long the position still had to wait (a rest's extension) when the pause came. */
    private long heldNanos;

    /** A tempo change waiting for its beat: from {@code switchWall} on, {@code switchTo} is the schedule. */
    private Schedule switchTo;
    private long switchWall;
    private long switchSchedule;

    public Session(Routine routine, PlayOptions options, Clock clock) {
        this.routine = routine;
        this.clock = clock;
        this.options = options;
        this.schedule = Schedule.compile(routine, options);
    }

    /**
     * Places the first beat after play, resume or a jump this far after the command, instead of on the command's
     * own instant (which the audio line has already queued sound for). The position waits there meanwhile.
     */
    public synchronized void setCommandLead(long nanos) {
        commandLead = Math.max(0, nanos);
    }

    public synchronized Schedule schedule() {
        settle(clock.nanos());
        return schedule;
    }

    public synchronized State state() {
        settle(clock.nanos());
        return state;
    }

    // ------------------------------------------------------------------ commands

    /** Starts from the current position (the beginning, unless a step was chosen), or resumes after a pause. */
    public synchronized void play() {
        long now = clock.nanos();
        commit(now);
        switch (state) {
            case READY -> start(now, anchorSchedule);
            case PAUSED -> resume();
            case STOPPED, FINISHED -> start(now, 0);
            case PLAYING -> { }
        }
    }

    public synchronized void pause() {
        long now = clock.nanos();
        commit(now);
        if (state == State.PLAYING) {
            revision++;
            anchorSchedule = position(now);
            heldNanos = Math.max(0, anchorWall - commandLead - now);
            state = State.PAUSED;
        }
    }

    /** Carries on exactly where the pause left off: the same beat, the same point in the phase. */
    public synchronized void resume() {
        long now = clock.nanos();
        commit(now);
        if (state == State.PAUSED) {
            start(now, anchorSchedule);
        }
    }

    public synchronized void togglePause() {
        commit(clock.nanos());
        if (state == State.PLAYING) {
            pause();
        } else {
            play();
        }
    }

    /** Ends the session where it stands (the position is kept for the record). */
    public synchronized void stop() {
        long now = clock.nanos();
        commit(now);
        if (state == State.PLAYING) {
            anchorSchedule = position(now);
        }
        heldNanos = 0;
        if (state != State.FINISHED) {
            revision++;
            state = State.STOPPED;
        }
    }

    public synchronized void nextStep() {
        long now = clock.nanos();
        commit(now);
        settleFinished(now);
        if (state == State.FINISHED) {
            return;   // nothing comes after the end: a stray → must not reopen a finished session
        }
        int current = SchedulePlaces.stepIndexAt(schedule, position(now));
        if (current + 1 < schedule.steps().size()) {
            jumpTo(current + 1, now);
        } else {
            moveTo(schedule.totalNanos(), now);
        }
    }

    /**
     * Skips the rest now running (between sets, after a step or a block): play goes on at the rest's end, the next
     * set's lead-in. Does nothing outside a rest. Returns whether it skipped.
     */
    public synchronized boolean skipRest() {
        long now = clock.nanos();
        commit(now);
        settleFinished(now);
        if (state == State.FINISHED) {
            return false;
        }
        Segment segment = schedule.segments().get(schedule.segmentAt(position(now)));
        if (segment.activity() != Activity.REST) {
            return false;
        }
        moveTo(segment.endNanos(), now);
        return true;
    }

    /**
     * Lengthens the rest now running by {@code nanos}: the position waits where it is that much longer, so
     * everything after the rest comes later, as after a jump. Does nothing outside a rest. Returns whether it did.
     */
    public synchronized boolean extendRest(long nanos) {
        long now = clock.nanos();
        commit(now);
        settleFinished(now);
        if (state == State.FINISHED || nanos <= 0) {
            return false;
        }
        long at = position(now);
        if (schedule.segments().get(schedule.segmentAt(at)).activity() != Activity.REST) {
            return false;
        }
        revision++;
        if (state == State.PLAYING) {
            anchorWall = Math.max(anchorWall, now) + nanos;
            anchorSchedule = at;
        } else {
            heldNanos += nanos;
        }
        return true;
    }

    public synchronized void previousStep() {
        long now = clock.nanos();
        commit(now);
        jumpTo(Math.max(0, SchedulePlaces.stepIndexAt(schedule, position(now)) - 1), now);
    }

    public synchronized void restartStep() {
        long now = clock.nanos();
        commit(now);
        jumpTo(Math.max(0, SchedulePlaces.stepIndexAt(schedule, position(now))), now);
    }

    public synchronized void jumpToStep(int index) {
        if (index < 0 || index >= schedule.steps().size()) {
            throw new IndexOutOfBoundsException("no step " + index + " of " + schedule.steps().size());
        }
        long now = clock.nanos();
        commit(now);
        jumpTo(index, now);
    }

    /**
     * Changes the tempo of the current block, clamped to its allowed range. It takes effect on the next beat (or
     * when the current hold or rest ends), and the user keeps their place: same step, set, rep and phase.
     *
     * @return the tempo applied
     */
    public synchronized double changeTempo(double bpm) {
        long now = clock.nanos();
        commit(now);
        long at = position(now);
        int segmentIndex = schedule.segmentAt(at);
        int block = SchedulePlaces.blockAt(schedule, segmentIndex);
        Tempo range = routine.tempo().with(routine.blocks().get(block).tempo());
        double applied = Math.max(range.minBpm(), Math.min(range.maxBpm(), bpm));
        Schedule next = Schedule.compile(routine, options = options.withBlockBpm(block, applied));
        revision++;
        if (state != State.PLAYING) {
            // Nothing moves while paused or ready: the same place in the new schedule, at once.
            anchorSchedule = SchedulePlaces.mapPosition(schedule, segmentIndex,
                    SchedulePlaces.exactBeatOffset(schedule, segmentIndex, at), next);
            schedule = next;
            return applied;
        }
        Segment segment = schedule.segments().get(segmentIndex);
        double beatOffset;
        long switchAt;
        if (segment.onBeats()) {
            double offset = Math.ceil(segment.grid().beatAt(at) - segment.gridBeat() - 1e-9);
            switchAt = segment.grid().timeOf(segment.gridBeat() + offset);
            beatOffset = offset;
        } else {
            switchAt = segment.endNanos();
            beatOffset = segment.onBeats() ? segment.beats() : 0;
        }
        int targetSegment = segmentIndex;
        if (!segment.onBeats() || beatOffset >= segment.beats()) {
            targetSegment = Math.min(segmentIndex + 1, schedule.segments().size() - 1);
            beatOffset = 0;
        }
        switchTo = next;
        switchWall = anchorWall + (switchAt - anchorSchedule);
        switchSchedule = SchedulePlaces.mapPosition(schedule, targetSegment, beatOffset, next);
        return applied;
    }

    /**
     * Plays on with other options (a song loaded or put away, its tempo or first beat corrected, its speed
     * changed), keeping the user's place: the same segment of the same step, at the same beat (or the same time
     * into a hold or rest). While playing, the change takes effect one command lead from now, at the place the old
     * schedule reaches then, so sound already queued plays out and the music goes on without a gap.
     */
    public synchronized void changeOptions(PlayOptions newOptions) {
        long now = clock.nanos();
        commit(now);
        Schedule next = Schedule.compile(routine, newOptions);
        options = newOptions;
        revision++;
        if (state != State.PLAYING) {
            long at = position(now);
            anchorSchedule = SchedulePlaces.samePlace(schedule, at, next);
            schedule = next;
            return;
        }
        long wall = now + commandLead;
        long at = position(wall);
        if (at >= schedule.totalNanos()) {
            schedule = next;
            anchorSchedule = next.totalNanos();
            anchorWall = now;
            return;
        }
        switchTo = next;
        switchWall = wall;
        switchSchedule = SchedulePlaces.samePlace(schedule, at, next);
    }

    /** The options played now. */
    public synchronized PlayOptions options() {
        return options;
    }

    /**
     * Where the song is at a clock time, or {@code null} when no song is heard then: not playing, waiting for a
     * command's first beat, or outside the blocks that follow the song.
     */
    public synchronized MusicPosition musicAt(long clockNanos) {
        if (state != State.PLAYING) {
            return null;
        }
        boolean switched = switchTo != null && clockNanos >= switchWall;
        if (!switched && clockNanos < anchorWall) {
            return null;   // waiting for a command's first beat: the position holds still, and a song cannot
        }
        Schedule on = switched ? switchTo : schedule;
        long at = positionAt(clockNanos);
        SongTiming song = on.options().song();
        if (song == null) {
            return null;
        }
        for (Schedule.SongSpan span : on.songSpans()) {
            if (at >= span.startNanos() && at < span.endNanos()) {
                return new MusicPosition(Math.round((at - span.startNanos()) * song.rate()), song, span.endNanos() - at);
            }
        }
        return null;
    }

    /**
     * The schedule time at a clock time, to the nanosecond (for timing a tap, or placing music ahead of "now"),
     * taking a pending tempo change into account; -1 when the session is not playing.
     */
    public synchronized long positionAt(long clockNanos) {
        if (state != State.PLAYING) {
            return -1;
        }
        if (switchTo != null && clockNanos >= switchWall) {
            return switchSchedule + (clockNanos - switchWall);
        }
        return anchorSchedule + Math.max(0, clockNanos - anchorWall);
    }

    /** Increases with every command that changes what will be heard. */
    public synchronized long revision() {
        return revision;
    }

    /**
     * Reports every beat and cue whose clock time falls in {@code [fromClock, toClock)}, at its clock time: the beats in order, then the cues in order.
     * Covers a pending tempo change: events after its switch come from the new schedule. Nothing while not playing.
     */
    public synchronized void eventsBetween(long fromClock, long toClock, TimedEvents sink) {
        if (state != State.PLAYING || toClock <= fromClock) {
            return;
        }
        if (switchTo == null || toClock <= switchWall) {
            schedule.eventsBetween(fromClock, toClock, anchorWall - anchorSchedule, sink);
        } else if (fromClock >= switchWall) {
            switchTo.eventsBetween(fromClock, toClock, switchWall - switchSchedule, sink);
        } else {
            schedule.eventsBetween(fromClock, switchWall, anchorWall - anchorSchedule, sink);
            switchTo.eventsBetween(switchWall, toClock, switchWall - switchSchedule, sink);
        }
    }

    // ------------------------------------------------------------------ snapshot

    /** The state of play now. Cheap enough to call for every audio buffer and every frame. */
    public synchronized Snapshot snapshot() {
        long now = clock.nanos();
        settle(now);
        settleFinished(now);
        return Snapshots.describe(schedule, routine, state, position(now), waitLeft(now));
    }

    /**
     * What this session will still play from now, as the clock will run it: the schedule left from the position
     * plus the time the position still waits (a rest made longer, a command's lead); 0 once finished or stopped.
     */
    public synchronized long remainingNanos() {
        long now = clock.nanos();
        settle(now);
        settleFinished(now);
        if (state == State.FINISHED || state == State.STOPPED) {
            return 0;
        }
        return Math.max(0, schedule.totalNanos() - position(now)) + waitLeft(now);
    }

    /** How long the position still waits before it moves on (a rest's extension, a command's lead). */
    private long waitLeft(long now) {
        return switch (state) {
            case PLAYING -> Math.max(0, anchorWall - now);
            case PAUSED, READY -> heldNanos;
            default -> 0;
        };
    }

    // ------------------------------------------------------------------ time mapping

    private void start(long now, long from) {
        revision++;
        anchorWall = now + commandLead + heldNanos;
        heldNanos = 0;
        anchorSchedule = from;
        state = State.PLAYING;
    }

    /** Schedule time at wall time {@code now}. */
    private long position(long now) {
        return state == State.PLAYING ? anchorSchedule + Math.max(0, now - anchorWall) : anchorSchedule;
    }

    /** A session played into its end is finished even if nobody has looked at it since. */
    private void settleFinished(long now) {
        if (state == State.PLAYING && position(now) >= schedule.totalNanos()) {
            state = State.FINISHED;
            anchorSchedule = schedule.totalNanos();
        }
    }

    /** Applies a pending tempo change once its beat has come. */
    private void settle(long now) {
        if (switchTo != null && state == State.PLAYING && now >= switchWall) {
            anchorWall = switchWall;
            anchorSchedule = switchSchedule;
            schedule = switchTo;
            switchTo = null;
        }
    }

    /** Before a command: a tempo change still waiting for its beat takes effect at once, at the current place. */
    private void commit(long now) {
        settle(now);
        if (switchTo != null) {
            long at = position(now);
            int segmentIndex = schedule.segmentAt(at);
            long mapped = SchedulePlaces.mapPosition(schedule, segmentIndex,
                    SchedulePlaces.exactBeatOffset(schedule, segmentIndex, at), switchTo);
            anchorWall = now;
            anchorSchedule = mapped;
            schedule = switchTo;
            switchTo = null;
        }
    }

    private void jumpTo(int stepIndex, long now) {
        moveTo(schedule.steps().get(stepIndex).startNanos(), now);
    }

    private void moveTo(long scheduleNanos, long now) {
        revision++;
        heldNanos = 0;
        anchorWall = now + commandLead;
        anchorSchedule = scheduleNanos;
        if (state == State.FINISHED || state == State.STOPPED) {
            state = State.PAUSED;
        }
        if (scheduleNanos >= schedule.totalNanos() && state == State.PLAYING) {
            state = State.FINISHED;
        }
    }
}
