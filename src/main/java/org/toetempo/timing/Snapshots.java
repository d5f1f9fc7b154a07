package org.toetempo.timing;

import org.toetempo.routine.Routine;

import java.util.List;

/** What a session shows at a schedule time: the {@link Snapshot} read off the schedule. */
final class Snapshots {

    private Snapshots() {
    }

    /** The state of play at schedule time {@code at}, waiting {@code waiting} more before it moves on. */
    static Snapshot describe(Schedule schedule, Routine routine, Session.State state, long at, long waiting) {
        List<Segment> segments = schedule.segments();
        List<ScheduledStep> steps = schedule.steps();
        int stepIndex = SchedulePlaces.stepIndexAt(schedule, at);
        ScheduledStep step = stepIndex >= 0 && stepIndex < steps.size() ? steps.get(stepIndex) : null;
        ScheduledStep nextStep = stepIndex + 1 < steps.size() ? steps.get(stepIndex + 1) : null;
        int cueIndex = schedule.cueAtOrAfter(at + 1);
        Cue next = cueIndex < schedule.cues().size() ? schedule.cues().get(cueIndex) : null;
        if (state == Session.State.FINISHED || at >= schedule.totalNanos()) {
            return new Snapshot(state, Activity.DONE, schedule.totalNanos(), schedule.totalNanos(), null, -1,
                    steps.size(), null, 0, 0, 0, 0, -1, null, null, "", 1, 0, -1, 0, null, 0, null, null, null);
        }
        Segment segment = segments.get(schedule.segmentAt(at));
        double progress = segment.durationNanos() == 0 ? 0 : (at - segment.startNanos()) / (double) segment.durationNanos();
        long beat = -1;
        double beatProgress = 0;
        BeatMark.Accent accent = null;
        int countdown = 0;
        double bpm = segment.onBeats() ? segment.grid().bpmAt(segment.gridBeat() + progress * segment.beats())
                : step != null ? step.bpm() : routine.tempo().bpm();
        if (segment.onBeats()) {
            int b = SchedulePlaces.beatIndexAt(schedule, at);
            BeatMark mark = schedule.beats().get(b);
            long following = b + 1 < schedule.beats().size()
                    ? Math.min(schedule.beats().get(b + 1).nanos(), segment.endNanos()) : segment.endNanos();
            beat = mark.index();
            beatProgress = following > mark.nanos() ? (at - mark.nanos()) / (double) (following - mark.nanos()) : 0;
            accent = mark.accent();
            // From the beat marks themselves, so a phase starts at exactly 0 on its beat.
            progress = (beat - segment.firstBeat() + beatProgress) / segment.beats();
            long beatsLeft = segment.firstBeat() + segment.beats() - beat;
            if (segment.activity() == Activity.COUNT_IN) {
                countdown = countInNumber(schedule, at);
            } else if (segment.activity() == Activity.LEAD_IN) {
                countdown = (int) beatsLeft;
            }
        }
        if (segment.activity() == Activity.HOLD || segment.activity() == Activity.REST) {
            countdown = (int) Math.ceil((segment.endNanos() - at + (segment.activity() == Activity.REST ? waiting : 0)) / 1e9);
        }
        Activity activity = state == Session.State.READY ? Activity.READY : segment.activity();
        boolean inRep = segment.activity() == Activity.MOVE || segment.activity() == Activity.HOLD;
        return new Snapshot(state, activity, at, schedule.totalNanos(), step, stepIndex, steps.size(),
                segment.side() != null ? segment.side() : step != null ? step.feet().get(0) : null,
                segment.set(), step == null ? 0 : step.sets(), segment.rep(), step == null ? 0 : step.reps(),
                inRep ? segment.phase() : -1, inRep ? segment.action() : null, inRep ? segment.part() : null,
                inRep ? segment.cue() : "", Math.max(0, Math.min(1, progress)), countdown, beat,
                Math.max(0, Math.min(1, beatProgress)), accent, bpm, next, nextStep, promptAt(schedule, segment, stepIndex));
    }

    /**
     * A step's question stays up through the rest and lead-in that follow it, the rest at its block's end included
     * (that rest belongs to no step: the step before it asked), but not into the next block: its first step is about
     * something else, and the question would read as if it were about that.
     */
    private static String promptAt(Schedule schedule, Segment segment, int stepIndex) {
        List<ScheduledStep> steps = schedule.steps();
        if (segment.activity() == Activity.REST && segment.set() == 0) {
            int asked = segment.step() >= 0 ? segment.step() : stepBefore(steps, segment.startNanos());
            return asked >= 0 ? steps.get(asked).step().prompt() : null;
        }
        if (segment.activity() == Activity.LEAD_IN && segment.set() == 0 && stepIndex > 0
                && segment.startNanos() == steps.get(stepIndex).startNanos()
                && steps.get(stepIndex - 1).block() == steps.get(stepIndex).block()) {
            return steps.get(stepIndex - 1).step().prompt();
        }
        return null;
    }

    /** The last step that starts before {@code nanos}, or -1. */
    private static int stepBefore(List<ScheduledStep> steps, long nanos) {
        int i = steps.size() - 1;
        while (i >= 0 && steps.get(i).startNanos() >= nanos) {
            i--;
        }
        return i;
    }

    /** The number of the last count-in cue at or before {@code at}: a short search back from the next cue. */
    private static int countInNumber(Schedule schedule, long at) {
        List<Cue> cues = schedule.cues();
        for (int i = Math.min(schedule.cueAtOrAfter(at + 1), cues.size()) - 1; i >= 0; i--) {
            if (cues.get(i).type() == CueType.COUNT_IN) {
                return cues.get(i).value();
            }
        }
        return 0;
    }
}
