package org.toetempo.progress;

import org.junit.jupiter.api.Test;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coach's answer does not depend on the order its rules run in: every rotation and some shuffles of the rules
 * give the same suggestions over made-up users' histories (CoachTest checks the same for each of its scenarios).
 */
class CoachRuleOrderTest {

    @Test
    void everyOrderOfTheRulesGivesTheSameSuggestionsOverSimulatedUsers() {
        Set<String> fired = new TreeSet<>();
        for (String routine : List.of("arch-doming", "single-leg-balance-routine", "foot-core-12-week", "musical-toes")) {
            for (long seed = 1; seed <= 1; seed++) {
                List<Suggestion> seen = CoachSimulation.run(seed, routine, 20, moment -> { },
                        m -> RuleOrders.suggest(m.routine(), m.history(), m.plan(), m.now()));
                seen.forEach(s -> fired.add(s.rule()));
            }
        }
        // The users met the safety rules, the regressions and the progressions, so the orders were tested where they
        // could have mattered.
        assertThat(fired).contains("R2", "R3", "R4", "R5", "R6", "R7", "P1", "P8", "P10", "P11");
    }

    @Test
    void theOrderCheckCatchesRulesThatShareState() {
        Routine arch = Fixtures.routine("arch-doming");
        List<SessionRecord> sessions = new ArrayList<>();
        sessions.add(Fixtures.played(arch, ProgressPlan.EMPTY, Fixtures.at("2026-11-02T08:00")));
        boolean[] first = {true};
        // Proposes only when it happens to run before the other: the kind of coupling the resolver replaced.
        CoachRule greedy = in -> {
            boolean mine = first[0];
            first[0] = false;
            return mine ? List.of(new Proposal.Show(Proposal.Slot.STAGE, 0, new Suggestion("X:1", "X",
                    Suggestion.Kind.HOLD, arch.id(), null, "First", "Ran first", List.of(), List.of(), false)))
                    : List.of();
        };
        CoachRule reset = in -> {
            first[0] = true;
            return List.of();
        };
        assertThatThrownBy(() -> RuleOrders.suggest(arch, History.of(sessions), ProgressPlan.EMPTY,
                Fixtures.at("2026-11-04T08:00"), List.of(reset, greedy, new Progression())))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void noRuleWritesAnIdWhereTheUserReadsText() {
        Set<String> ids = new TreeSet<>();
        List<Suggestion> all = new ArrayList<>();
        for (String routine : List.of("arch-doming", "musical-toes", "foot-core-12-week")) {
            Routine r = Fixtures.routine(routine);
            ids.addAll(r.exercises().keySet());
            r.stages().forEach(s -> ids.add(s.id()));
            all.addAll(CoachSimulation.run(3, routine, 24, m -> { }, m -> Coach.suggest(m.routine(), m.history(),
                    m.plan(), m.now())));
        }
        for (Suggestion s : all) {
            List<String> texts = new ArrayList<>(List.of(s.title(), s.reason()));
            texts.addAll(s.safety());
            s.changes().forEach(c -> texts.add(c.describe()));
            for (String text : texts) {
                for (String id : ids) {
                    if (id.contains("-")) {
                        assertThat(text).as(s.id()).doesNotContain(id);
                    }
                }
            }
        }
    }
}
