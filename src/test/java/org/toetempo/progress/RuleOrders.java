package org.toetempo.progress;

import org.toetempo.history.History;
import org.toetempo.routine.Routine;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the coach's rules in many orders and checks they all give the same suggestions. */
final class RuleOrders {

    private RuleOrders() {
    }

    /** Every rotation of the rules, every rotation of them reversed, and a few shuffles. */
    static List<List<CoachRule>> orders(List<CoachRule> rules) {
        List<List<CoachRule>> orders = new ArrayList<>();
        List<CoachRule> reversed = new ArrayList<>(rules);
        Collections.reverse(reversed);
        for (List<CoachRule> base : List.of(rules, reversed)) {
            for (int i = 0; i < base.size(); i++) {
                List<CoachRule> rotated = new ArrayList<>(base);
                Collections.rotate(rotated, i);
                orders.add(rotated);
            }
        }
        Random random = new Random(12);
        for (int i = 0; i < 8; i++) {
            List<CoachRule> shuffled = new ArrayList<>(rules);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }
        return orders;
    }

    /** The coach's suggestions, after checking that every order of its rules gives exactly these. */
    static List<Suggestion> suggest(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
        return suggest(routine, history, plan, now, Coach.RULES);
    }

    static List<Suggestion> suggest(Routine routine, History history, ProgressPlan plan, ZonedDateTime now,
                                    List<CoachRule> rules) {
        List<Suggestion> expected = Coach.suggest(routine, history, plan, now, rules);
        // One input for every order: the rules may only read it, so it must serve them all alike.
        CoachInput input = new CoachInput(routine, history, plan, now);
        for (List<CoachRule> order : orders(rules)) {
            assertThat(Coach.suggest(input, order))
                    .as("rules in the order %s", order.stream().map(r -> r.getClass().getSimpleName()).toList())
                    .isEqualTo(expected);
        }
        return expected;
    }
}
