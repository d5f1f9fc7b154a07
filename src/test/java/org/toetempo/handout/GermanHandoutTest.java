package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.toetempo.figure.Ink;
import org.toetempo.figure.PathData;
import org.toetempo.figure.Picture;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.text.Language;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handout read in German: its text, extracted from the PDF, has the German headings and labels and none of the
 * English ones, with ä ö ü ß and „quotes“ as characters of the embedded font.
 */
class GermanHandoutTest {

    private static final RoutineLibrary GERMAN = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn("de")), null);

    private static final FootStills SQUARES = (moment, width, height) -> new Picture(width, height, List.of(
            new Picture.Shape(PathData.roundRect(0, 0, width, height, 2), Ink.REST, null, 0, 1)));

    /** The English headings, labels and fixed phrases the handout used to print, each replaced by a German one. */
    static final List<String> ENGLISH = List.of("Safety", "Notes", "Why", "How often", "Takes", "Listen",
            "You need", "Reminders", "Rhythm", "How", "Think", "Then ask", "(optional)", "Page ", "Toe Tempo handout",
            "beats per minute", "One rep", "rest between", "then rest", "Right foot", "Left foot", "Right, then left",
            "times a week", "Twice", "Daily", "About", "BPM, speeding", "go round the moves", "Nothing but bare feet",
            "For", "Date", "From");

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] german(String id) throws IOException {
        Routine routine = GERMAN.find(id).orElseThrow();
        return Handout.pdf(routine, HandoutOptions.defaults().inLanguage(Language.GERMAN), SQUARES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"musical-toes", "foot-core-12-week", "great-toe-down-routine", "single-leg-balance-routine"})
    void theGermanHandoutHasGermanHeadingsAndNoEnglishOnes(String id) throws IOException {
        String text = text(german(id));

        assertThat(text).contains("Sicherheit", "Notizen", "Wozu", "Wie oft", "Dauer", "Sie brauchen", "Rhythmus",
                "So geht’s", "Eine Wiederholung:", "Seite 1 von", "Toe-Tempo-Übungsblatt", "Schläge pro Minute", "Für",
                "Datum", "Von");
        for (String english : ENGLISH) {
            assertThat(Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(english) + "($|[^\\p{L}])").matcher(text).find())
                    .as("English \"%s\" left in the German handout of %s", english, id).isFalse();
        }
    }

    @Test
    void umlautsSharpSAndGermanQuotesAreCharactersOfTheEmbeddedFont() throws IOException {
        byte[] pdf = german("musical-toes");
        String text = text(pdf);

        assertThat(text).contains("ä", "ö", "ü", "ß", "„", "“", "Füße");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void theEnglishHandoutKeepsItsEnglishWords() throws IOException {
        RoutineLibrary english = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);
        String text = text(Handout.pdf(english.find("musical-toes").orElseThrow(), HandoutOptions.defaults(), SQUARES));

        assertThat(text).contains("Safety", "Notes", "How often", "Rhythm", "Page 1 of", "Toe Tempo handout");
        assertThat(text).doesNotContain("Sicherheit", "Seite 1");
    }
}
