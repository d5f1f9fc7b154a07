package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.editor.GentleSeatedCopy;
import org.toetempo.routine.Routine;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedRoutine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the handout prints what this routine plays at this level and stage, read back from the PDF's text.
 * The gentle seated copy of Arch Doming never hops (its hop step is written only for the dynamic level) and plays its
 * short foot holds at 48 BPM: the printout said "Dome and hop", 60 BPM and a summary about hops.
 */
class PlayedHandoutTest {

    @TempDir
    Path home;

    @Test
    void theGentleSeatedCopyPrintsNoHopAndTheTempoItPlays() throws IOException {
        Routine copy = GentleSeatedCopy.saved(home);

        String text = text(copy, HandoutOptions.defaults());

        // Safety notes stay as written (a "don't hop" warning costs nothing); what to do must not hop.
        String whatToDo = text.substring(0, text.indexOf("Safety "));
        assertThat(whatToDo.toLowerCase()).doesNotContain("hop");
        assertThat(text).doesNotContain("Dome and hop").doesNotContain("quiet hops").doesNotContain("Dynamic");
        assertThat(text).contains("Short foot: right").contains("(at 48 BPM)")
                .contains("48 to 60 beats per minute").contains("Arch work 48–60 BPM");
        // The schedule agrees: the hop step never plays.
        PlayedRoutine played = PlayedRoutine.of(copy, PlayOptions.defaults());
        assertThat(played.plays(0, 3)).isFalse();
        assertThat(played.step(0, 1).orElseThrow().bpm()).isEqualTo(48.0);
    }

    @Test
    void atTheDynamicLevelTheHopStepIsPrintedWithTheHopsSummary() throws IOException {
        Routine copy = GentleSeatedCopy.saved(home);

        String text = text(copy, HandoutOptions.defaults().withLevels(Map.of("short-foot", "dynamic")));

        assertThat(text).contains("Dome and hop").contains("then with hops");
    }

    private static String text(Routine routine, HandoutOptions options) throws IOException {
        byte[] pdf = Handout.pdf(routine, options, FootStills.NONE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
