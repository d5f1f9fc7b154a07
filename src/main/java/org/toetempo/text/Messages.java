package org.toetempo.text;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the app in one language: {@code messages.properties} and its translations
 * ({@code messages_de.properties}, UTF-8) under {@code org/toetempo/text}, one key per message, placeholders in
 * {@link MessageFormat} form ({@code {0}}, {@code {0,number,integer}}, plurals as
 * {@code {0,choice,1#one set|1<{0} sets}}). A key missing from a translation falls back to English; the
 * consistency test makes sure none is missing.
 */
public final class Messages {

    static final String BUNDLE = "org.toetempo.text.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Language language) {
        this.language = language;
        // The root bundle is English: ask for it explicitly so the JVM's own default locale never leaks in.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The message for a key, with its placeholders filled in for this language. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a defect the consistency test catches; show the key rather than fail a user.
            return key;
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        // Parsed once per key: a schedule formats a text for every set and rep it lays out.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Every key of this language's bundle (with English's, where it falls back). */
    public Set<String> keys() {
        return bundle.keySet();
    }

    /** A duration as people say it: "5 min 42 s", "45 s", "1 h 3 min" (and "5 Min. 42 s" in German). */
    public String duration(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            return get("duration.hours-minutes", h, m);
        }
        if (m > 0) {
            return s == 0 ? get("duration.minutes", m) : get("duration.minutes-seconds", m, s);
        }
        return get("duration.seconds", s);
    }
}
