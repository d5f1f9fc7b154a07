package org.toetempo.routine;

import org.toetempo.text.Phrase;

import java.util.Collection;

import static org.toetempo.text.Phrase.phrase;

/**
 * The parts the checker's messages are built from, as phrases: a JSON value as described in a message and the
 * rules a field breaks. Each words the same English as the text the checker builds beside it.
 */
final class CheckPhrases {

    private CheckPhrases() {
    }

    /** {@link JsonNode#describe()} as a phrase: "an object", "the text \"10\""; numbers and true/false as they are. */
    static Phrase described(JsonNode node) {
        if (node instanceof JsonNode.Obj) {
            return phrase("check.value.object");
        }
        if (node instanceof JsonNode.Arr) {
            return phrase("check.value.list");
        }
        if (node instanceof JsonNode.Text) {
            String described = node.describe();
            // describe() shortens long texts: word the shortened text, between the quotes it put around it
            return phrase("check.value.text", described.substring("the text \"".length(), described.length() - 1));
        }
        return Phrase.literal(node.describe());
    }

    /** "NAME RULE", e.g. "reps" and "must be a whole number from 1 to 500". */
    static Phrase named(String name, Phrase rule) {
        return phrase("check.named", name, rule);
    }

    /** "RULE, not VALUE". */
    static Phrase not(Phrase rule, JsonNode value) {
        return phrase("check.not", rule, described(value));
    }

    static Phrase wholeNumber(int min, int max) {
        return phrase("check.rule.whole-number", String.valueOf(min), String.valueOf(max));
    }

    /** "must be a number from MIN to MAX" with the unit the caller gave (" seconds", " minutes", ...). */
    static Phrase number(String min, String max, String unit) {
        return switch (unit) {
            case " seconds" -> phrase("check.rule.number-seconds", min, max);
            case " minutes" -> phrase("check.rule.number-minutes", min, max);
            case " beats per minute" -> phrase("check.rule.number-bpm", min, max);
            case "" -> phrase("check.rule.number", min, max);
            default -> Phrase.literal("must be a number from " + min + " to " + max + unit);
        };
    }

    /** What an object stands for in "... must be an object { ... }" ("a step", "tempo"). */
    static Phrase what(String what) {
        return switch (what) {
            case "an exercise" -> phrase("check.what.exercise");
            case "a clip" -> phrase("check.what.clip");
            case "a level" -> phrase("check.what.level");
            case "a phase" -> phrase("check.what.phase");
            case "the exercise library" -> phrase("check.what.library");
            case "a routine file" -> phrase("check.what.routine-file");
            case "a stage" -> phrase("check.what.stage");
            case "a block" -> phrase("check.what.block");
            case "a step" -> phrase("check.what.step");
            // field names stay as they are written in the file
            default -> Phrase.literal(what);
        };
    }

    /** " (did you mean 'x'?)" after {@code base}, or {@code base} alone when nothing is close. */
    static Phrase suggesting(Phrase base, String input, Collection<String> candidates) {
        return Suggestions.nearest(input, candidates).map(name -> phrase("check.did-you-mean", base, name)).orElse(base);
    }
}
