package org.toetempo.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text kept as a message key and its arguments rather than as words, for the core's texts that a screen shows
 * later (the coach's suggestions, the editor's undo names): the core runs without knowing the app's language, and
 * the screen words the phrase in the language it shows ({@link #in}). An
 * argument may be a phrase itself, worded in the same language. A phrase with no key is a text taken as it is (a name from the routine, a text from an older caller),
 * or phrases joined ({@link #joined}).
 *
 * @param key  the message key in {@code messages*.properties}, or {@code null} for a text taken as it is
 * @param args the message's arguments; for a text taken as it is, just that text; for phrases joined, the
 *             separator and the list of phrases
 */
public record Phrase(String key, List<Object> args) {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);

    public Phrase {
        args = List.copyOf(args);
    }

    /** The message {@code key} with its arguments. */
    public static Phrase phrase(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /** A text taken as it is, in whatever language it was written. */
    public static Phrase literal(String text) {
        return new Phrase(null, List.of(text));
    }

    /** Phrases one after another, e.g. "numbness or tingling, new swelling". */
    public static Phrase joined(String separator, List<Phrase> parts) {
        return new Phrase(null, List.of(separator, List.copyOf(parts)));
    }

    /** The phrase in the language of {@code words}. */
    public String in(Messages words) {
        if (key == null && args.size() == 2 && args.get(1) instanceof List<?> parts) {
            List<String> worded = new ArrayList<>();
            for (Object part : parts) {
                worded.add(String.valueOf(word(part, words)));
            }
            return String.join(String.valueOf(args.get(0)), worded);
        }
        if (key == null) {
            return String.valueOf(args.get(0));
        }
        Object[] worded = new Object[args.size()];
        for (int i = 0; i < worded.length; i++) {
            worded[i] = word(args.get(i), words);
        }
        return words.get(key, worded);
    }

    /** The phrase in English, as the coach's tests and logs read it. */
    public String english() {
        return in(ENGLISH);
    }

    private static Object word(Object arg, Messages words) {
        if (arg instanceof Phrase phrase) {
            return phrase.in(words);
        }
        return arg;
    }
}
