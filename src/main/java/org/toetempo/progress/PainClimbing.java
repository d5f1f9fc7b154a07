package org.toetempo.progress;

import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;

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
                in.routine.id(), null, Phrase.phrase("coach.r5.title"),
                // Rounded half up here, as the English always read it; the message shows one decimal.
                Phrase.phrase("coach.r5.climbing", in.routine.name(), Rules.CLIMBING_WEEKS, Math.round(mean * 10) / 10.0),
                List.of(Phrase.phrase("coach.r5.safety")), changes, mean >= Rules.PAIN_SAFETY_SCREEN);
        return List.of(new Proposal.Hold(in.facts.exercises.keySet()),
                new Proposal.Show(Proposal.Slot.PAIN_CLIMBING, 0, suggestion));
    }
}
