package org.toetempo.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Toe Tempo speaks, and which one to use: the one asked for on the command line ({@code --lang}),
 * else the {@code TOETEMPO_LANG} variable, else the user's setting, else the system's language, else English.
 */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch");

    /** The environment variable that chooses the language for the command line and the app. */
    public static final String VARIABLE = "TOETEMPO_LANG";

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    /** The code used in routine files and settings: "en", "de". */
    public String code() {
        return code;
    }

    /** Its name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language for a code or a locale tag ("de", "de-AT", "de_CH.UTF-8"), if we speak it. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_.@]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language to use, from the first of these that names one we speak.
     *
     * @param asked    {@code --lang}, or null
     * @param variable the value of {@code TOETEMPO_LANG}, or null
     * @param setting  the user's choice in the app's settings, or null
     * @param system   the system's locale
     */
    public static Language choose(String asked, String variable, String setting, Locale system) {
        for (String tag : new String[] {asked, variable, setting}) {
            Optional<Language> found = of(tag);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return of(system.toLanguageTag()).orElse(ENGLISH);
    }

    /** Every language code, for messages such as "--lang must be one of en, de". */
    public static List<String> codes() {
        return List.of(values()).stream().map(Language::code).toList();
    }
}
