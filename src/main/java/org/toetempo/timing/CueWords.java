package org.toetempo.timing;

import org.toetempo.routine.Side;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

/**
 * The texts a schedule's cues carry ("Set 1 of 2", "Rest 20 s", "Well done: … is complete."), in the language of
 * {@link PlayOptions#language()}. The routine's own words (names, cue words, prompts) come from the routine as read.
 */
final class CueWords {

    private final Messages words;

    CueWords(Messages words) {
        this.words = words;
    }

    String routineEnd(String routine) {
        return words.get("cue.routine-end", routine);
    }

    /** "Toe yoga · Right foot". */
    String exerciseStart(String title, Side foot) {
        return title + " · " + Wording.side(foot, words);
    }

    String switchTo(Side foot) {
        return foot == Side.LEFT ? words.get("cue.switch-to-left") : words.get("cue.switch-to-right");
    }

    String set(int set, int sets) {
        return words.get("cue.set", set, sets);
    }

    String rep(int rep, int reps) {
        return words.get("cue.rep", rep, reps);
    }

    String exerciseEnd(String title) {
        return words.get("cue.exercise-end", title);
    }

    /** The word of a hold whose phase writes none. */
    String hold() {
        return words.get("cue.hold");
    }

    String rest(double seconds) {
        return words.get("cue.rest", Wording.seconds(seconds, words));
    }
}
