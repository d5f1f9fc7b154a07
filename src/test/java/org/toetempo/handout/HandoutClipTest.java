package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.media.ClipStore;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineReader;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandoutClipTest {

    @TempDir
    Path home;

    private static final FootStills SQUARES = pose -> {
        BufferedImage image = new BufferedImage(FootStills.WIDTH, FootStills.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, FootStills.WIDTH, FootStills.HEIGHT);
        g.dispose();
        return image;
    };

    @Test
    void eachExerciseWithAVideoGetsAStillFromTheMiddleOfItsRepBesideTheFigure() throws Exception {
        ClipStore store = new ClipStore(home.resolve("clips"));
        Path source = Path.of(getClass().getResource("/clips/rep-demo.mp4").toURI());
        String clip = store.add(source).file();
        String json = Files.readString(Path.of(getClass().getResource("/clips/press-and-hold.json").toURI())).replace("CLIP", clip);
        Routine routine = new RoutineReader(ExerciseLibrary.builtIn()).read("p.json", json.getBytes(StandardCharsets.UTF_8)).routine();

        byte[] withVideo = Handout.pdf(routine, HandoutOptions.defaults().withClips(store::find), SQUARES);
        byte[] without = Handout.pdf(routine, HandoutOptions.defaults(), SQUARES);

        List<BufferedImage> stills = jpegs(withVideo);
        assertThat(jpegs(without)).isEmpty();
        // Two steps, two clips (the exercise's and the 'filmed' level's, the same video at other rep marks).
        assertThat(stills).hasSize(2);
        // The demo's red square is at the middle of the frame in the middle of a rep (1 s, 2 s, 3 s...).
        BufferedImage still = stills.get(0);
        assertThat(still.getWidth()).isEqualTo(320);
        Color centre = new Color(still.getRGB(160, 135));
        assertThat(centre.getRed()).isGreaterThan(180);
        assertThat(centre.getGreen()).isLessThan(90);
        try (PDDocument pdf = Loader.loadPDF(withVideo)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("press-and-hold.mp3");
        }
        Files.write(home.resolve("handout.pdf"), withVideo);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "handout-clip.pdf"), withVideo);
    }

    private static List<BufferedImage> jpegs(byte[] pdfBytes) throws Exception {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image && image.getSuffix().equals("jpg")) {
                        out.add(image.getImage());
                    }
                }
            }
        }
        return out;
    }
}
