package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Long German words wrap between words; one too long for a line breaks at its hyphen, else with one added. */
class WrappingTest {

    @Test
    void wordsWrapWholeAndOnlyAWordLongerThanTheLineIsBroken() throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = Fonts.load(document);
            float width = fonts.width("Unterschenkelmuskulatur", Face.REGULAR, 10) + 1;
            String text = "Spreizen Sie die Zehen und halten Sie die Unterschenkelmuskulatur locker, "
                    + "Großzehen-Heber-Übungsfolge und Fußgewölbestabilisierungsübungsreihe";

            List<String> lines = fonts.lines(text, Face.REGULAR, 10, width);

            for (String line : lines) {
                assertThat(fonts.width(line, Face.REGULAR, 10)).as(line).isLessThanOrEqualTo(width);
            }
            String joined = String.join(" ", lines);
            for (String word : text.replace(",", "").split(" ")) {
                if (fonts.width(word, Face.REGULAR, 10) <= width) {
                    assertThat(lines).as("a word that fits is never broken: " + word)
                            .anyMatch(line -> (" " + line.replace(",", "") + " ").contains(" " + word + " "));
                }
            }
            assertThat(lines).contains("Großzehen-Heber-");
            assertThat(lines.stream().filter(l -> l.startsWith("Fußgewölbe")).findFirst().orElseThrow()).endsWith("-");
            assertThat(joined.replace("- ", "").replace("-", "")).contains("Fußgewölbestabilisierungsübungsreihe");
        }
    }
}
