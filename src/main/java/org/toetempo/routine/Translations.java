package org.toetempo.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.toetempo.text.Phrase.phrase;

/**
 * A file's own translations: an optional top-level {@code "translations"} object, one member per language, each
 * mapping the path of a text in the file (as the validator prints it, {@code $.blocks[0].steps[2].prompt}) to that
 * text in the language. Reading for a language replaces each translated text in the tree before the routine is
 * built, keeping the translation's own line and column, so every later message points at the words the user sees.
 * A file without translations, or read in its own language, is read exactly as before.
 *
 * <p>Only words can be translated (names, instructions, cues, prompts, safety notes…), never ids or choices: a
 * path to anything else is a problem, reported where the path is written.
 */
final class Translations {

    /** The member that holds them. */
    static final String MEMBER = "translations";
    /** The file's own language when it does not say ({@code "language": "de"}). */
    static final String DEFAULT_LANGUAGE = "en";

    /** Fields whose text is words for people; every other text field is an id or a choice. */
    static final Set<String> TRANSLATABLE = Set.of("name", "summary", "purpose", "setup", "equipment", "safety",
            "credits", "notes", "note", "prompt", "cue", "cues", "instructions", "how", "mistakes", "aliases",
            "targets", "title", "start");

    /** Words that may stay in the original without the routine counting as partly untranslated. */
    static final Set<String> NOT_COUNTED = Set.of("credits");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z0-9_-]+)|\\['((?:[^'\\\\]|\\\\.)*)']|\\[(\\d+)]");

    /**
     * What reading a file in one language found.
     *
     * @param language   the language asked for
     * @param own        the file's own language
     * @param translated texts replaced by a translation
     * @param untranslated texts that stay in the file's own language (the fallback shown to the user)
     */
    record Coverage(String language, String own, int translated, int untranslated) {
        static Coverage none(String language, String own) {
            return new Coverage(language, own, 0, 0);
        }
    }

    private Translations() {
    }

    /**
     * Checks every language's entries and returns the tree with the texts of {@code language} put in place.
     * The {@code translations} and {@code language} members are left in the tree; the reader allows them.
     */
    static Result apply(JsonNode root, String language, Problems problems) {
        if (!(root instanceof JsonNode.Obj obj)) {
            return new Result(root, Coverage.none(language, DEFAULT_LANGUAGE));
        }
        String own = ownLanguage(obj, problems);
        JsonNode.Member member = obj.members().get(MEMBER);
        Map<String, JsonNode.Text> chosen = new LinkedHashMap<>();
        if (member != null) {
            if (!(member.value() instanceof JsonNode.Obj languages)) {
                problems.at(member.value(), "$." + MEMBER,
                        CheckPhrases.not(phrase("check.translations.object", MEMBER), member.value()));
            } else {
                for (JsonNode.Member lang : languages.members().values()) {
                    String langPath = Fields.child("$." + MEMBER, lang.name());
                    if (!LANGUAGE.matcher(lang.name()).matches()) {
                        problems.at(lang.line(), lang.column(), langPath, phrase("check.translations.language", lang.name()));
                        continue;
                    }
                    if (!(lang.value() instanceof JsonNode.Obj entries)) {
                        problems.at(lang.value(), langPath,
                                CheckPhrases.not(phrase("check.translations.entries", lang.name()), lang.value()));
                        continue;
                    }
                    for (JsonNode.Member entry : entries.members().values()) {
                        String entryPath = Fields.child(langPath, entry.name());
                        String target = check(root, entry, entryPath, problems);
                        if (target != null && lang.name().equals(language)) {
                            chosen.put(target, (JsonNode.Text) entry.value());
                        }
                    }
                }
            }
        }
        if (language.equals(own)) {
            return new Result(root, Coverage.none(language, own));
        }
        int[] untranslated = {0};
        JsonNode replaced = replace(root, "$", null, chosen, untranslated);
        return new Result(replaced, new Coverage(language, own, chosen.size(), untranslated[0]));
    }

    /** The tree to build from, and how much of it is in the language asked for. */
    record Result(JsonNode root, Coverage coverage) {
    }

    private static String ownLanguage(JsonNode.Obj obj, Problems problems) {
        JsonNode.Member member = obj.members().get("language");
        if (member == null) {
            return DEFAULT_LANGUAGE;
        }
        if (member.value() instanceof JsonNode.Text text && LANGUAGE.matcher(text.value()).matches()) {
            return text.value();
        }
        problems.at(member.value(), "$.language", CheckPhrases.not(phrase("check.translations.own-language"), member.value()));
        return DEFAULT_LANGUAGE;
    }

    /** The canonical path of the text the entry names, or null (with a problem) when it names nothing to translate. */
    private static String check(JsonNode root, JsonNode.Member entry, String entryPath, Problems problems) {
        if (!(entry.value() instanceof JsonNode.Text text)) {
            problems.at(entry.value(), entryPath, "a translation must be text in quotes, not " + entry.value().describe(),
                    CheckPhrases.not(phrase("check.translation.text"), entry.value()));
            return null;
        }
        if (text.value().isBlank()) {
            problems.at(entry.value(), entryPath, "a translation must not be empty (leave it out to keep the original)",
                    phrase("check.translation.empty"));
            return null;
        }
        List<Object> segments = parse(entry.name());
        if (segments == null) {
            problems.at(entry.line(), entry.column(), entryPath, "\"" + entry.name()
                    + "\" is not a path like $.blocks[0].steps[1].prompt", phrase("check.translation.path", entry.name()));
            return null;
        }
        JsonNode node = root;
        String field = null;
        String canonical = "$";
        for (Object segment : segments) {
            if (segment instanceof String name && node instanceof JsonNode.Obj obj && obj.members().containsKey(name)) {
                node = obj.members().get(name).value();
                field = name;
                canonical = Fields.child(canonical, name);
            } else if (segment instanceof Integer i && node instanceof JsonNode.Arr arr && i < arr.items().size()) {
                node = arr.items().get(i);
                canonical = Fields.index(canonical, i);
            } else {
                problems.at(entry.line(), entry.column(), entryPath, "there is no " + entry.name()
                        + " in this file to translate", phrase("check.translation.nothing", entry.name()));
                return null;
            }
        }
        if (!(node instanceof JsonNode.Text) || field == null || !TRANSLATABLE.contains(field)
                || MEMBER.equals(segments.get(0))) {
            problems.at(entry.line(), entry.column(), entryPath, field != null && !TRANSLATABLE.contains(field)
                    ? phrase("check.translation.id-or-choice", entry.name(), field)
                    : phrase("check.translation.not-words", entry.name()));
            return null;
        }
        return canonical;
    }

    /** Segments of a path: member names (String) and list indices (Integer); null when it is not a path. */
    static List<Object> parse(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        List<Object> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(1) != null) {
                segments.add(m.group(1));
            } else if (m.group(2) != null) {
                segments.add(m.group(2).replace("\\'", "'"));
            } else {
                segments.add(Integer.parseInt(m.group(3)));
            }
            at = m.end();
        }
        return segments.isEmpty() ? null : segments;
    }

    private static JsonNode replace(JsonNode node, String path, String field, Map<String, JsonNode.Text> chosen,
            int[] untranslated) {
        if (node instanceof JsonNode.Obj obj) {
            Map<String, JsonNode.Member> members = new LinkedHashMap<>();
            for (JsonNode.Member m : obj.members().values()) {
                JsonNode value = MEMBER.equals(m.name()) && "$".equals(path) ? m.value()
                        : replace(m.value(), Fields.child(path, m.name()), m.name(), chosen, untranslated);
                members.put(m.name(), new JsonNode.Member(m.name(), m.line(), m.column(), value));
            }
            return new JsonNode.Obj(obj.line(), obj.column(), members);
        }
        if (node instanceof JsonNode.Arr arr) {
            List<JsonNode> items = new ArrayList<>();
            for (int i = 0; i < arr.items().size(); i++) {
                items.add(replace(arr.items().get(i), Fields.index(path, i), field, chosen, untranslated));
            }
            return new JsonNode.Arr(arr.line(), arr.column(), items);
        }
        if (node instanceof JsonNode.Text && field != null && TRANSLATABLE.contains(field)) {
            JsonNode.Text translation = chosen.get(path);
            if (translation != null) {
                return translation;
            }
            // References (credits) may be translated but are expected to stay as written: not a fallback.
            if (!NOT_COUNTED.contains(field)) {
                untranslated[0]++;
            }
        }
        return node;
    }
}
