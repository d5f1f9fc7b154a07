package org.toetempo.progress;

import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Stage;
import org.toetempo.text.Phrase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * P11: after more than a week off, one level (or stage) lower for a week, then back up. Nothing progresses in the
 * meantime; an exercise a pain rule holds is neither stepped down nor back up.
 */
final class BreakReturn implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        SessionRecord last = in.lastSession();
        long gap = ChronoUnit.DAYS.between(last.localDate(), in.today);
        RoutinePlan rp = in.routinePlan;
        Set<String> held = new HashSet<>();
        List<Change> back = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            ExercisePlan ep = in.exercisePlan(x);
            if (ep.returnLevel() == null) {
                continue;
            }
            held.add(x);
            if (!ep.returnOn().isAfter(in.today) && !in.painHeld(x) && gap <= Rules.BREAK_DAYS) {
                back.add(new Change.SetLevel(x, ep.level(), ep.returnLevel(), info.levelName(ep.level()),
                        info.levelName(ep.returnLevel()), null));
            }
        }
        if (rp.returnStage() != null) {
            held.addAll(in.facts.exercises.keySet());
            boolean anyPain = in.facts.exercises.keySet().stream().anyMatch(in::painHeld);
            if (!rp.returnStageOn().isAfter(in.today) && !anyPain && gap <= Rules.BREAK_DAYS) {
                back.add(new Change.SetStage(in.facts.stage, rp.returnStage(), in.stageName(in.facts.stage),
                        in.stageName(rp.returnStage()), null));
            }
        }
        List<Proposal> out = new ArrayList<>();
        if (!back.isEmpty()) {
            out.add(new Proposal.Hold(held));
            out.add(new Proposal.Show(Proposal.Slot.BREAK, 0, new Suggestion(in.id("P11", "back"), "P11",
                    Suggestion.Kind.PROGRESS, in.routine.id(), null, Phrase.phrase("coach.p11.back.title"),
                    Phrase.phrase("coach.p11.back.reason"),
                    List.of(), back, false)));
            return out;
        }
        // A week lower still running: wait for it rather than stepping down again.
        boolean pending = rp.returnStage() != null
                || in.facts.exercises.keySet().stream().anyMatch(x -> in.exercisePlan(x).returnLevel() != null);
        if (gap <= Rules.BREAK_DAYS || pending) {
            return held.isEmpty() ? List.of() : List.of(new Proposal.Hold(held));
        }
        out.add(new Proposal.Hold(in.facts.exercises.keySet()));
        List<Change> changes = stepDown(in);
        out.add(new Proposal.Show(Proposal.Slot.BREAK, 0, new Suggestion(in.id("P11", null), "P11",
                Suggestion.Kind.REGRESS, in.routine.id(), null,
                changes.isEmpty() ? Phrase.phrase("coach.p11.ease-in.title") : Phrase.phrase("coach.p11.lower.title"),
                Phrase.phrase("coach.p11.lower.reason", in.routine.name(), gap),
                List.of(), changes, false)));
        return out;
    }

    /** One stage lower for a week; at the first stage, each exercise one level lower. */
    private static List<Change> stepDown(CoachInput in) {
        LocalDate revert = in.today.plusDays(7);
        List<Stage> stages = in.routine.stages();
        int stageIndex = in.stageIndex(in.facts.stage);
        if (stageIndex > 0) {
            Stage lower = stages.get(stageIndex - 1);
            return List.of(new Change.SetStage(in.facts.stage, lower.id(), in.stageName(in.facts.stage), lower.name(),
                    revert));
        }
        List<Change> changes = new ArrayList<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            String x = info.exercise().id();
            String level = in.level(info);
            if (info.exercise().levelIndex(level) > 0 && !in.painHeld(x) && !in.exercisePlan(x).skipped()) {
                changes.add(Doses.levelDown(info, level, revert));
            }
        }
        return changes;
    }
}
