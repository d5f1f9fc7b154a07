package org.toetempo.progress;

import org.toetempo.history.Ratings;
import org.toetempo.progress.CoachInput.Did;
import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R7: a cramp during an exercise last time: stretch, then about 30% fewer reps. A cramp the user did not tie to an
 * exercise gets the advice alone.
 */
final class Cramp implements CoachRule {


    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            List<Did> dids = in.dids(x);
            if (in.exercisePlan(x).skipped() || dids.isEmpty()) {
                continue;
            }
            Did last = dids.get(dids.size() - 1);
            if (last.rating() == null || !last.rating().cramp()) {
                continue;
            }
            List<Change> cut = Doses.cut(in, info, Rules.CRAMP_KEEP);
            out.add(new Proposal.Hold(Set.of(x)));
            out.add(new Proposal.DoseDown(Proposal.Slot.CRAMP, in.order(x), x, suggestion(in, x, cut),
                    suggestion(in, x, List.of())));
        }
        Ratings ratings = in.lastSession().ratings();
        if (out.isEmpty() && ratings != null && ratings.cramp()) {
            out.add(new Proposal.Show(Proposal.Slot.CRAMP_ADVICE, 0, new Suggestion(in.id("R7", null), "R7",
                    Suggestion.Kind.HOLD, in.routine.id(), null, Phrase.phrase("coach.r7.advice.title"),
                    Phrase.phrase("coach.r7.advice.reason"), List.of(Phrase.phrase("coach.r7.advice.safety")), List.of(), false)));
        }
        return out;
    }

    private static Suggestion suggestion(CoachInput in, String x, List<Change> cut) {
        return new Suggestion(in.id("R7", x), "R7", Suggestion.Kind.REGRESS, in.routine.id(), x,
                Phrase.phrase("coach.exercise-title", in.name(x), cut.isEmpty() ? Phrase.phrase("coach.r7.stretch") : cut.get(0).words()),
                Phrase.phrase("coach.r7.reason", in.name(x)), List.of(Phrase.phrase("coach.r7.safety")), cut, false);
    }
}
