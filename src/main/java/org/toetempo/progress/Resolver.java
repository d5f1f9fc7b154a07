package org.toetempo.progress;

import org.toetempo.progress.Proposal.DoseDown;
import org.toetempo.progress.Proposal.Hold;
import org.toetempo.progress.Proposal.Progress;
import org.toetempo.progress.Proposal.Show;
import org.toetempo.progress.Proposal.Slot;
import org.toetempo.progress.Proposal.StageMove;
import org.toetempo.progress.Proposal.Stop;
import org.toetempo.progress.Proposal.TempoChange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Combines the rules' proposals into the suggestions, with the catalogue's precedence spelled out in one place:
 * <ol>
 *   <li>R4: warning signs silence everything else.</li>
 *   <li>An exercise held by any rule (pain, cramp, hard ratings, a break, a stage gate, skipped or paused) does not
 *       progress.</li>
 *   <li>One dose change per exercise from the regressions: R3 before R7 before R6; the later ones stay as advice.</li>
 *   <li>P2: never a level and a tempo change in the same session: a block's tempo stays when one of its exercises
 *       changes level, and with a stage move (P10); a block does not speed up while one of its exercises is held.</li>
 * </ol>
 * The suggestions are listed by kind (stop, regress, hold, progress), then in the catalogue's rule order, exercises in
 * the routine's order. The result depends only on the set of proposals, never on the order they arrive in.
 */
final class Resolver {

    private Resolver() {
    }

    private record Ranked(Slot slot, int target, Suggestion suggestion) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.<Ranked, Suggestion.Kind>comparing(r -> r.suggestion().kind())
            .thenComparingInt(r -> r.slot().group)
            .thenComparingInt(Ranked::target)
            .thenComparing(Ranked::slot)
            .thenComparing(r -> r.suggestion().id());

    static List<Suggestion> resolve(List<Proposal> proposals) {
        List<Ranked> out = new ArrayList<>();
        for (Proposal proposal : proposals) {
            if (proposal instanceof Stop stop) {
                out.add(new Ranked(Slot.WARNING_SIGNS, 0, stop.suggestion()));
            }
        }
        if (!out.isEmpty()) {
            return sorted(out);
        }
        Set<String> held = new HashSet<>();
        boolean stageMove = false;
        for (Proposal proposal : proposals) {
            if (proposal instanceof Hold hold) {
                held.addAll(hold.exercises());
            } else if (proposal instanceof StageMove) {
                stageMove = true;
            }
        }
        Set<String> levelChanged = new HashSet<>();
        List<DoseDown> doseDowns = new ArrayList<>();
        for (Proposal proposal : proposals) {
            if (proposal instanceof Show show) {
                out.add(new Ranked(show.slot(), show.target(), show.suggestion()));
            } else if (proposal instanceof StageMove move) {
                out.add(new Ranked(Slot.STAGE, 0, move.suggestion()));
            } else if (proposal instanceof DoseDown down) {
                doseDowns.add(down);
            } else if (proposal instanceof Progress progress && !held.contains(progress.exercise())) {
                out.add(new Ranked(progress.slot(), progress.target(), progress.suggestion()));
                if (progress.levelChange()) {
                    levelChanged.add(progress.exercise());
                }
            }
        }
        out.addAll(oneDoseChangeEach(doseDowns));
        for (Proposal proposal : proposals) {
            if (proposal instanceof TempoChange tempo && !stageMove
                    && tempo.exercises().stream().noneMatch(levelChanged::contains)
                    && !(tempo.faster() && tempo.exercises().stream().anyMatch(held::contains))) {
                out.add(new Ranked(Slot.TEMPO, tempo.block(), tempo.suggestion()));
            }
        }
        return sorted(out);
    }

    /** Per exercise, in slot order: the first regression that changes the dose keeps it, the rest are advice. */
    private static List<Ranked> oneDoseChangeEach(List<DoseDown> doseDowns) {
        List<DoseDown> ordered = new ArrayList<>(doseDowns);
        ordered.sort(Comparator.comparing(DoseDown::exercise).thenComparing(DoseDown::slot));
        List<Ranked> out = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (DoseDown down : ordered) {
            Suggestion shown = changed.contains(down.exercise()) ? down.without() : down.suggestion();
            if (!shown.changes().isEmpty()) {
                changed.add(down.exercise());
            }
            out.add(new Ranked(down.slot(), down.target(), shown));
        }
        return out;
    }

    private static List<Suggestion> sorted(List<Ranked> ranked) {
        return ranked.stream().sorted(ORDER).map(Ranked::suggestion).toList();
    }
}
