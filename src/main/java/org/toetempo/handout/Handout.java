package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.toetempo.files.AtomicFiles;
import org.toetempo.routine.Clip;
import org.toetempo.routine.Routine;
import org.toetempo.text.Messages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-to-two-page patient handout of a routine, as a PDF: the title and purpose, how often and how long, each
 * step with its foot figure still, dose, rhythm, level and cues, the safety notes, and a box for notes. The type
 * and figures shrink a step at a time until it fits on two pages (a very long programme stage may still take three).
 */
public final class Handout {

    /** From large to compact; the first that fits on two pages is used. */
    private static final List<Style> STYLES = List.of(
            new Style(10, 8.8f, 22, 112, 6),
            new Style(9.5f, 8.4f, 20, 100, 5),
            new Style(9, 8, 19, 88, 4),
            new Style(8.5f, 7.6f, 18, 76, 3),
            new Style(8, 7.2f, 17, 66, 2.5f));

    private Handout() {
    }

    /** The handout as PDF bytes. */
    public static byte[] pdf(Routine routine, HandoutOptions options, FootStills stills) throws IOException {
        Messages words = Messages.of(options.language());
        HandoutContent content = HandoutContent.of(routine, options, words);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.get("handout.document-title", content.title()));
            info.setSubject(content.summary());
            info.setCreator("Toe Tempo");
            info.setCreationDate(Calendar.getInstance());
            Fonts fonts = Fonts.load(document);
            Map<Clip, PDImageXObject> clipImages = new HashMap<>();
            for (HandoutContent.Section section : content.sections()) {
                for (HandoutContent.Item item : section.items()) {
                    Clip clip = item.clip();
                    if (clip != null && !clipImages.containsKey(clip)) {
                        BufferedImage still = options.clips().apply(clip).map(video -> VideoStill.of(video, clip)).orElse(null);
                        if (still != null) {
                            clipImages.put(clip, JPEGFactory.createFromImage(document, still, 0.85f));
                        }
                    }
                }
            }
            PDRectangle size = new PDRectangle(options.paper().width, options.paper().height);
            layout(words, content, fonts, size, stills, clipImages).draw(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The largest style that fits on two pages; or, if one or two steps smaller saves a page (the notes box spilling
     * onto a page of its own), that one.
     */
    private static Layout layout(Messages words, HandoutContent content, Fonts fonts, PDRectangle size, FootStills stills,
                                 Map<Clip, PDImageXObject> clipImages) throws IOException {
        List<Layout> layouts = new ArrayList<>();
        for (Style style : STYLES) {
            layouts.add(new Layout(content, new Ctx(words, fonts, style, size, stills, clipImages)));
        }
        int first = 0;
        while (first < layouts.size() - 1 && layouts.get(first).pageCount() > 2) {
            first++;
        }
        Layout best = layouts.get(first);
        for (int i = first + 1; i <= Math.min(first + 2, layouts.size() - 1); i++) {
            if (layouts.get(i).pageCount() < best.pageCount()) {
                best = layouts.get(i);
            }
        }
        return best;
    }

    /** Writes the handout to {@code out}, atomically. */
    public static void write(Routine routine, HandoutOptions options, FootStills stills, Path out) throws IOException {
        AtomicFiles.write(out, pdf(routine, options, stills));
    }

    /** The pages of a handout as pictures (for a preview, or to print through JavaFX), at {@code dpi}. */
    public static List<BufferedImage> pages(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi));
            }
            return pages;
        }
    }
}
