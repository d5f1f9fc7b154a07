package org.toetempo.routine;

import org.toetempo.text.Phrase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.toetempo.routine.CheckPhrases.described;
import static org.toetempo.routine.CheckPhrases.named;
import static org.toetempo.routine.CheckPhrases.not;
import static org.toetempo.text.Phrase.phrase;

/**
 * Reads the fields of one JSON object, reporting each wrong, missing or unknown field as a {@link Problem}
 * and carrying on, so one pass finds everything. Every getter returns a safe fallback after a problem.
 */
final class Fields {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final JsonNode.Obj object;
    private final JsonNode where;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> missingHints = new ArrayList<>();
    private final List<Phrase> missingPhrases = new ArrayList<>();

    private Fields(JsonNode.Obj object, JsonNode where, String path, Problems problems) {
        this.object = object;
        this.where = where;
        this.path = path;
        this.problems = problems;
    }

    /** Fields of {@code node}, which must be an object; otherwise one problem, and every field reads as absent. */
    static Fields of(JsonNode node, String path, String what, Problems problems) {
        if (node instanceof JsonNode.Obj obj) {
            return new Fields(obj, node, path, problems);
        }
        problems.at(node, path, what + " must be an object { ... }, not " + node.describe(),
                phrase("check.not", phrase("check.object", CheckPhrases.what(what)), described(node)));
        return new Fields(null, node, path, problems);
    }

    boolean isObject() {
        return object != null;
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return where;
    }

