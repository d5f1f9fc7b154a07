package org.toetempo.timing;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.toetempo.routine.Action;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private final VirtualClock clock = new VirtualClock(123_456_789L);

    private Session session(String id, PlayOptions options) {
        return new Session(Routines.builtIn(id), options, clock);
    }

    @Test
    void everyCueOfAFullRunHappensExactlyOnTime() {
        for (double bpm : new double[] {60, 117}) {
            Session session = session("musical-toes", PlayOptions.defaults().withBpm(bpm));
            long start = clock.nanos();
            session.play();
            for (Cue cue : session.schedule().cues()) {
                if (cue.type() != CueType.PHASE) {
                    continue;
                }
                clock.set(start + cue.nanos() - 1);
                Snapshot before = session.snapshot();
                assertThat(before.phaseIndex() != cue.value() || before.rep() != cue.rep() || before.action() != cue.phase()
                        || before.stepIndex() != cue.step())
                        .as("1 ns before %s at %s BPM the phase has not started yet", cue, bpm).isTrue();
                clock.set(start + cue.nanos());
                Snapshot at = session.snapshot();
                assertThat(at.nanos()).isEqualTo(cue.nanos());
                assertThat(at.stepIndex()).isEqualTo(cue.step());
                assertThat(at.action()).isEqualTo(cue.phase());
                assertThat(at.rep()).isEqualTo(cue.rep());
                assertThat(at.foot()).isEqualTo(cue.side());
                assertThat(at.cue()).isEqualTo(cue.text());
                assertThat(at.beat()).isEqualTo(cue.beat());
                assertThat(at.progress()).isZero();
            }
            clock.set(start + session.schedule().totalNanos());
            assertThat(session.snapshot().state()).isEqualTo(Session.State.FINISHED);
            assertThat(session.snapshot().activity()).isEqualTo(Activity.DONE);
        }
    }

    @Test
    void theSnapshotDescribesTheMomentInFull() {
        Session session = session("musical-toes", PlayOptions.defaults());
        assertThat(session.snapshot().activity()).isEqualTo(Activity.READY);
        long start = clock.nanos();
        session.play();

        clock.set(start + 1500 * MS);
        Snapshot countIn = session.snapshot();
        assertThat(countIn.activity()).isEqualTo(Activity.COUNT_IN);
        assertThat(countIn.countdown()).isEqualTo(3);
        assertThat(countIn.beat()).isEqualTo(1);
        assertThat(countIn.beatProgress()).isEqualTo(0.5);

        // Rep 2 of the right big toe: lift at 12 s, lower at 14 s; at 15 s we are half-way down.
        clock.set(start + 15 * SECOND);
        Snapshot down = session.snapshot();
        assertThat(down.activity()).isEqualTo(Activity.MOVE);
        assertThat(down.step().exercise().id()).isEqualTo("single-big-toe-raise");
        assertThat(down.foot()).isEqualTo(Side.RIGHT);
        assertThat(down.rep()).isEqualTo(2);
        assertThat(down.reps()).isEqualTo(10);
        assertThat(down.set()).isEqualTo(1);
        assertThat(down.action()).isEqualTo(Action.LOWER);
        assertThat(down.cue()).isEqualTo("down");
        assertThat(down.progress()).isEqualTo(0.5);
        assertThat(down.beat()).isEqualTo(15);
        assertThat(down.bpm()).isEqualTo(60);
        assertThat(down.stepRemainingNanos()).isEqualTo(33 * SECOND);
        assertThat(down.next().type()).isEqualTo(CueType.REP_COMPLETE);
        assertThat(down.nextStep().exercise().id()).isEqualTo("single-big-toe-raise");
        assertThat(down.nextStep().feet()).containsExactly(Side.LEFT);

        // After the left foot's 10 reps, its lead-in shows the question about comparing sides.
        clock.set(start + 93 * SECOND);
        Snapshot leadIn = session.snapshot();
        assertThat(leadIn.activity()).isEqualTo(Activity.LEAD_IN);
        assertThat(leadIn.prompt()).contains("compare with the right");
        assertThat(leadIn.countdown()).isEqualTo(3);
    }

    @Test
    void theRestAtABlocksEndShowsTheQuestionOfTheStepBeforeIt() {
        Session session = session("musical-toes", PlayOptions.defaults());
        Schedule schedule = session.schedule();
        Segment blockRest = schedule.segments().stream()
                .filter(s -> s.activity() == Activity.REST && s.step() < 0).findFirst().orElseThrow();
        Segment nextLeadIn = schedule.segments().stream()
                .filter(s -> s.activity() == Activity.LEAD_IN && s.startNanos() >= blockRest.endNanos())
                .findFirst().orElseThrow();
        long start = clock.nanos();
        session.play();

        clock.set(start + blockRest.startNanos() + blockRest.durationNanos() / 2);
        Snapshot rest = session.snapshot();
        assertThat(rest.activity()).isEqualTo(Activity.REST);
        assertThat(rest.prompt()).isEqualTo("Which was easier: both big toes, or both sets of small toes?");

        // The next block's first step is about something else: its lead-in does not carry the question over.
        clock.set(start + nextLeadIn.startNanos() + nextLeadIn.durationNanos() / 2);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.LEAD_IN);
        assertThat(session.snapshot().prompt()).isNull();
    }

    @Test
    void pauseForAnyTimeThenResumeContinuesAtTheSameBeat() {
        Session session = session("musical-toes", PlayOptions.defaults().withBpm(117));
        long start = clock.nanos();
        session.play();
        clock.set(start + 20 * SECOND + 123_457);
        Snapshot paused = session.snapshot();
        session.pause();

        clock.advanceNanos(3 * 3600 * SECOND + 987_654_321L);
        assertThat(session.snapshot()).isEqualTo(paused.withState(Session.State.PAUSED));
        session.resume();

        Snapshot resumed = session.snapshot();
        assertThat(resumed.nanos()).isEqualTo(paused.nanos());
        assertThat(resumed.beat()).isEqualTo(paused.beat());
        assertThat(resumed.beatProgress()).isEqualTo(paused.beatProgress());
        // And the beats after it fall where the schedule says, shifted only by the pause.
        long resumedAt = clock.nanos();
        Cue next = resumed.next();
        clock.set(resumedAt + next.nanos() - paused.nanos());
        assertThat(session.snapshot().nanos()).isEqualTo(next.nanos());
    }

    @Test
    void aTempoChangeMidRepWaitsForTheNextBeatAndKeepsThePlace() {
        Session session = session("musical-toes", PlayOptions.defaults());
        long start = clock.nanos();
        session.play();
        // 60 BPM, right big toe, rep 3: lift 16–18 s, lower 18–20 s. Change at 16.4 s, mid-beat.
        clock.set(start + 16_400 * MS);
        Snapshot before = session.snapshot();
        double applied = session.changeTempo(75);
        assertThat(applied).isEqualTo(75);

        clock.set(start + 16_999 * MS);
        Snapshot stillOld = session.snapshot();
        assertThat(stillOld.rep()).isEqualTo(3);
        assertThat(stillOld.action()).isEqualTo(Action.LIFT);
        assertThat(stillOld.beatProgress()).isCloseTo(0.999, Offset.offset(1e-9));
        assertThat(stillOld.bpm()).isEqualTo(60);

        // At 17 s the old schedule's next beat arrives: the lift's second beat, now at 75 BPM.
        clock.set(start + 17 * SECOND);
        Snapshot switched = session.snapshot();
        assertThat(switched.rep()).isEqualTo(3);
        assertThat(switched.action()).isEqualTo(Action.LIFT);
        assertThat(switched.stepIndex()).isEqualTo(before.stepIndex());
        assertThat(switched.bpm()).isEqualTo(75);
        assertThat(switched.beatProgress()).isZero();
        // One beat at 75 BPM (0.8 s) later, the lower begins.
        clock.set(start + 17_800 * MS);
        Snapshot lower = session.snapshot();
        assertThat(lower.action()).isEqualTo(Action.LOWER);
        assertThat(lower.rep()).isEqualTo(3);
        assertThat(lower.progress()).isZero();
        // Two more beats: rep 4's lift, exactly 1.6 s later.
        clock.set(start + 19_400 * MS - 1);
        assertThat(session.snapshot().rep()).isEqualTo(3);
        clock.set(start + 19_400 * MS);
        assertThat(session.snapshot().rep()).isEqualTo(4);
        assertThat(session.snapshot().action()).isEqualTo(Action.LIFT);
    }

    @Test
    void aTempoIsClampedToTheBlocksRangeAndLastsForTheBlockOnly() {
        Session session = session("musical-toes", PlayOptions.defaults());
        session.play();

        assertThat(session.changeTempo(300)).isEqualTo(80);
        clock.advanceNanos(10 * SECOND);
        assertThat(session.snapshot().bpm()).isEqualTo(80);
        ScheduledStep fast = session.schedule().steps().stream().filter(s -> s.block() == 1).findFirst().orElseThrow();
        assertThat(fast.bpm()).isEqualTo(110);
    }

    @Test
    void aTempoChangeDuringAHoldWaitsForTheHoldToEnd() {
        Routine holds = Routines.of("{\"bpm\": 60, \"min_bpm\": 40, \"max_bpm\": 120, \"count_in_beats\": 0}", "",
                "{\"exercise\": \"short-foot\", \"side\": \"right\", \"reps\": 3}");
        Session session = new Session(holds, PlayOptions.defaults(), clock);
        long start = clock.nanos();
        session.play();
        // Lead-in 4 s, dome 2 beats (4–6 s), hold 5 s (6–11 s), release 2 beats (11–13 s).
        clock.set(start + 7 * SECOND);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.HOLD);
        assertThat(session.snapshot().countdown()).isEqualTo(4);
        session.changeTempo(120);

        clock.set(start + 11 * SECOND - 1);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.HOLD);
        clock.set(start + 11 * SECOND);
        assertThat(session.snapshot().action()).isEqualTo(Action.RELEASE);
        assertThat(session.snapshot().bpm()).isEqualTo(120);
        clock.set(start + 12 * SECOND);
        assertThat(session.snapshot().rep()).isEqualTo(2);
        assertThat(session.snapshot().action()).isEqualTo(Action.DOME);
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        Session session = session("sole-5-daily", PlayOptions.defaults());
        int count = session.schedule().steps().size();
        session.play();

        session.previousStep();
        assertThat(session.snapshot().stepIndex()).isZero();
        assertThat(session.snapshot().nanos()).isEqualTo(session.schedule().steps().get(0).startNanos());

        session.nextStep();
        assertThat(session.snapshot().stepIndex()).isEqualTo(1);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.LEAD_IN);
        session.previousStep();
        assertThat(session.snapshot().stepIndex()).isZero();

        session.jumpToStep(count - 1);
        clock.advanceNanos(2 * SECOND);
        session.restartStep();
        assertThat(session.snapshot().nanos()).isEqualTo(session.schedule().steps().get(count - 1).startNanos());
        session.nextStep();
        assertThat(session.snapshot().state()).isEqualTo(Session.State.FINISHED);

        session.play();
        assertThat(session.snapshot().state()).isEqualTo(Session.State.PLAYING);
        assertThat(session.snapshot().nanos()).isZero();
    }

    @Test
    void aCommandLeadPlacesTheFirstBeatAfterTheCommandAndWaitsThere() {
        Session session = session("musical-toes", PlayOptions.defaults());
        session.setCommandLead(100 * MS);
        long start = clock.nanos();
        session.play();

        clock.set(start + 50 * MS);
        assertThat(session.snapshot().nanos()).isZero();
        assertThat(session.snapshot().activity()).isEqualTo(Activity.COUNT_IN);
        List<Long> beats = new ArrayList<>();
        session.eventsBetween(start, start + 1200 * MS, new TimedEvents() {
            @Override
            public void beat(long clockNanos, BeatMark beat) {
                beats.add(clockNanos - start);
            }

            @Override
            public void cue(long clockNanos, Cue cue) {
            }
        });
        assertThat(beats).containsExactly(100 * MS, 1100 * MS);
        clock.set(start + 1100 * MS);
        assertThat(session.snapshot().beat()).isEqualTo(1);

        session.jumpToStep(2);
        long jumped = clock.nanos();
        clock.set(jumped + 60 * MS);
        assertThat(session.snapshot().nanos()).isEqualTo(session.schedule().steps().get(2).startNanos());
        clock.set(jumped + 100 * MS + 1);
        assertThat(session.snapshot().nanos()).isEqualTo(session.schedule().steps().get(2).startNanos() + 1);
    }

    @Test
    void positionAtMapsAnyClockTimeIncludingAPendingTempoChange() {
        Session session = session("musical-toes", PlayOptions.defaults());
        assertThat(session.positionAt(clock.nanos())).isEqualTo(-1);
        long start = clock.nanos();
        session.play();
        clock.set(start + 16_400 * MS);
        session.changeTempo(75);

        assertThat(session.positionAt(start + 16_900 * MS)).isEqualTo(16_900 * MS);
        // From the switch at 17 s the new schedule's time runs on from the same beat.
        long switched = session.positionAt(start + 17 * SECOND);
        assertThat(session.positionAt(start + 17_800 * MS)).isEqualTo(switched + 800 * MS);
    }

    @Test
    void nextDuringTheCountInGoesToTheSecondStep() {
        Session session = session("musical-toes", PlayOptions.defaults());
        session.play();
        clock.advanceNanos(SECOND);

        session.nextStep();

        assertThat(session.snapshot().stepIndex()).isEqualTo(1);
    }

    @Test
    void stopKeepsThePlaceAndPlayStartsOver() {
        Session session = session("musical-toes", PlayOptions.defaults());
        long start = clock.nanos();
        session.play();
        clock.set(start + 30 * SECOND);
        session.stop();
        clock.advanceNanos(60 * SECOND);

        assertThat(session.snapshot().state()).isEqualTo(Session.State.STOPPED);
        assertThat(session.snapshot().nanos()).isEqualTo(30 * SECOND);

        session.play();
        assertThat(session.snapshot().nanos()).isZero();
    }

    @Test
    void choosingAStepBeforePlayStartsThere() {
        Session session = session("musical-toes", PlayOptions.defaults());
        session.jumpToStep(3);
        assertThat(session.snapshot().state()).isEqualTo(Session.State.READY);

        session.play();

        assertThat(session.snapshot().stepIndex()).isEqualTo(3);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.LEAD_IN);
    }

    @Test
    void nextStepAfterTheEndLeavesTheSessionFinished() {
        VirtualClock clock = new VirtualClock();
        Session session = new Session(Routines.builtIn("toe-fan-routine"), PlayOptions.defaults(), clock);
        session.play();
        clock.set(session.schedule().totalNanos() + 1_000_000_000L);
        assertThat(session.snapshot().activity()).as("the screen saw the end").isEqualTo(Activity.DONE);
        session.nextStep();
        assertThat(session.state()).isEqualTo(Session.State.FINISHED);
        assertThat(session.snapshot().activity()).isEqualTo(Activity.DONE);
    }
}
