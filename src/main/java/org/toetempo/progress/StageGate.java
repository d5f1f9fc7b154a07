package org.toetempo.progress;

import java.util.List;

/**
 * P10: at the end of a stage, move on with at least 80% of its sessions done and no pain rule in the last week;
 * otherwise repeat a week. While the gate is due no exercise progresses on its own.
 */
final class StageGate implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        ProgrammeStatus status = ProgrammeStatus.of(in.routine, in.history, in.plan, in.now, in.pain);
        if (status == null || !status.gateDue(in.today)) {
            return List.of();
        }
        Proposal.Hold hold = new Proposal.Hold(in.facts.exercises.keySet());
        String counts = status.sessionsDone() + " of the " + status.sessionsNeeded() + " sessions needed";
        if (status.gatePassed()) {
            return List.of(hold, new Proposal.StageMove(new Suggestion(in.id("P10", status.stage().id()), "P10",
                    Suggestion.Kind.PROGRESS, in.routine.id(), null, "Move on to " + status.next().name(),
                    "Week " + status.week() + ": " + status.stage().name() + " is done, with " + counts
                            + " and no pain rule in the last week. Rule P10: move on to the next stage.",
                    List.of(), List.of(new Change.SetStage(status.stage().id(), status.next().id(),
                            status.stage().name(), status.next().name(), null)), false)));
        }
        String why = status.sessionsDone() < status.sessionsNeeded()
                ? counts + " (at least 80%)" : "a pain rule fired in the last week";
        return List.of(hold, new Proposal.Show(Proposal.Slot.STAGE, 0, new Suggestion(in.id("P10", status.stage().id()),
                "P10", Suggestion.Kind.HOLD, in.routine.id(), null, "Repeat a week of " + status.stage().name(),
                "Week " + status.week() + ": " + status.stage().name() + " has " + why
                        + ". Rule P10: move on only with at least 80% of the stage's sessions done and no pain "
                        + "rule in the last week; otherwise repeat the week.",
                List.of(), List.of(new Change.RepeatWeek(status.stage().id(), status.stage().name())), false)));
    }
}
