package org.toetempo.history;

/**
 * The tempo a block was played at.
 *
 * @param block index of the block in the routine
 * @param bpm   the tempo its first step started at (the song's, with {@code song})
 * @param song  the block followed a song
 */
public record BlockTempo(int block, String name, double bpm, boolean song) {
}
