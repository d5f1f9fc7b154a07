package org.toetempo.progress;

import org.toetempo.progress.CoachInput.Did;
import org.toetempo.text.Phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The user's own holds: a skipped exercise, or one whose progression is paused (R5), does not progress. A paused
 * one with pain back at 3/10 or less in its last two sessions may resume.
 */
final class PausedOrSkipped implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (String x : in.facts.exercises.keySet()) {
            ExercisePlan ep = in.exercisePlan(x);
            List<Did> dids = in.dids(x);
            if (ep.skipped()) {
                out.add(new Proposal.Hold(Set.of(x)));
                continue;
            }
            if (!ep.paused() || dids.isEmpty()) {
                continue;
            }
            out.add(new Proposal.Hold(Set.of(x)));
            if (in.painHeld(x) || dids.size() < 2) {
                continue;
            }
            boolean settled = dids.subList(dids.size() - 2, dids.size()).stream()
                    .allMatch(d -> in.pain.of(d.session(), x) == PainCheck.Verdict.OK
                            && (ep.lastChange() == null || d.session().started().isAfter(ep.lastChange())));
            if (settled) {
                out.add(new Proposal.Show(Proposal.Slot.RESUME, in.order(x), new Suggestion(in.id("R5", x + ":resume"),
                        "R5", Suggestion.Kind.HOLD, in.routine.id(), x,
                        Phrase.phrase("coach.r5.resume.title", in.name(x)), Phrase.phrase("coach.r5.resume.reason", in.name(x)),
                        List.of(), List.of(new Change.Resume(x)), false)));
            }
        }
        return out;
    }
}