    static String child(String path, String name) {
        return PLAIN_KEY.matcher(name).matches() ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    String pathOf(String name) {
        return child(path, name);
    }

    /** The raw value of a field, or {@code null} when absent (JSON null counts as absent). */
    JsonNode get(String name) {
        known.add(name);
        if (object == null) {
            return null;
        }
        JsonNode.Member member = object.members().get(name);
        return member == null || member.value() instanceof JsonNode.Null ? null : member.value();
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /** Marks names as valid here without reading them (so they are not reported as unknown). */
    void allow(String... names) {
        known.addAll(Arrays.asList(names));
    }

    void problem(String name, String message) {
        problem(name, message, null);
    }

    /** A problem on the field, worded by its phrase (its English is the message). */
    void problem(String name, Phrase phrase) {
        JsonNode value = get(name);
        problems.at(value != null ? value : where, pathOf(name), phrase);
    }

    void problem(String name, String message, Phrase phrase) {
        JsonNode value = get(name);
        problems.at(value != null ? value : where, pathOf(name), message, phrase);
    }

    /** Missing fields are reported together by {@link #finish()}: one line for a file that lacks ten. */
    private void missing(String name, String hint, Phrase phrase) {
        missing.add(name);
        missingHints.add(hint);
        missingPhrases.add(phrase);
    }

    String text(String name, boolean required, int maxLength) {
        JsonNode value = get(name);
        if (value == null) {
            if (required && object != null) {
                missing(name, "", phrase("check.missing", name));
            }
            return null;
        }
        if (!(value instanceof JsonNode.Text text)) {
            problems.at(value, pathOf(name), name + " must be text in quotes, not " + value.describe(),
                    not(phrase("check.text", name), value));
            return null;
        }
        String s = text.value().strip();
        if (s.isEmpty()) {
            problems.at(value, pathOf(name), name + " must not be empty", phrase("check.empty", name));
            return null;
        }
        // Names and ids are one line; longer texts may have line breaks. Neither may carry control characters
        // or right-to-left overrides.
        boolean oneLine = maxLength > 0 && maxLength <= 80;
        int bad = oneLine ? TextSafety.firstUnsafeInLine(s) : TextSafety.firstUnsafe(s);
        if (bad >= 0) {
            problems.at(value, pathOf(name), name + " must not contain " + (s.charAt(bad) == '\n' ? "a line break"
                    : "control characters or text-direction overrides") + " (" + TextSafety.codePoint(s.charAt(bad))
                    + " at character " + (bad + 1) + ")", unsafe(name, s, bad));
            return null;
        }
        if (maxLength > 0 && s.length() > maxLength) {
            problems.at(value, pathOf(name), name + " must be at most " + maxLength + " characters, not " + s.length(),
                    phrase("check.too-long", name, String.valueOf(maxLength), String.valueOf(s.length())));
        }
        return s;
    }

    private static Phrase unsafe(String name, String s, int bad) {
        String codePoint = TextSafety.codePoint(s.charAt(bad));
        return s.charAt(bad) == '\n' ? phrase("check.line-break", name, codePoint, String.valueOf(bad + 1))
                : phrase("check.control", name, codePoint, String.valueOf(bad + 1));
    }

    String id(String name, boolean required) {
        String s = text(name, required, 64);
        if (s != null && !ID.matcher(s).matches()) {
            problem(name, name + " must be lower-case letters and digits in words joined by '-' (like 'toe-fan'), not '" + TextSafety.visible(s) + "'",
                    phrase("check.id", name, TextSafety.visible(s)));
        }
        return s;
    }

    Integer integer(String name, boolean required, int min, int max) {
        JsonNode value = get(name);
        String rule = name + " must be a whole number from " + min + " to " + max;
        Phrase must = CheckPhrases.wholeNumber(min, max);
        if (value == null) {
            if (required && object != null) {
                missing(name, " (" + rule.substring(name.length() + 1) + ")", phrase("check.missing-hint", name, must));
            }
            return null;
        }
        if (!(value instanceof JsonNode.Num num)) {
            problems.at(value, pathOf(name), rule + ", not " + value.describe(), not(named(name, must), value));
            return null;
        }
        BigDecimal n = num.value();
        if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.at(value, pathOf(name), rule + ", not " + value.describe(), not(named(name, must), value));
            return null;
        }
        return n.intValueExact();
    }

    Double number(String name, boolean required, double min, double max, String unit) {
        JsonNode value = get(name);
        String rule = name + " must be a number from " + plain(min) + " to " + plain(max) + unit;
        Phrase must = CheckPhrases.number(plain(min), plain(max), unit);
        if (value == null) {
            if (required && object != null) {
                missing(name, " (" + rule.substring(name.length() + 1) + ")", phrase("check.missing-hint", name, must));
            }
            return null;
        }
        if (!(value instanceof JsonNode.Num num)) {
            problems.at(value, pathOf(name), rule + ", not " + value.describe(), not(named(name, must), value));
            return null;
        }
        double d = num.value().doubleValue();
        if (!(d >= min && d <= max)) {
            problems.at(value, pathOf(name), rule + ", not " + value.describe(), not(named(name, must), value));
            return null;
        }
        return d;
    }

    Boolean bool(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNode.Bool b)) {
            problems.at(value, pathOf(name), name + " must be true or false, not " + value.describe(),
                    not(phrase("check.bool", name), value));
            return null;
        }
        return b.value();
    }

    <E extends Enum<E> & Choice> E choice(String name, boolean required, Class<E> type) {
        JsonNode value = get(name);
        List<String> options = Arrays.stream(type.getEnumConstants()).map(Choice::json).toList();
        String rule = name + " must be one of " + options.stream().collect(Collectors.joining(", "));
        if (value == null) {
            if (required && object != null) {
                missing(name, " (one of " + String.join(", ", options) + ")",
                        phrase("check.missing-choice", name, String.join(", ", options)));
            }
            return null;
        }
        return choiceOf(value, pathOf(name), rule, phrase("check.one-of", name, String.join(", ", options)), type, options);
    }

    /** One enum value from a node, its rule in English only. */
    <E extends Enum<E> & Choice> E choiceOf(JsonNode value, String at, String rule, Class<E> type, List<String> options) {
        return choiceOf(value, at, rule, Phrase.literal(rule), type, options);
    }

    /** One enum value from a node, reporting a near miss with its likely intent. */
    <E extends Enum<E> & Choice> E choiceOf(JsonNode value, String at, String rule, Phrase rulePhrase, Class<E> type,
                                            List<String> options) {
        if (value instanceof JsonNode.Text text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.json().equals(text.value())) {
                    return constant;
                }
            }
            problems.at(value, at, rule + "; not '" + TextSafety.visible(text.value()) + "'"
                    + Suggestions.didYouMean(text.value(), options), CheckPhrases.suggesting(
                    phrase("check.not-choice", rulePhrase, TextSafety.visible(text.value())), text.value(), options));
            return null;
        }
        problems.at(value, at, rule + "; not " + value.describe(), phrase("check.not-value", rulePhrase, described(value)));
        return null;
    }

    /** A list of non-empty texts; absent gives an empty list (or a problem when required). */
    List<String> texts(String name, boolean required, int minItems, int maxLength) {
        List<JsonNode> items = array(name, required, minItems);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = index(pathOf(name), i);
            if (item instanceof JsonNode.Text text && !text.value().isBlank()) {
                String s = text.value().strip();
                if (maxLength > 0 && s.length() > maxLength) {
                    problems.at(item, at, "each entry of " + name + " must be at most " + maxLength
                            + " characters; this one has " + s.length(),
                            phrase("check.entry-too-long", name, String.valueOf(maxLength), String.valueOf(s.length())));
                }
                int bad = TextSafety.firstUnsafe(s);
                if (bad >= 0) {
                    problems.at(item, at, "each entry of " + name + " must be free of control characters and "
                            + "text-direction overrides (" + TextSafety.codePoint(s.charAt(bad)) + " at character "
                            + (bad + 1) + ")",
                            phrase("check.entry-control", name, TextSafety.codePoint(s.charAt(bad)), String.valueOf(bad + 1)));
                    continue;
                }
                out.add(s);
            } else {
                problems.at(item, at, "each entry of " + name + " must be non-empty text in quotes, not " + item.describe(),
                        not(phrase("check.entry-text", name), item));
            }
        }
        return List.copyOf(out);
    }

    /** The items of an array field; absent or wrong gives an empty list (with a problem where due). */
    List<JsonNode> array(String name, boolean required, int minItems) {
        JsonNode value = get(name);
        if (value == null) {
            if (required && object != null) {
                missing(name, minItems > 0 ? " (a list of at least " + minItems + ")" : " (a list, may be empty [])",
                        minItems > 0 ? phrase("check.missing-list", name, minItems)
                                : phrase("check.missing-list-empty", name));
            }
            return List.of();
        }
        if (!(value instanceof JsonNode.Arr arr)) {
            problems.at(value, pathOf(name), name + " must be a list [ ... ], not " + value.describe(),
                    not(phrase("check.list", name), value));
            return List.of();
        }
        if (arr.items().size() < minItems) {
            problems.at(value, pathOf(name), name + " must have at least " + minItems
                    + (minItems == 1 ? " entry" : " entries"), minItems == 1 ? phrase("check.at-least-one", name)
                    : phrase("check.at-least", name, String.valueOf(minItems)));
        }
        return arr.items();
    }

    /** Reads each member of an object-valued field (a map keyed by id). */
    <T> List<T> members(String name, BiFunction<JsonNode.Member, String, T> reader) {
        JsonNode value = get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonNode.Obj obj)) {
            problems.at(value, pathOf(name), name + " must be an object { \"id\": { ... } }, not " + value.describe(),
                    not(phrase("check.map", name), value));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode.Member> entry : obj.members().entrySet()) {
            JsonNode.Member member = entry.getValue();
            String at = child(pathOf(name), member.name());
            if (entry.getKey().startsWith("\u0000")) {
                problems.at(member.line(), member.column(), at, "'" + member.name() + "' appears twice; keep one",
                        phrase("check.twice-id", member.name()));
                continue;
            }
            if (!ID.matcher(member.name()).matches()) {
                problems.at(member.line(), member.column(), at, "the id '" + member.name()
                        + "' must be lower-case letters and digits in words joined by '-'", phrase("check.bad-id", member.name()));
            }
            T item = reader.apply(member, at);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** Reports fields that were never asked for: typos and fields this format does not have. */
    void finish() {
        if (object == null) {
            return;
        }
        if (missing.size() == 1) {
            problems.at(where, path, "missing required field '" + missing.get(0) + "'" + missingHints.get(0),
                    missingPhrases.get(0));
        } else if (missing.size() > 1) {
            String names = String.join(", ", missing.stream().map(m -> "'" + m + "'").toList());
            problems.at(where, path, "missing required fields " + names, phrase("check.missing-many", names));
        }
        for (Map.Entry<String, JsonNode.Member> entry : object.members().entrySet()) {
            JsonNode.Member member = entry.getValue();
            if (entry.getKey().startsWith("\u0000")) {
                problems.at(member.line(), member.column(), pathOf(member.name()),
                        "field '" + member.name() + "' appears twice; keep one", phrase("check.twice", member.name()));
            } else if (!known.contains(member.name())) {
                problems.at(member.line(), member.column(), pathOf(member.name()),
                        "unknown field '" + member.name() + "'" + Suggestions.didYouMean(member.name(), known),
                        CheckPhrases.suggesting(phrase("check.unknown", member.name()), member.name(), known));
            }
        }
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
