package org.toetempo.audio;

import org.toetempo.routine.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed words a voice bank says in one language: counts, changes of foot, rests and the end. Cue words and
 * exercise names come from the routine (in the language it was read in); these are the rest.
 *
 * @param numbers "one" … "ten" (index 0 unused)
 */
record VoicePhrases(String language, List<String> numbers, String switchToLeft, String switchToRight,
        String leftFoot, String rightFoot, String bothFeet, String rest, String hold, String wellDone) {

    static final VoicePhrases ENGLISH = new VoicePhrases("en",
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            "switch to the left foot", "switch to the right foot", "left foot", "right foot", "both feet",
            "rest", "hold", "well done");

    static final VoicePhrases GERMAN = new VoicePhrases("de",
            List.of("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
            "Wechsel zum linken Fuß", "Wechsel zum rechten Fuß", "linker Fuß", "rechter Fuß", "beide Füße",
            "Pause", "halten", "gut gemacht");

    /** The phrases of a language code; English for any other. */
    static VoicePhrases of(String language) {
        return "de".equals(language) ? GERMAN : ENGLISH;
    }

    String number(int n) {
        return n >= 1 && n < numbers.size() ? numbers.get(n) : null;
    }

    String switchTo(Side side) {
        return side == Side.LEFT ? switchToLeft : switchToRight;
    }

    String foot(Side side) {
        if (side == null) {
            return null;
        }
        return switch (side) {
            case LEFT -> leftFoot;
            case RIGHT -> rightFoot;
            default -> bothFeet;
        };
    }

    /** Every phrase, for the generator script's list and the tests that every one has a clip. */
    List<String> all() {
        List<String> out = new ArrayList<>(numbers.subList(1, numbers.size()));
        out.addAll(List.of(switchToLeft, switchToRight, leftFoot, rightFoot, bothFeet, rest, hold, wellDone));
        return out;
    }
}
