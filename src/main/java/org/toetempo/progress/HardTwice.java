package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.progress.CoachInput.Did;
import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** R6: an exercise rated hard in the last two sessions drops one step (reps or hold) or one level. */
final class HardTwice implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            List<Did> dids = in.dids(x);
            if (in.exercisePlan(x).skipped() || dids.size() < 2
                    || dids.get(dids.size() - 1).effort() != Effort.HARD
                    || dids.get(dids.size() - 2).effort() != Effort.HARD) {
                continue;
            }
            List<Change> down = Doses.stepDown(in, info, 0, false);
            out.add(new Proposal.Hold(Set.of(x)));
            out.add(new Proposal.DoseDown(Proposal.Slot.HARD, in.order(x), x, suggestion(in, info, down),
                    suggestion(in, info, List.of())));
        }
        return out;
    }

    private static Suggestion suggestion(CoachInput in, RoutineFacts.ExerciseInfo info, List<Change> down) {
        String x = info.exercise().id();
        return new Suggestion(in.id("R6", x), "R6", Suggestion.Kind.REGRESS, in.routine.id(), x,
                Phrase.phrase("coach.exercise-title", in.name(x), down.isEmpty() ? Phrase.phrase("coach.r6.keep") : down.get(0).words()),
                Phrase.phrase("coach.r6.reason", in.name(x)),
                CoachInput.safety(info.exercise()), down, false);
    }
}
