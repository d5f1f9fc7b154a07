package org.toetempo.progress;

import org.toetempo.text.Phrase;

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
        Phrase counts = Phrase.phrase("coach.p10.counts", status.sessionsDone(), status.sessionsNeeded());
        if (status.gatePassed()) {
            return List.of(hold, new Proposal.StageMove(new Suggestion(in.id("P10", status.stage().id()), "P10",
                    Suggestion.Kind.PROGRESS, in.routine.id(), null, Phrase.phrase("coach.p10.move.title", status.next().name()),
                    Phrase.phrase("coach.p10.move.reason", status.week(), status.stage().name(), counts),
                    List.of(), List.of(new Change.SetStage(status.stage().id(), status.next().id(),
                            status.stage().name(), status.next().name(), null)), false)));
        }
        Phrase why = status.sessionsDone() < status.sessionsNeeded()
                ? Phrase.phrase("coach.p10.repeat.sessions", status.week(), status.stage().name(), counts)
                : Phrase.phrase("coach.p10.repeat.pain", status.week(), status.stage().name());
        return List.of(hold, new Proposal.Show(Proposal.Slot.STAGE, 0, new Suggestion(in.id("P10", status.stage().id()),
                "P10", Suggestion.Kind.HOLD, in.routine.id(), null, Phrase.phrase("coach.change.repeat-week", status.stage().name()), why,
                List.of(), List.of(new Change.RepeatWeek(status.stage().id(), status.stage().name())), false)));
    }
}
