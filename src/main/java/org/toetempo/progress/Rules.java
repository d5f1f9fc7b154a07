package org.toetempo.progress;

import org.toetempo.routine.Action;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Phase;
import org.toetempo.routine.Step;

import java.util.List;
import java.util.Set;

/**
 * The numbers behind the progression and safety rules (exercise catalogue, section 4). Those marked [default]
 * are Toe Tempo's house values where the catalogue gives a range or none.
 */
public final class Rules {

    private Rules() {
    }

    /** R1: pain up to this (0–10) is fine. P1 needs it during and the next morning. */
    public static final int PAIN_OK = 3;
    /** R2: pain up to this during is acceptable if it settles by the next morning; above it, R3 fires. */
    public static final int PAIN_ACCEPTABLE = 5;
    /** Pain at or above this shows the global safety screen again (catalogue 0.3). */
    public static final int PAIN_SAFETY_SCREEN = 6;
    /** P4: hops only with pain at most this. */
    public static final int PAIN_HOPS = 2;
    /** P1: easy ratings in a row needed (P12: more while moving to minimalist shoes). */
    public static final int EASY_SESSIONS = 2;
    public static final int EASY_SESSIONS_MINIMALIST = 3;
    /** P1: reps added per set per step [default: the top of the catalogue's 1–2]. */
    public static final int REPS_STEP = 2;
    /** P1: seconds added per hold per step [default: the top of the catalogue's 2–5]. */
    public static final double HOLD_STEP = 5;
    /** P1 caps [default]: reps up to 1.5 × the routine's (at least +2); holds up to 2 × the routine's (5 → 10 s). */
    public static final double REPS_CAP_FACTOR = 1.5;
    public static final double HOLD_CAP_FACTOR = 2;
    /** P5: the balance hold ladder, seconds. */
    public static final List<Double> BALANCE_HOLDS = List.of(30.0, 45.0, 60.0);
    /** P5: eyes-closed hold on a firm floor needed before the soft-surface levels, seconds (more than this). */
    public static final double EYES_CLOSED_BEFORE_SOFT = 15;
    /** P3: the short-foot dose that opens the next level: sets × reps × hold seconds. */
    public static final int SHORT_FOOT_SETS = 3;
    public static final int SHORT_FOOT_REPS = 10;
    public static final double SHORT_FOOT_HOLD = 5;
    /** P4: the one-leg dome hold needed before hops, seconds. */
    public static final double DOME_HOLD_BEFORE_HOPS = 30;
    /** P8: tempo step, BPM. */
    public static final double TEMPO_STEP = 10;
    /** P11: a break longer than this many days resumes one level (or stage) lower for a week. */
    public static final int BREAK_DAYS = 7;
    /** P2: at most one level change per exercise in this many days (a rolling week). */
    public static final int LEVEL_CHANGE_DAYS = 7;
    /** P10: share of the stage's sessions to have done. */
    public static final double STAGE_SESSIONS = 0.8;
    /** R3: volume kept after a cut [default: the middle of the catalogue's 30–50% cut]. */
    public static final double PAIN_CUT_KEEP = 0.6;
    /** R7: volume kept after a cramp (−30%). */
    public static final double CRAMP_KEEP = 0.7;
    /** R3: next-morning pain or stiffness this much above the usual morning counts as worse [default]. */
    public static final int MORNING_WORSE_BY = 1;
    /** R3: the usual morning: median of up to this many earlier next-morning checks [default]. */
    public static final int MORNING_BASELINE_SESSIONS = 5;
    /** R5: pain climbing week over week: this many ISO weeks of rising mean pain, the last above {@link #PAIN_OK} [default]. */
    public static final int CLIMBING_WEEKS = 3;

    static final String SHORT_FOOT = "short-foot";
    static final String BALANCE = "single-leg-balance";
    static final String EYES_CLOSED = "eyes-closed";
    static final String SOFT_SURFACE = "soft-surface";
    static final String ONE_LEG = "one-leg";
    static final String DYNAMIC = "dynamic";

    /** Exercises that are heel raises, hidden (held at their seated level) by R4. */
    static final Set<String> HEEL_RAISES = Set.of("heel-raise", "heel-lift-forefoot-roll");

    /** Reps per set an exercise may progress to from what the routine writes. */
    public static int repsCap(int written) {
        return Math.max(written + REPS_STEP, (int) Math.ceil(written * REPS_CAP_FACTOR));
    }

    /** Seconds a hold may progress to from what the routine writes (the balance ladder tops out at 60 s). */
    public static double holdCap(String exercise, double written) {
        if (BALANCE.equals(exercise)) {
            return BALANCE_HOLDS.get(BALANCE_HOLDS.size() - 1);
        }
        return written * HOLD_CAP_FACTOR;
    }

    /**
     * A level R4 hides after a warning sign: hopping levels (short foot's dynamic level, pogo), and every standing
     * heel-raise level. Such exercises are held at their easiest level until the user is cleared.
     */
    public static boolean isImpact(Exercise exercise, String level) {
        if (level == null) {
            return false;
        }
        int index = exercise.levelIndex(level);
        if (HEEL_RAISES.contains(exercise.id())) {
            return index > 0;
        }
        if (SHORT_FOOT.equals(exercise.id()) && DYNAMIC.equals(level)) {
            return true;
        }
        if ("pogo".equals(level)) {
            return true;
        }
        return exercise.level(level).map(l -> hops(l.phases())).orElse(false);
    }

    /** A step whose rep hops (e.g. arch doming's "Dome and hop"). */
    static boolean hops(Step step, Exercise exercise) {
        return hops(step.phases()) || (step.onlyAtLevel() != null && isImpact(exercise, step.onlyAtLevel()));
    }

    private static boolean hops(List<Phase> phases) {
        return phases != null && phases.stream().anyMatch(p -> p.action() == Action.HOP);
    }
}
