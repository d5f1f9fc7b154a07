package org.toetempo.editor;

import org.toetempo.routine.Audience;
import org.toetempo.routine.Block;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.EstimatedDuration;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** New routines: a blank one to start from, and copies of existing ones under a free id. */
public final class Templates {

    /** The exercise a blank routine starts with. */
    public static final String FIRST_EXERCISE = "single-big-toe-raise";

    private Templates() {
    }

    /**
     * A valid minimal routine: one block, one step (big-toe lifts, 10 reps, right then left) at 60 BPM, one safety
     * note, with {@code id} ({@code my-routine}, or the first free {@code my-routine-N}).
     */
    public static Routine blank(ExerciseLibrary library, Predicate<String> taken) {
        Exercise first = library.find(FIRST_EXERCISE).orElseGet(() -> library.all().iterator().next());
        Step step = StepBuilder.of(first.id()).side(Side.RIGHT_THEN_LEFT).reps(10).build();
        return new Routine(Routine.FORMAT, freeId("my-routine", taken), "My routine",
                "A routine of my own.", "Write here why to do this routine, in a sentence or two.",
                List.of(Audience.RUNNER), Difficulty.MODERATE, new EstimatedDuration(1, 1),
                new Frequency(3, Period.WEEK, null), null, List.of(),
                List.of("Stop an exercise at once if you feel sharp or stabbing pain."), List.of(), List.of(),
                new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120), Map.of(first.id(), first), List.of(),
                List.of(new Block("Main", null, null, null, 0, null, List.of(step))));
    }

    /** A copy named "Name (copy)" under the id that name gives ({@link #idFor}), made free. */
    public static Routine duplicate(Routine routine, Predicate<String> taken) {
        String name = routine.name() == null ? "Routine" : routine.name();
        String copyName = name.length() + 7 > 60 ? name.substring(0, 53).strip() + " (copy)" : name + " (copy)";
        // The id is the one the name gives, so that renaming the copy before its first save renames its id too
        // (the editor's rule): "Arch Doming (Short Foot) (copy)" is arch-doming-short-foot-copy.
        return RoutineBuilder.from(routine)
                .id(idFor(copyName, taken))
                .name(copyName)
                .build();
    }

    /**
     * The id a routine of this name would get: its words, lower-case, joined by '-' ("Musical Toes for Ann" →
     * {@code musical-toes-for-ann}), made free as {@link #freeId} does; {@code routine} when the name has no letters
     * or digits of the id's alphabet.
     */
    public static String idFor(String name, Predicate<String> taken) {
        String words = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("['’]", "").replace("ß", "ss").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (words.length() > SafeNames.MAX_ID_LENGTH) {
            words = words.substring(0, SafeNames.MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        return freeId(words.isEmpty() ? "routine" : words, taken);
    }

    /**
     * {@code base} if free, else {@code base-2}, {@code base-3}, ..., shortened so that every candidate is a valid
     * id of at most 64 characters.
     */
    public static String freeId(String base, Predicate<String> taken) {
        if (base == null || !SafeNames.ID.matcher(base).matches()) {
            base = "routine";
        }
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            String stem = base.length() + suffix.length() > SafeNames.MAX_ID_LENGTH
                    ? base.substring(0, SafeNames.MAX_ID_LENGTH - suffix.length()) : base;
            while (stem.endsWith("-")) {
                stem = stem.substring(0, stem.length() - 1);
            }
            String candidate = stem + suffix;
            if (!taken.test(candidate) && SafeNames.problem(candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
