package org.toetempo.progress;

import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** R2: pain of 4–5/10 this week is acceptable if it settles by the next morning, but the dose stays this week. */
final class ModeratePain implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<String> moderate = new ArrayList<>();
        for (String exercise : in.facts.exercises.keySet()) {
            if (in.moderate(exercise)) {
                moderate.add(exercise);
            }
        }
        if (moderate.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", moderate.stream().map(in::name).toList());
        Suggestion advice = new Suggestion(in.id("R2", null), "R2", Suggestion.Kind.HOLD, in.routine.id(),
                moderate.size() == 1 ? moderate.get(0) : null, Phrase.phrase("coach.r2.title"),
                Phrase.phrase("coach.r2.reason", names), List.of(Phrase.phrase("coach.r2.safety")), List.of(), false);
        return List.of(new Proposal.Hold(Set.copyOf(moderate)), new Proposal.Show(Proposal.Slot.MODERATE_PAIN, 0, advice));
    }
}
