package org.toetempo.progress;

import org.toetempo.history.ExerciseRating;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.text.Phrase;

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
        List<Phrase> safety = new ArrayList<>(List.of(
                Phrase.phrase("coach.r4.safety.stop"),
                Phrase.phrase("coach.r4.safety.clinician"),
                Phrase.phrase("coach.r4.safety.impact"),
                Phrase.phrase("coach.r4.safety.numbness")));
        for (String exercise : flaggedExercises) {
            if (in.routine.exercises().containsKey(exercise)) {
                in.routine.exercise(exercise).safety().forEach(note -> safety.add(Phrase.literal(note)));
            }
        }
        Phrase what = Phrase.joined(", ", flags.stream().map(WarningSigns::flag).toList());
        String where = String.join(", ", flaggedExercises.stream().map(in::name).toList());
        return List.of(new Proposal.Stop(new Suggestion(in.id("R4", null), "R4", Suggestion.Kind.STOP,
                in.routine.id(), null, Phrase.phrase("coach.r4.title"),
                flaggedExercises.isEmpty() ? Phrase.phrase("coach.r4.reason", what) : Phrase.phrase("coach.r4.reason-during", what, where),
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

    /** A warning sign as the coach names it in a sentence ("You reported new swelling …"). */
    private static Phrase flag(RedFlag flag) {
        return switch (flag) {
            case SHARP_PAIN -> Phrase.phrase("coach.r4.flag.sharp-pain");
            case NEW_SWELLING -> Phrase.phrase("coach.r4.flag.swelling");
            case NUMBNESS_OR_TINGLING -> Phrase.phrase("coach.r4.flag.numbness");
            case BONE_TENDERNESS -> Phrase.phrase("coach.r4.flag.bone");
        };
    }
}
