package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.figure.Ink;
import org.toetempo.figure.Moment;
import org.toetempo.figure.PathData;
import org.toetempo.figure.Picture;
import org.toetempo.routine.Action;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandoutTest {

    private static final RoutineLibrary BUILT_IN = RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null);

    /** Plain grey boxes: the layout without the figure. */
    private static final FootStills SQUARES = (moment, width, height) -> new Picture(width, height, List.of(
            new Picture.Shape(PathData.roundRect(0, 0, width, height, 2), Ink.REST, null, 0, 1)));

    private static Routine routine(String id) {
        return BUILT_IN.find(id).orElseThrow();
    }

    private record Pdf(int pages, String text, int images) {
    }

    private static Pdf read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images++;
                }
            }
            return new Pdf(document.getNumberOfPages(), new PDFTextStripper().getText(document), images);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInRoutineMakesAHandoutOfOneOrTwoPages() {
        return BUILT_IN.entries().stream().map(RoutineLibrary.Entry::routine).map(r -> DynamicTest.dynamicTest(r.id(), () -> {
            List<Moment> drawn = new ArrayList<>();
            Pdf pdf = read(Handout.pdf(r, HandoutOptions.defaults(), (moment, width, height) -> {
                drawn.add(moment);
                return SQUARES.still(moment, width, height);
            }));

            assertThat(pdf.pages()).isBetween(1, 2);
            assertThat(pdf.text()).contains(r.name(), "Why", "How often", "Takes", "Safety", "Notes",
                    "Page 1 of " + pdf.pages(), r.safety().get(0).substring(0, 30));
            assertThat(drawn).as("a figure for every step").isNotEmpty();
            assertThat(pdf.images()).as("figures are paths, not pictures").isZero();
        }));
    }

    @Test
    void theHandoutSaysWhatToDo() throws IOException {
        Pdf pdf = read(Handout.pdf(routine("musical-toes"), HandoutOptions.defaults(), SQUARES));
        String text = pdf.text().replaceAll("\\s+", " ");

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(text).contains("Musical Toes", "Train the muscles that lift and press the big toe",
                "Twice a week", "About 10 min", "60 to 110 beats per minute, as each part says; you may go from 40 to 160",
                "Slow 60 BPM · then rest 30 s", "Two beats up, two beats down.",
                "1. Single Big Toe Raise", "Right, then left · 10 reps",
                "lift 2 beats \u201cup\u201d, lower 2 beats \u201cdown\u201d (at 60 BPM)",
                "Standing: Stand on both feet and lift one big toe at a time.",
                "Only the big toe moves · Four small toes stay heavy",
                "How does the left big toe compare with the right?",
                "Fast 110 BPM", "To a song to a song you like (or 100 BPM) · go round the moves until the song ends",
                "12. Double Small Toes Raise", "Stop an exercise at once if you feel sharp or stabbing pain.");
        assertThat(text).as("right and left of the same step are one item").doesNotContain("13.");
        assertThat(pdf.images()).as("one picture per pose, shared by the pages").isLessThanOrEqualTo(8);
    }

    @Test
    void aProgrammeHandsOutOneStage() throws IOException {
        Routine programme = routine("foot-core-12-week");

        String first = read(Handout.pdf(programme, HandoutOptions.defaults(), SQUARES)).text();
        String stageC = read(Handout.pdf(programme, HandoutOptions.defaults().withStage("c"), SQUARES)).text();

        assertThat(first).contains("Stage A: seated", "4 times a week").doesNotContain("Stage C: on one leg");
        assertThat(stageC).contains("Stage C: on one leg").doesNotContain("Stage A: seated");
        assertThatThrownBy(() -> Handout.pdf(programme, HandoutOptions.defaults().withStage("z"), SQUARES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its stages are a, b, c, d");
    }

    @Test
    void letterPaperAndNoFigures() throws IOException {
        byte[] bytes = Handout.pdf(routine("arch-doming"), HandoutOptions.defaults().withPaper(HandoutOptions.Paper.LETTER),
                FootStills.NONE);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612);
        }
        Pdf pdf = read(bytes);
        assertThat(pdf.images()).isZero();
        assertThat(pdf.text()).contains("Arch Doming");
    }

    @Test
    void textTheFontLacksIsShownAsAQuestionMarkNotAFailure() throws IOException {
        Routine r = routine("arch-doming");
        Routine odd = new Routine(r.format(), r.id(), "Gewölbe für Łukasz 足", r.summary(), r.purpose(), r.audience(),
                r.difficulty(), r.duration(), r.frequency(), r.setup(), r.equipment(), List.of("Tab\there, ✓ done."),
                r.credits(), r.notes(), r.tempo(), r.exercises(), r.stages(), r.blocks());

        String text = read(Handout.pdf(odd, HandoutOptions.defaults(), SQUARES)).text();

        assertThat(text).contains("Gewölbe für Łukasz ?", "Tab here, ? done.");
    }

    @Test
    void theStillsAreAskedForEachStepAtTheStepsKeyMoment() throws IOException {
        List<Moment> asked = new ArrayList<>();
        FootStills counting = (moment, width, height) -> {
            asked.add(moment);
            return SQUARES.still(moment, width, height);
        };
        Handout.pdf(routine("great-toe-down-routine"), HandoutOptions.defaults(), counting);
        assertThat(asked).isNotEmpty();
        assertThat(asked.get(0).exercise().id()).isEqualTo("great-toe-down");
        assertThat(asked.get(0).phases().get(asked.get(0).phaseIndex()).action()).as("the press, done")
                .isEqualTo(Action.PRESS);
    }

    @Test
    void theFigureModelDrawsTheStillsAsVectorPaths(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("handout.pdf");
        Handout.write(routine("toe-fan-routine"), HandoutOptions.defaults(), FootStills.MODEL, out);
        byte[] bytes = Files.readAllBytes(out);
        Pdf pdf = read(bytes);
        assertThat(pdf.pages()).isBetween(1, 2);
        assertThat(pdf.images()).as("no pictures: paths").isZero();
        assertThat(pdf.text()).contains("from above");
        List<BufferedImage> pages = Handout.pages(bytes, 60);
        assertThat(pages).hasSize(pdf.pages());
        assertThat(colours(pages.get(0))).as("skin, outline, highlight on white").isGreaterThan(20);
    }

    private static long colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
