package org.toetempo.progress;

import org.toetempo.progress.CoachInput.Did;
import org.toetempo.routine.Side;
import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;

/** P9: one side harder in the last two sessions: one extra set on that side (one at most). */
final class ExtraSet implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            ExercisePlan ep = in.exercisePlan(x);
            List<Did> dids = in.dids(x);
            if (in.painHeld(x) || ep.skipped() || ep.paused() || !info.oneSided() || dids.size() < 2) {
                continue;
            }
            Side a = dids.get(dids.size() - 1).harderSide();
            Side b = dids.get(dids.size() - 2).harderSide();
            if (a == null || a != b || ep.extraSet() == a) {
                continue;
            }
            // Not held back by a cramp, a break or a stage gate: an extra set evens the feet out, it adds no load.
            out.add(new Proposal.Show(Proposal.Slot.EXTRA_SET, in.order(x), new Suggestion(in.id("P9", x), "P9",
                    Suggestion.Kind.PROGRESS, in.routine.id(), x,
                    Phrase.phrase("coach.p9.title", in.name(x), Change.foot(a)),
                    ep.extraSet() == null ? Phrase.phrase("coach.p9.reason", in.name(x), Change.foot(a))
                            : Phrase.phrase("coach.p9.reason-instead", in.name(x), Change.foot(a), Change.foot(ep.extraSet())),
                    List.of(), List.of(new Change.ExtraSet(x, ep.extraSet(), a)), false)));
        }
        return out;
    }
}
