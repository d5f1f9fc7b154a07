package org.toetempo.progress;

import org.toetempo.history.RedFlag;
import org.toetempo.history.StepRecord;
import org.toetempo.progress.CoachInput.Did;
import org.toetempo.text.Phrase;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What opens the next level beyond an easy dose: P3 and P4 for short foot, P5's eyes-closed hold for balance. */
final class LevelGates {

    private LevelGates() {
    }

    /** P3: in each recent session, every foot did ≥3 full sets of ≥10 reps with ≥5 s holds, toes relaxed. */
    static Phrase shortFoot(List<Did> recent) {
        for (Did did : recent) {
            if (did.rating() == null || !Boolean.TRUE.equals(did.rating().formOk())) {
                return Phrase.phrase("coach.p3.relaxed");
            }
            for (StepRecord step : did.steps()) {
                if (step.setsDonePerFoot() < Rules.SHORT_FOOT_SETS || step.repsPerSet() < Rules.SHORT_FOOT_REPS
                        || step.holdSeconds() < Rules.SHORT_FOOT_HOLD - 1e-9) {
                    return Phrase.phrase("coach.p3.sets");
                }
            }
        }
        return null;
    }

    /** P4: a 30 s one-leg dome, pain at most 2/10, no bone pain lately; null when met, else what is missing. */
    static Phrase hops(CoachInput in, List<Did> recent) {
        List<Phrase> missing = new ArrayList<>();
        Did last = recent.get(recent.size() - 1);
        boolean held = last.rating() != null && last.rating().bestHoldSeconds() != null
                && last.rating().bestHoldSeconds() >= Rules.DOME_HOLD_BEFORE_HOPS;
        held |= last.steps().stream().anyMatch(s -> s.complete() && s.holdSeconds() >= Rules.DOME_HOLD_BEFORE_HOPS);
        if (!held) {
            missing.add(Phrase.phrase("coach.p4.hold"));
        }
        for (Did did : recent) {
            Integer during = PainCheck.during(did.session(), Rules.SHORT_FOOT);
            Integer morning = did.session().ratings().morningPain();
            if ((during != null && during > Rules.PAIN_HOPS) || (morning != null && morning > Rules.PAIN_HOPS)) {
                missing.add(Phrase.phrase("coach.p4.pain"));
                break;
            }
        }
        Instant since = in.now.toInstant().minus(84, ChronoUnit.DAYS);
        boolean bonePain = in.history.sessions().stream().anyMatch(s -> s.started().isAfter(since) && s.ratings() != null
                && s.ratings().allRedFlags().contains(RedFlag.BONE_TENDERNESS));
        if (bonePain) {
            missing.add(Phrase.phrase("coach.p4.bone"));
        }
        return missing.isEmpty() ? null : Phrase.joined("; ", missing);
    }

    /** P5: an eyes-closed hold of more than 15 s on a firm floor, timed or played. */
    static boolean eyesClosedHold(CoachInput in) {
        for (Did did : in.dids(Rules.BALANCE)) {
            if (!Rules.EYES_CLOSED.equals(did.level())) {
                continue;
            }
            if (did.rating() != null && did.rating().bestHoldSeconds() != null
                    && did.rating().bestHoldSeconds() > Rules.EYES_CLOSED_BEFORE_SOFT) {
                return true;
            }
            if (did.steps().stream().anyMatch(s -> s.setsDonePerFoot() > 0 && s.holdSeconds() > Rules.EYES_CLOSED_BEFORE_SOFT)) {
                return true;
            }
        }
        return false;
    }
}
