package org.toetempo.progress;

import org.toetempo.history.ExerciseRating;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** R4: warning signs in the last session (of this routine, or the last of any routine): stop, and nothing else. */
final class WarningSigns implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        Set<String> flaggedExercises = new LinkedHashSet<>();
        for (SessionRecord session : lastSessions(in)) {
            if (session.ratings() == null) {
                continue;
            }
            flags.addAll(session.ratings().allRedFlags());
            for (ExerciseRating rating : session.ratings().exercises()) {
                if (!rating.redFlags().isEmpty() && session.routineId().equals(in.routine.id())) {
                    flaggedExercises.add(rating.exercise());
                }
            }
        }
        if (flags.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        if (!in.plan.impactLocked()) {
            changes.add(new Change.LockImpact());
        }
        for (String exercise : flaggedExercises) {
            if (in.facts.exercises.containsKey(exercise) && !in.exercisePlan(exercise).skipped()) {
                changes.add(new Change.Skip(exercise));
            }
        }
        List<String> safety = new ArrayList<>(List.of(
                "Stop any exercise at once if it gives sharp, stabbing or growing pain.",
                "See a clinician (a physiotherapist or doctor) before you carry on with the exercises that hurt.",
                "No hops and no heel raises until a clinician has cleared you: they are hidden until then.",
                "With numbness or tingling: no barefoot walking outdoors, check your skin after each session, and "
                        + "hold a support for every balance exercise."));
        for (String exercise : flaggedExercises) {
            if (in.routine.exercises().containsKey(exercise)) {
                safety.addAll(in.routine.exercise(exercise).safety());
            }
        }
        String what = String.join(", ", flags.stream().map(RedFlag::describe).toList());
        String where = flaggedExercises.isEmpty() ? "" : " during " + String.join(", ",
                flaggedExercises.stream().map(in::name).toList());
        return List.of(new Proposal.Stop(new Suggestion(in.id("R4", null), "R4", Suggestion.Kind.STOP,
                in.routine.id(), null, "Stop and see a clinician",
                "You reported " + what + where + " in your last session. Rule R4: stop the exercise, hide hops and "
                        + "heel raises, and have it checked before going on.",
                safety, changes, true)));
    }

    /** The last session of this routine and, if later, the last session of any routine. */
    private static List<SessionRecord> lastSessions(CoachInput in) {
        SessionRecord lastOfRoutine = in.lastSession();
        List<SessionRecord> out = new ArrayList<>(List.of(lastOfRoutine));
        in.history.last().filter(s -> s != lastOfRoutine && !s.started().isAfter(in.now.toInstant())
                && s.started().isAfter(lastOfRoutine.started())).ifPresent(out::add);
        return out;
    }
}
