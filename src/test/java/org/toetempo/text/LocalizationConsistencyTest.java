package org.toetempo.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the bundles and the code in step (after JabRef's localization consistency test): every key the code uses
 * exists in every language, no language has a key the code does not use, the placeholders of a message are the
 * same in every language, and the screens that have moved to the bundles do not gain a text written into the code.
 */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src/main/java");
    /**
     * A key: lower-case words joined by dots and dashes, at least one dot ("player.paused"), asked for at once
     * ({@code get("…")}) or kept to be worded later ({@code Phrase.phrase("…")}, the coach's texts).
     */
    private static final Pattern KEY_USE = Pattern.compile("\\b(?:get|phrase)\\(\\s*\"([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*\\.[a-z0-9.-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A text for people written straight into a control: setText("Paused"), new Label("Next"), setTitle("…"). */
    private static final Pattern UI_LITERAL = Pattern.compile(
            "(?:setText|setTitle|setPromptText|setHeaderText|setContentText|new Label|new Button|new Tooltip"
                    + "|new CheckBox|new MenuItem|new Menu|new Tab|new ToggleButton|new RadioButton|new Hyperlink)"
                    + "\\(\\s*\"([^\"]*[A-Za-z]{2}[^\"]*)\"");

    /**
     * Files of the UI that still write some of their texts into the code, to be moved to the bundles (issue 18).
     * The test fails when a file not listed writes one, and when a listed file no longer does (take it off the list).
     */
    private static final Set<String> NOT_YET_IN_BUNDLES = Set.of();

    static Map<String, String> bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "/org/toetempo/text/messages" + suffix + ".properties";
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void everyKeyTheCodeUsesIsInEveryLanguage() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).as("the scan finds the keys the code uses").contains("duration.minutes-seconds");
        for (Language language : Language.values()) {
            String suffix = language == Language.ENGLISH ? "" : "_" + language.code();
            assertThat(bundle(suffix).keySet()).as("keys of messages%s.properties", suffix).containsAll(used);
        }
    }

    @Test
    void noLanguageHasAKeyTheCodeDoesNotUse() throws IOException {
        Set<String> used = keysUsedInCode();
        for (Language language : Language.values()) {
            String suffix = language == Language.ENGLISH ? "" : "_" + language.code();
            Set<String> unused = new TreeSet<>(bundle(suffix).keySet());
            unused.removeAll(used);
            assertThat(unused).as("keys of messages%s.properties that no code uses", suffix).isEmpty();
        }
    }

    @Test
    void everyTranslationHasTheSamePlaceholdersAsTheEnglish() throws IOException {
        Map<String, String> english = bundle("");
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            bundle("_" + language.code()).forEach((key, text) -> {
                if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                    wrong.add(key + ": " + text);
                }
            });
            assertThat(wrong).as("messages whose placeholders differ from the English").isEmpty();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void screensMovedToTheBundlesWriteNoTextIntoTheCode() throws IOException {
        Map<String, List<String>> literals = new TreeMap<>();
        Path ui = MAIN.resolve("org/toetempo");
        try (Stream<Path> files = Files.walk(ui.resolve("ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = UI_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.computeIfAbsent(ui.relativize(file).toString().replace('\\', '/'), k -> new ArrayList<>())
                            .add(m.group(1));
                }
            }
        }
        Map<String, List<String>> unexpected = new TreeMap<>(literals);
        unexpected.keySet().removeAll(NOT_YET_IN_BUNDLES);
        assertThat(unexpected).as("texts written into UI code instead of messages.properties").isEmpty();
        Set<String> done = new TreeSet<>(NOT_YET_IN_BUNDLES);
        done.removeAll(literals.keySet());
        assertThat(done).as("files that no longer write texts into the code: take them off NOT_YET_IN_BUNDLES").isEmpty();
    }

    @Test
    void germanDurationsReadAsGermanAndPluralsFollowTheNumber() {
        Messages german = Messages.of(Language.GERMAN);
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(english.duration(Duration.ofSeconds(342))).isEqualTo("5 min 42 s");
        assertThat(german.duration(Duration.ofSeconds(342))).isEqualTo("5 Min. 42 s");
        assertThat(german.duration(Duration.ofSeconds(3780))).isEqualTo("1 Std. 3 Min.");
        assertThat(english.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
    }
}
