package org.toetempo.timing;

import java.util.HashMap;
import java.util.Map;

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
 */
public record PlayOptions(
        Double bpm,
        Map<Integer, Double> blockBpm,
        SongTiming song,
        boolean songEverywhere,
        String stage,
        Map<String, String> levels,
        boolean skipOptional) {

    public PlayOptions {
        blockBpm = Map.copyOf(blockBpm);
        levels = Map.copyOf(levels);
    }

    public static PlayOptions defaults() {
        return new PlayOptions(null, Map.of(), null, false, null, Map.of(), false);
    }

    public PlayOptions withBpm(double newBpm) {
        return new PlayOptions(newBpm, Map.of(), song, songEverywhere, stage, levels, skipOptional);
    }

    public PlayOptions withBlockBpm(int block, double newBpm) {
        Map<Integer, Double> changed = new HashMap<>(blockBpm);
        changed.put(block, newBpm);
        return new PlayOptions(bpm, changed, song, songEverywhere, stage, levels, skipOptional);
    }

    public PlayOptions withSong(SongTiming newSong, boolean everywhere) {
        return new PlayOptions(bpm, blockBpm, newSong, everywhere, stage, levels, skipOptional);
    }

    public PlayOptions withStage(String newStage) {
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, newStage, levels, skipOptional);
    }

    public PlayOptions withLevel(String exercise, String level) {
        Map<String, String> changed = new HashMap<>(levels);
        changed.put(exercise, level);
        return new PlayOptions(bpm, blockBpm, song, songEverywhere, stage, changed, skipOptional);
    }
}
