package org.toetempo.history;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the user said about a session: the quick rating screen after it, and the next-morning check.
 *
 * @param exercises        per exercise (effort and the optional details), at most one per exercise id
 * @param blocks           per tempo mode: stayed on beat or not
 * @param pain             pain during the session, 0–10, or {@code null} when not rated (only a morning check)
 * @param stiffness        stiffness during or just after the session, 0–10, or {@code null}
 * @param morningPain      pain the next morning, 0–10, or {@code null} until asked
 * @param morningStiffness stiffness the next morning, 0–10, or {@code null}
 * @param redFlags         warning signs not tied to one exercise (e.g. numbness noticed afterwards)
 * @param cramp            a cramp came on (see the exercise ratings for where)
 * @param note             the user's own words, or {@code null}
 */
public record Ratings(
        List<ExerciseRating> exercises,
        List<BlockRating> blocks,
        Integer pain,
        Integer stiffness,
        Integer morningPain,
        Integer morningStiffness,
        Set<RedFlag> redFlags,
        boolean cramp,
        String note) {

    /** Longest note kept, in characters. */
    public static final int MAX_NOTE = 4000;

    public Ratings {
        boolean lazy = exercises instanceof LazyList;
        exercises = exercises == null ? List.of() : lazy ? exercises : List.copyOf(exercises);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        checkScale("pain", pain);
        checkScale("stiffness", stiffness);
        checkScale("next-morning pain", morningPain);
        checkScale("next-morning stiffness", morningStiffness);
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
        if (note != null && note.isBlank()) {
            note = null;
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note is at most " + MAX_NOTE + " characters");
        }
        for (int i = 0; !lazy && i < exercises.size(); i++) {
            for (int j = i + 1; j < exercises.size(); j++) {
                if (exercises.get(i).exercise().equals(exercises.get(j).exercise())) {
                    throw new IllegalArgumentException("two ratings for " + exercises.get(i).exercise());
                }
            }
        }
    }

    static void checkScale(String what, Integer value) {
        if (value != null && (value < 0 || value > 10)) {
            throw new IllegalArgumentException(what + " is rated 0 to 10, not " + value);
        }
    }

    /** Pain and stiffness during the session; nothing else rated yet. */
    public static Ratings of(Integer pain, Integer stiffness) {
        return new Ratings(List.of(), List.of(), pain, stiffness, null, null, Set.of(), false, null);
    }

    public Optional<ExerciseRating> exercise(String exerciseId) {
        for (ExerciseRating rating : exercises) {
            if (rating.exercise().equals(exerciseId)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    /** The user's on-beat answer for a block, or empty when not asked. */
    public Optional<Boolean> onBeat(int block) {
        for (BlockRating rating : blocks) {
            if (rating.block() == block) {
                return Optional.of(rating.onBeat());
            }
        }
        return Optional.empty();
    }

    /** Every warning sign reported, on the session or on any exercise. */
    public Set<RedFlag> allRedFlags() {
        EnumSet<RedFlag> all = EnumSet.noneOf(RedFlag.class);
        all.addAll(redFlags);
        for (ExerciseRating rating : exercises) {
            all.addAll(rating.redFlags());
        }
        return all;
    }

    /** A cramp on the session or on any exercise. */
    public boolean anyCramp() {
        return cramp || exercises.stream().anyMatch(ExerciseRating::cramp);
    }

    public boolean hasMorningCheck() {
        return morningPain != null || morningStiffness != null;
    }

    /** This rating with the exercise's rating added or replaced. */
    public Ratings with(ExerciseRating rating) {
        List<ExerciseRating> changed = new ArrayList<>(exercises);
        changed.removeIf(r -> r.exercise().equals(rating.exercise()));
        changed.add(rating);
        return new Ratings(changed, blocks, pain, stiffness, morningPain, morningStiffness, redFlags, cramp, note);
    }

    public Ratings withEffort(String exercise, Effort effort) {
        return with(exercise(exercise).map(r -> r.withEffort(effort)).orElse(ExerciseRating.of(exercise, effort)));
    }

    public Ratings withOnBeat(int block, boolean onBeat) {
        List<BlockRating> changed = new ArrayList<>(blocks);
        changed.removeIf(r -> r.block() == block);
        changed.add(new BlockRating(block, onBeat));
        return new Ratings(exercises, changed, pain, stiffness, morningPain, morningStiffness, redFlags, cramp, note);
    }

    public Ratings withMorning(Integer painValue, Integer stiffnessValue) {
        return new Ratings(exercises, blocks, pain, stiffness, painValue, stiffnessValue, redFlags, cramp, note);
    }

    public Ratings withRedFlags(Set<RedFlag> value) {
        return new Ratings(exercises, blocks, pain, stiffness, morningPain, morningStiffness, value, cramp, note);
    }

    public Ratings withCramp(boolean value) {
        return new Ratings(exercises, blocks, pain, stiffness, morningPain, morningStiffness, redFlags, value, note);
    }

    public Ratings withNote(String value) {
        return new Ratings(exercises, blocks, pain, stiffness, morningPain, morningStiffness, redFlags, cramp, value);
    }
}
