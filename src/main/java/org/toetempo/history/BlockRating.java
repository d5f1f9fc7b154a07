package org.toetempo.history;

/**
 * The catalogue's "stayed on beat: yes/no" for one tempo mode (block) of a session, as the user answered it.
 *
 * @param block index of the block in the routine
 */
public record BlockRating(int block, boolean onBeat) {
}
