package org.toetempo.progress;

import org.toetempo.progress.CoachInput.Did;
import org.toetempo.text.Phrase;

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
            Phrase why = in.verdict(x) == PainCheck.Verdict.TOO_MUCH
                    ? Phrase.phrase("coach.r3.during", during, in.name(x))
                    : Phrase.phrase("coach.r3.morning");
            List<Change> step = Doses.stepDown(in, info, Rules.PAIN_CUT_KEEP, true);
            Suggestion cut = new Suggestion(in.id("R3", x), "R3", Suggestion.Kind.REGRESS, in.routine.id(), x,
                    Phrase.phrase("coach.exercise-title", in.name(x), step.isEmpty() ? Phrase.phrase("coach.r3.easier") : step.get(0).words()),
                    Phrase.phrase("coach.r3.reason", why),
                    CoachInput.safety(info.exercise(), Phrase.phrase("coach.r3.safety")),
                    step, during != null && during >= Rules.PAIN_SAFETY_SCREEN);
            int order = in.order(x);
            out.add(new Proposal.Hold(Set.of(x)));
            // R3 is the first regression to claim the exercise's dose change, so it always keeps its own.
            out.add(new Proposal.DoseDown(Proposal.Slot.PAIN_CUT, order, x, cut, cut));
            Did previous = dids.size() > 1 ? dids.get(dids.size() - 2) : null;
            if (previous != null && in.pain.of(previous.session(), x).r3() && !in.exercisePlan(x).paused()) {
                out.add(new Proposal.Show(Proposal.Slot.PAIN_REVIEW, order, new Suggestion(in.id("R5", x), "R5",
                        Suggestion.Kind.REGRESS, in.routine.id(), x,
                        Phrase.phrase("coach.r5.review.title", in.name(x)), Phrase.phrase("coach.r5.review.reason", in.name(x)),
                        CoachInput.safety(info.exercise()), List.of(new Change.Pause(x)), false)));
            }
        }
        return out;
    }
}
