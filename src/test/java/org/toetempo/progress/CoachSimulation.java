package org.toetempo.progress;

import org.toetempo.history.Effort;
import org.toetempo.history.ExerciseRating;
import org.toetempo.history.Fixtures;
import org.toetempo.history.History;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A made-up user with a seeded random hand: plays a routine on most days (with the odd long break), rates effort,
 * pain, cramps, sides, holds, beats and mornings, and accepts most of what the coach suggests. Each time before a
 * session it hands the moment to {@code check}, so tests see the coach over many plans and histories nobody wrote.
 */
final class CoachSimulation {

    record Moment(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
    }

    private static final Effort[] EFFORTS = {Effort.EASY, Effort.EASY, Effort.EASY, Effort.JUST_RIGHT, Effort.HARD};
    private static final int[] GAPS = {1, 1, 1, 1, 2, 3, 9};

    private CoachSimulation() {
    }

    /** Plays {@code sessions} sessions; returns every suggestion the coach made on the way (to see what was hit). */
    static List<Suggestion> run(long seed, String routineId, int sessions, Consumer<Moment> check,
                                Function<Moment, List<Suggestion>> coach) {
        Random random = new Random(seed);
        Routine routine = Fixtures.routine(routineId);
        ProgressPlan plan = ProgressPlan.EMPTY.withMinimalistTransition(random.nextInt(5) == 0)
                .withImpactLocked(random.nextInt(6) == 0);
        List<SessionRecord> done = new ArrayList<>();
        List<Suggestion> seen = new ArrayList<>();
        ZonedDateTime now = Fixtures.at("2026-09-01T08:00");
        for (int i = 0; i < sessions; i++) {
            Moment moment = new Moment(routine, History.of(done), plan, now);
            check.accept(moment);
            List<Suggestion> suggestions = coach.apply(moment);
            seen.addAll(suggestions);
            for (Suggestion suggestion : suggestions) {
                if (!suggestion.adviceOnly() && random.nextInt(10) < 7) {
                    try {
                        plan = plan.accept(suggestion, now.toInstant(), Fixtures.LONDON);
                    } catch (IllegalStateException stale) {
                        // An earlier acceptance changed what this one was about: the app asks again, so do we.
                    }
                }
            }
            done.add(rate(Fixtures.played(routine, plan, now), random));
            now = now.plusDays(GAPS[random.nextInt(GAPS.length)]).plusMinutes(random.nextInt(60));
        }
        return seen;
    }

    private static SessionRecord rate(SessionRecord session, Random random) {
        int pain = random.nextInt(10) < 7 ? random.nextInt(4) : random.nextInt(9);
        SessionRecord rated = Fixtures.rated(session, EFFORTS[random.nextInt(EFFORTS.length)], pain,
                random.nextInt(5));
        Ratings ratings = rated.ratings();
        for (ExerciseRating rating : List.copyOf(ratings.exercises())) {
            ExerciseRating changed = rating;
            if (random.nextInt(4) == 0) {
                changed = changed.withEffort(EFFORTS[random.nextInt(EFFORTS.length)]);
            }
            if (random.nextInt(5) == 0) {
                changed = changed.withPain(random.nextInt(8));
            }
            if (random.nextInt(4) == 0) {
                changed = changed.withHarderSide(random.nextBoolean() ? Side.LEFT : Side.RIGHT);
            }
            if (random.nextInt(2) == 0) {
                changed = changed.withFormOk(random.nextInt(4) != 0);
            }
            if (random.nextInt(3) == 0) {
                changed = changed.withBestHoldSeconds((double) (10 + random.nextInt(30)));
            }
            if (random.nextInt(15) == 0) {
                changed = changed.withCramp(true);
            }
            if (random.nextInt(60) == 0) {
                changed = changed.withRedFlags(Set.of(RedFlag.values()[random.nextInt(RedFlag.values().length)]));
            }
            ratings = ratings.with(changed);
        }
        if (random.nextInt(15) == 0) {
            ratings = ratings.withCramp(true);
        }
        for (int block = 0; block < 4; block++) {
            if (random.nextInt(3) == 0) {
                ratings = ratings.withOnBeat(block, random.nextInt(4) != 0);
            }
        }
        rated = rated.withRatings(ratings);
        if (random.nextInt(3) == 0) {
            rated = rated.withMorning(random.nextInt(6), random.nextInt(6));
        }
        return rated;
    }
}
