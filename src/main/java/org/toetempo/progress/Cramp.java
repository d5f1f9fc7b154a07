package org.toetempo.progress;

import org.toetempo.history.Ratings;
import org.toetempo.progress.CoachInput.Did;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R7: a cramp during an exercise last time: stretch, then about 30% fewer reps. A cramp the user did not tie to an
 * exercise gets the advice alone.
 */
final class Cramp implements CoachRule {

    private static final String STRETCH = "Cramp in the arch or toes is common in the first sessions";

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
                    Suggestion.Kind.HOLD, in.routine.id(), null, "A cramp last time: stretch, then fewer reps",
                    "You had a cramp in your last session. Rule R7: when one comes, end the set, stretch gently, and "
                            + "do the next set with about 30% fewer reps. Say which exercise it was next time, and the "
                            + "app will suggest fewer reps for it.",
                    List.of(STRETCH + "."), List.of(), false)));
        }
        return out;
    }

    private static Suggestion suggestion(CoachInput in, String x, List<Change> cut) {
        return new Suggestion(in.id("R7", x), "R7", Suggestion.Kind.REGRESS, in.routine.id(), x,
                in.name(x) + ": " + (cut.isEmpty() ? "stretch after a cramp" : cut.get(0).describe()),
                "You had a cramp during " + in.name(x) + " last time. Rule R7: stretch gently, then about 30% "
                        + "fewer reps.",
                List.of(STRETCH + ": stop the set, stretch gently, then carry on with fewer reps."), cut, false);
    }
}
