package org.toetempo.routine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toetempo.routine.Fixtures.MINIMAL;
import static org.toetempo.routine.Fixtures.position;

class TranslationsTest {

    private static final String GERMAN = """
              "translations": {
                "de": {
                  "$.name": "Großzehen-Grundlagen",
                  "$.safety[0]": "Bei stechendem Schmerz aufhören.",
                  "$.blocks[0].steps[0].phases[0].cue": "hoch",
                  "$.blocks[0].steps[0].phases[1].cue": "runter"
                }
              },
            """;

    private static String withTranslations(String entries) {
        return MINIMAL.replace("{\n  \"format\": 1,", "{\n  \"format\": 1,\n" + entries);
    }

    private static LoadResult read(String json, String language) {
        return new RoutineReader(ExerciseLibrary.builtIn(language)).read("test.json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readInTheFilesOwnLanguageNothingChanges() {
        LoadResult english = read(withTranslations(GERMAN), "en");

        assertThat(english.problems()).isEmpty();
        assertThat(english.routine()).isEqualTo(Fixtures.read(MINIMAL).routine());
        assertThat(english.language().fallsBack()).isFalse();
    }

    @Test
    void readInGermanTheTranslatedTextsReplaceTheOriginals() {
        LoadResult german = read(withTranslations(GERMAN), "de");

        assertThat(german.problems()).isEmpty();
        Routine routine = german.routine();
        assertThat(routine.name()).isEqualTo("Großzehen-Grundlagen");
        assertThat(routine.safety()).containsExactly("Bei stechendem Schmerz aufhören.");
        assertThat(routine.blocks().get(0).steps().get(0).phases()).extracting(Phase::cue).containsExactly("hoch", "runter");
        // ids and choices never change with the language
        assertThat(routine.id()).isEqualTo("big-toe-basics");
        assertThat(routine.blocks().get(0).steps().get(0).exercise()).isEqualTo("single-big-toe-raise");
    }

    @Test
    void whatHasNoTranslationStaysInTheFilesLanguageAndIsCounted() {
        LoadResult german = read(withTranslations(GERMAN), "de");

        assertThat(german.language().translated()).isEqualTo(4);
        assertThat(german.language().untranslated()).isEqualTo(3); // summary, purpose, the block's name
        assertThat(german.language().fallsBack()).isTrue();
        assertThat(german.routine().summary()).isEqualTo("Big-toe lifts, right then left.");
    }

    @Test
    void aTranslatedTextIsCheckedLikeTheOriginalAndReportedWhereTheTranslationStands() {
        String tooLong = "x".repeat(61);
        String json = withTranslations(GERMAN.replace("Großzehen-Grundlagen", tooLong));

        List<Problem> problems = read(json, "de").problems();

        int[] at = position(json, "\"" + tooLong + "\"");
        assertThat(problems).containsExactly(new Problem("test.json", at[0], at[1], "$.name",
                "name must be at most 60 characters, not 61"));
    }

    @Test
    void aPathToNothingOrToAnIdIsAProblemInEveryLanguage() {
        String json = withTranslations("""
                  "translations": {
                    "de": {
                      "$.blocks[3].name": "Haupt",
                      "$.blocks[0].steps[0].exercise": "zehe",
                      "blocks.name": "Haupt"
                    }
                  },
                """);

        List<Problem> problems = read(json, "en").problems();

        assertThat(problems).extracting(Problem::message).containsExactly(
                "there is no $.blocks[3].name in this file to translate",
                "$.blocks[0].steps[0].exercise is not words to translate (exercise is an id or a choice)",
                "\"blocks.name\" is not a path like $.blocks[0].steps[1].prompt");
        int[] at = position(json, "\"$.blocks[3].name\"");
        assertThat(problems.get(0).line()).isEqualTo(at[0]);
        assertThat(problems.get(0).column()).isEqualTo(at[1]);
    }

    @Test
    void aBadLanguageCodeOrAnEmptyTranslationIsRefused() {
        String json = withTranslations("""
                  "translations": { "German": { "$.name": "x" }, "de": { "$.name": " " } },
                """);

        assertThat(read(json, "de").problems()).extracting(Problem::message).containsExactly(
                "a language is a code like \"de\" or \"pt-BR\", not \"German\"",
                "a translation must not be empty (leave it out to keep the original)");
    }

    @Test
    void theBuiltInLibraryReadsInGermanWhereItHasTranslations() {
        ExerciseLibrary german = ExerciseLibrary.builtIn("de");

        assertThat(german.language()).isEqualTo("de");
        assertThat(german.ids()).isEqualTo(ExerciseLibrary.builtIn().ids());
    }

    @Test
    void pathsAreParsedAsTheValidatorWritesThem() {
        assertThat(Translations.parse("$.blocks[0].steps[12].cue")).containsExactly("blocks", 0, "steps", 12, "cue");
        assertThat(Translations.parse("$.exercises['it''s'].name")).isNull();
        assertThat(Translations.parse("$.exercises['a b'].name")).containsExactly("exercises", "a b", "name");
        assertThat(Translations.parse("$")).isNull();
        assertThat(Translations.parse("name")).isNull();
    }
}
