package org.toetempo.timing;

/**
 * Where the song is at a moment of a session: what the audio mixer needs to play the music on the schedule's
 * beat grid, and nothing else.
 *
 * @param songNanos        position in the song at its own speed, from its first sample; not wrapped (looping a
 *                         song shorter than the routine is the player's business)
 * @param song             the song's timing (its tempo, first beat and playback rate)
 * @param spanLeftNanos    schedule time until the song stops (the routine ends or a metronome block follows)
 */
public record MusicPosition(long songNanos, SongTiming song, long spanLeftNanos) {
}
