package org.toetempo.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** R5: mean pain rising week over week, the last week above "fine": pause every exercise's progression. */
final class PainClimbing implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        if (in.climbingPain().isEmpty()) {
            return List.of();
        }
        double mean = in.climbingPain().getAsDouble();
        List<Change> changes = new ArrayList<>();
        for (String exercise : in.facts.exercises.keySet()) {
            if (!in.exercisePlan(exercise).paused()) {
                changes.add(new Change.Pause(exercise));
            }
        }
        Suggestion suggestion = new Suggestion(in.id("R5", "climbing"), "R5", Suggestion.Kind.REGRESS,
                in.routine.id(), null, "Pause progression and get a review",
                String.format(Locale.ROOT, "Your pain during %s has gone up %d weeks running (to %.1f/10 on average "
                        + "this week). Rule R5: pause progression and ask a physiotherapist to review it.",
                        in.routine.name(), Rules.CLIMBING_WEEKS, mean),
                List.of("Pain should not climb from week to week. Keep the dose as it is or do less until a "
                        + "professional has had a look."), changes, mean >= Rules.PAIN_SAFETY_SCREEN);
        return List.of(new Proposal.Hold(in.facts.exercises.keySet()),
                new Proposal.Show(Proposal.Slot.PAIN_CLIMBING, 0, suggestion));
    }
}
