package org.toetempo.progress;

import org.toetempo.progress.CoachInput.Did;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R3: pain above 5/10 during an exercise, or a worse next morning: a level down or about 40% less. R5: the same
 * two sessions running: pause its progression and get a review.
 */
final class PainCut implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            if (!in.painCut(x)) {
                continue;
            }
            List<Did> dids = in.dids(x);
            Did last = dids.get(dids.size() - 1);
            Integer during = PainCheck.during(last.session(), x);
            String why = in.verdict(x) == PainCheck.Verdict.TOO_MUCH
                    ? "Pain was " + during + "/10 during " + in.name(x) + " last time, more than 5/10"
                    : "The morning after your last session, pain or stiffness was worse than your usual morning";
            List<Change> step = Doses.stepDown(in, info, Rules.PAIN_CUT_KEEP, true);
            Suggestion cut = new Suggestion(in.id("R3", x), "R3", Suggestion.Kind.REGRESS, in.routine.id(), x,
                    in.name(x) + ": " + (step.isEmpty() ? "take it easier" : step.get(0).describe()),
                    why + ". Rule R3: go down a level or cut the volume by about 40% next session.",
                    CoachInput.safety(info.exercise(), "Pain up to 3/10 is fine; up to 5/10 only if it has settled "
                            + "by the next morning. More than that means doing less."),
                    step, during != null && during >= Rules.PAIN_SAFETY_SCREEN);
            int order = in.order(x);
            out.add(new Proposal.Hold(Set.of(x)));
            // R3 is the first regression to claim the exercise's dose change, so it always keeps its own.
            out.add(new Proposal.DoseDown(Proposal.Slot.PAIN_CUT, order, x, cut, cut));
            Did previous = dids.size() > 1 ? dids.get(dids.size() - 2) : null;
            if (previous != null && in.pain.of(previous.session(), x).r3() && !in.exercisePlan(x).paused()) {
                out.add(new Proposal.Show(Proposal.Slot.PAIN_REVIEW, order, new Suggestion(in.id("R5", x), "R5",
                        Suggestion.Kind.REGRESS, in.routine.id(), x, in.name(x) + ": pause progression and get a review",
                        "The pain rule (R3) fired for " + in.name(x) + " in your last two sessions. Rule R5: pause "
                                + "progression for it and ask a physiotherapist to review it.",
                        CoachInput.safety(info.exercise()), List.of(new Change.Pause(x)), false)));
            }
        }
        return out;
    }
}
