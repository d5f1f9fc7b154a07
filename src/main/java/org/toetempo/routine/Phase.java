package org.toetempo.routine;

/**
 * One movement of a rep, lasting either whole beats or (for holds) seconds.
 *
 * @param action  what the foot does
 * @param beats   length in beats, or 0 when {@code seconds} is used
 * @param seconds length in seconds, or 0 when {@code beats} is used
 * @param cue     the word shown and spoken at the phase's start (may be empty)
 * @param part    the moving part of the foot, or {@code null} for the exercise's figure
 */
public record Phase(Action action, int beats, double seconds, String cue, FootPart part) {

    public boolean timedInBeats() {
        return beats > 0;
    }
}
