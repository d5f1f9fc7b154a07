package org.toetempo.progress;

import org.toetempo.history.History;
import org.toetempo.routine.Routine;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions before the next session of a routine, from the exercise catalogue's section 4: progression
 * P1–P5 and P8–P12, regression and stop rules R2–R7. Pure: the same history, plan and time give the same
 * suggestions; nothing changes until the user accepts one ({@link ProgressPlan#accept}).
 *
 * <p>Each rule is its own {@link CoachRule} over one immutable {@link CoachInput}; it proposes, and
 * {@link Resolver} decides with the catalogue's precedence, so the answer does not depend on the rules' order.
 * Safety first: warning signs (R4) silence everything else. Pain rules (R2, R3, R5), cramp (R7), "hard"
 * ratings (R6) and a return after a break (P11) each stop progression for what they touch. Progression then
 * moves one thing at a time: the programme's stage (P10), else per exercise the hold or reps, then the level
 * (P1, gated by P3 and P4 for short foot and by P5 for balance; at most one level change a week, P2), one extra
 * set on a weaker side (P9), and per rhythmic block the tempo (P8, never in the same session as a level change
 * of an exercise in that block, P2).
 */
public final class Coach {

    /** Every rule, in the catalogue's order (which only documents them: the resolver orders the result). */
    static final List<CoachRule> RULES = List.of(new WarningSigns(), new PainClimbing(), new PainCut(), new Cramp(),
            new HardTwice(), new PausedOrSkipped(), new ModeratePain(), new BreakReturn(), new StageGate(),
            new Progression(), new ExtraSet(), new Tempo());

    private Coach() {
    }

    /** The suggestions for {@code routine} at {@code now} (in the user's current zone), most urgent first. */
    public static List<Suggestion> suggest(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
        return suggest(routine, history, plan, now, RULES);
    }

    /** The same with the rules given, in the order given (tests run them in every order). */
    static List<Suggestion> suggest(Routine routine, History history, ProgressPlan plan, ZonedDateTime now,
                                    List<CoachRule> rules) {
        return suggest(new CoachInput(routine, history, plan, now), rules);
    }

    static List<Suggestion> suggest(CoachInput input, List<CoachRule> rules) {
        if (input.sessions.isEmpty()) {
            return List.of();
        }
        List<Proposal> proposals = new ArrayList<>();
        for (CoachRule rule : rules) {
            proposals.addAll(rule.propose(input));
        }
        return Resolver.resolve(proposals);
    }
}
