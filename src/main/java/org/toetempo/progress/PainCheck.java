package org.toetempo.progress;

import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Ratings;
import org.toetempo.history.SessionRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pain-monitoring rules (R1–R4) applied to one session, for the session as a whole or one exercise: pain
 * during (the exercise's own rating if given, else the session's), next-morning pain and stiffness against the
 * user's usual morning, and warning signs.
 */
final class PainCheck {

    /** What the pain rules say about a session, most serious first. */
    enum Verdict {
        /** R4: a warning sign. */
        RED_FLAG,
        /** R3: pain above 5/10 during. */
        TOO_MUCH,
        /** R3: next-morning pain or stiffness worse than usual. */
        WORSE_NEXT_MORNING,
        /** R2: pain 4–5/10 during (or the next morning): keep the same dose. */
        MODERATE,
        /** R1: pain up to 3/10, and the next morning too if known. */
        OK,
        /** Not rated. */
        UNKNOWN;

        boolean r3() {
            return this == TOO_MUCH || this == WORSE_NEXT_MORNING;
        }

        /** Any pain rule beyond R1 fired. */
        boolean fired() {
            return this != OK && this != UNKNOWN;
        }
    }

    private final List<SessionRecord> all;
    private final Map<String, Integer> index = new HashMap<>();

    /** Over every session of the history (all routines): the usual morning comes from all of them. */
    PainCheck(List<SessionRecord> all) {
        this.all = all;
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).id(), i);
        }
    }

    static Integer during(SessionRecord session, String exercise) {
        Ratings ratings = session.ratings();
        if (ratings == null) {
            return null;
        }
        if (exercise != null) {
            Integer own = ratings.exercise(exercise).map(ExerciseRating::pain).orElse(null);
            if (own != null) {
                return own;
            }
        }
        return ratings.pain();
    }

    Verdict of(SessionRecord session, String exercise) {
        Ratings ratings = session.ratings();
        if (ratings == null) {
            return Verdict.UNKNOWN;
        }
        boolean flagged = exercise == null ? !ratings.allRedFlags().isEmpty()
                : !ratings.redFlags().isEmpty() || ratings.exercise(exercise).map(r -> !r.redFlags().isEmpty()).orElse(false);
        if (flagged) {
            return Verdict.RED_FLAG;
        }
        Integer pain = during(session, exercise);
        if (pain != null && pain > Rules.PAIN_ACCEPTABLE) {
            return Verdict.TOO_MUCH;
        }
        if (morningWorse(session)) {
            return Verdict.WORSE_NEXT_MORNING;
        }
        Integer morning = ratings.morningPain();
        if ((pain != null && pain > Rules.PAIN_OK) || (morning != null && morning > Rules.PAIN_OK)) {
            return Verdict.MODERATE;
        }
        if (pain == null && morning == null) {
            return Verdict.UNKNOWN;
        }
        return Verdict.OK;
    }

    /** Next-morning pain or stiffness at least {@link Rules#MORNING_WORSE_BY} above the usual morning. */
    boolean morningWorse(SessionRecord session) {
        Ratings ratings = session.ratings();
        if (ratings == null || !ratings.hasMorningCheck()) {
            return false;
        }
        int[] usual = usualMorning(session);
        return worse(ratings.morningPain(), usual[0]) || worse(ratings.morningStiffness(), usual[1]);
    }

    private static boolean worse(Integer morning, int usual) {
        return morning != null && usual >= 0 && morning >= usual + Rules.MORNING_WORSE_BY;
    }

    /**
     * The usual morning pain and stiffness before this session: the median of up to
     * {@link Rules#MORNING_BASELINE_SESSIONS} earlier next-morning checks; with none, the session's own pain and
     * stiffness during it (the morning should have settled back to that). -1 when unknown.
     */
    int[] usualMorning(SessionRecord session) {
        Integer at = index.get(session.id());
        List<Integer> pains = new ArrayList<>();
        List<Integer> stiffness = new ArrayList<>();
        if (at != null) {
            for (int i = at - 1; i >= 0 && (pains.size() < Rules.MORNING_BASELINE_SESSIONS
                    || stiffness.size() < Rules.MORNING_BASELINE_SESSIONS); i--) {
                Ratings earlier = all.get(i).ratings();
                if (earlier == null) {
                    continue;
                }
                if (earlier.morningPain() != null && pains.size() < Rules.MORNING_BASELINE_SESSIONS) {
                    pains.add(earlier.morningPain());
                }
                if (earlier.morningStiffness() != null && stiffness.size() < Rules.MORNING_BASELINE_SESSIONS) {
                    stiffness.add(earlier.morningStiffness());
                }
            }
        }
        Ratings own = session.ratings();
        int pain = pains.isEmpty() ? (own.pain() == null ? -1 : own.pain()) : median(pains);
        int stiff = stiffness.isEmpty() ? (own.stiffness() == null ? -1 : own.stiffness()) : median(stiffness);
        return new int[] {pain, stiff};
    }

    private static int median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
