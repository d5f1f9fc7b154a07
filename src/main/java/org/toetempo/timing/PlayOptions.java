package org.toetempo.timing;

import org.toetempo.routine.Side;
import org.toetempo.text.Language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How to play a routine. Immutable; the {@code with...} methods return changed copies.
 *
 * @param bpm            play every block and step at this tempo (ramps off), or {@code null} for the routine's own
 * @param blockBpm       tempo for single blocks (block index → BPM), e.g. after the user changed it mid-block
 * @param song           the loaded song, or {@code null}: blocks whose tempo source is {@code song} then use the metronome
 * @param songEverywhere follow the song in every block, not only in the blocks written for a song
 * @param stage          for a programme with stages: the stage to play ({@code null}: the first)
 * @param levels         the user's level per exercise id, replacing the levels written in the steps
 * @param skipOptional   leave out optional steps
 * @param doses          the user's dose per exercise id, on top of what the steps write
 * @param leaveOut       what to leave out: exercise ids (every step of the exercise) and step keys
 *                       ({@link #stepKey}: one step)
 * @param language       the language of the schedule's cue texts ("Set 1 of 2", "Rest 20 s"); the routine's own
 *                       texts come in the language it was read in
 */
public record PlayOptions(
        Double bpm,
        Map<Integer, Double> blockBpm,
        SongTiming song,
        boolean songEverywhere,
        String stage,
        Map<String, String> levels,
        boolean skipOptional,
        Map<String, Dose> doses,
        Set<String> leaveOut,
        Language language) {

    public PlayOptions {
        language = language == null ? Language.ENGLISH : language;
        blockBpm = Map.copyOf(blockBpm);
        levels = Map.copyOf(levels);
        doses = Map.copyOf(doses);
        leaveOut = Set.copyOf(leaveOut);
    }

    /** Options with cue texts in English. */
    public PlayOptions(Double bpm, Map<Integer, Double> blockBpm, SongTiming song, boolean songEverywhere, String stage,
                       Map<String, String> levels, boolean skipOptional, Map<String, Dose> doses, Set<String> leaveOut) {
        this(bpm, blockBpm, song, songEverywhere, stage, levels, skipOptional, doses, leaveOut, Language.ENGLISH);
    }

    /** Options without doses or steps left out. */
    public PlayOptions(Double bpm, Map<Integer, Double> blockBpm, SongTiming song, boolean songEverywhere, String stage,
                       Map<String, String> levels, boolean skipOptional) {
        this(bpm, blockBpm, song, songEverywhere, stage, levels, skipOptional, Map.of(), Set.of());
    }

    public static PlayOptions defaults() {
        return new PlayOptions(null, Map.of(), null, false, null, Map.of(), false);
    }

    /**
     * The user's dose of one exercise, from accepted progressions and regressions. Caps limit what the dose adds,
     * never what a step writes: a step written above a cap keeps its own dose.
     *
     * @param extraReps   reps per set added to (negative: taken from) every step of the exercise that counts reps;
     *                    at least one rep stays
     * @param repsCap     most reps per set the dose may take a step to, or 0 for no cap
     * @param holdSeconds the length of the rep's longest hold in seconds instead of the written one (shorter holds in
     *                    seconds change in proportion), or {@code null}
     * @param holdCap     longest hold in seconds the dose may set, or 0 for no cap
     * @param extraSet    one more set on this foot, for steps that work the feet one at a time, or {@code null}
     */
    public record Dose(int extraReps, int repsCap, Double holdSeconds, double holdCap, Side extraSet) {

        public Dose {
            if (repsCap < 0 || holdCap < 0 || holdSeconds != null && !(holdSeconds > 0 && holdSeconds < 3600)) {
                throw new IllegalArgumentException("a dose needs caps of 0 or more and a hold of 0 to 3600 s");
            }
            if (extraSet == Side.BOTH) {
                throw new IllegalArgumentException("an extra set is for one foot");
            }
        }

        /** Reps per set for a step that writes {@code written} (0: a step timed in seconds, which keeps its time). */
        public int reps(int written) {
            if (written <= 0 || extraReps == 0) {
                return written;
            }
            int wanted = written + extraReps;
            int ceiling = repsCap > 0 ? Math.max(repsCap, written) : Integer.MAX_VALUE;
            return Math.max(1, Math.min(wanted, ceiling));
        }

        /** The longest hold for a rep that writes {@code written} seconds as its longest (0: no hold in seconds). */
        public double hold(double written) {
            if (written <= 0 || holdSeconds == null) {
                return written;
            }
            double ceiling = holdCap > 0 ? Math.max(holdCap, written) : Double.MAX_VALUE;
            return Math.min(holdSeconds, ceiling);
        }
    }

    /** The key of one step for {@link #leaveOut}: its block's index and its index in the block, e.g. {@code "3/0"}. */
    public static String stepKey(int block, int step) {
        return block + "/" + step;
    }

    /** The same options with the cue texts in {@code newLanguage}. */
    public PlayOptions inLanguage(Language newLanguage) {
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, stage, levels, skipOptional, doses, leaveOut,
                newLanguage);
    }

    public PlayOptions withDose(String exercise, Dose dose) {
        Map<String, Dose> changed = new HashMap<>(doses);
        changed.put(exercise, dose);
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, stage, levels, skipOptional, changed, leaveOut, language);
    }

    /** Leaves out an exercise (by id) or a step (by {@link #stepKey}). */
    public PlayOptions withLeftOut(String key) {
        Set<String> changed = new HashSet<>(leaveOut);
        changed.add(key);
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, stage, levels, skipOptional, doses, changed, language);
    }

    public PlayOptions withBpm(double newBpm) {
        return new PlayOptions(newBpm, Map.of(), song, songEverywhere, stage, levels, skipOptional, doses, leaveOut, language);
    }

    public PlayOptions withBlockBpm(int block, double newBpm) {
        Map<Integer, Double> changed = new HashMap<>(blockBpm);
        changed.put(block, newBpm);
        return new PlayOptions(bpm, changed, song, songEverywhere, stage, levels, skipOptional, doses, leaveOut, language);
    }

    public PlayOptions withSong(SongTiming newSong, boolean everywhere) {
        return new PlayOptions(bpm, blockBpm, newSong, everywhere, stage, levels, skipOptional, doses, leaveOut, language);
    }

    public PlayOptions withStage(String newStage) {
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, newStage, levels, skipOptional, doses, leaveOut, language);
    }

    public PlayOptions withLevel(String exercise, String level) {
        Map<String, String> changed = new HashMap<>(levels);
        changed.put(exercise, level);
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, stage, changed, skipOptional, doses, leaveOut, language);
    }
}
