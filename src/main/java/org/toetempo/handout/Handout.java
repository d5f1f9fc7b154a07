package org.toetempo.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.toetempo.files.AtomicFiles;
import org.toetempo.routine.Clip;
import org.toetempo.routine.Routine;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-to-two-page patient handout of a routine, as a PDF: the title and purpose, how often and how long, each
 * step with its foot figure still, dose, rhythm, level and cues, the safety notes, and a box for notes. The type
 * and figures shrink a step at a time until it fits on two pages (a very long programme stage may still take three).
 */
public final class Handout {

    private static final Color INK = new Color(0x21, 0x25, 0x29);
    private static final Color GREY = new Color(0x49, 0x50, 0x57);
    private static final Color LIGHT = new Color(0x86, 0x8e, 0x96);
    private static final Color RULE = new Color(0xde, 0xe2, 0xe6);
    private static final Color ACCENT = new Color(0x1c, 0x7e, 0xd6);
    private static final Color BAR = new Color(0xe7, 0xf5, 0xff);
    private static final Color BOX = new Color(0xf1, 0xf3, 0xf5);
    private static final Color WARN = new Color(0xc9, 0x2a, 0x2a);

    /** From large to compact; the first that fits on two pages is used. */
    private static final List<Style> STYLES = List.of(
            new Style(10, 8.8f, 22, 84, 6),
            new Style(9.5f, 8.4f, 20, 74, 5),
            new Style(9, 8, 19, 66, 4),
            new Style(8.5f, 7.6f, 18, 58, 3),
            new Style(8, 7.2f, 17, 50, 2.5f));

    private static final float MARGIN = 40;
    private static final float FOOTER = 26;
    private static final float NOTES_MIN = 80;
    private static final float NOTES_MAX = 300;

    private Handout() {
    }

    /** The handout as PDF bytes. */
    public static byte[] pdf(Routine routine, HandoutOptions options, FootStills stills) throws IOException {
        HandoutContent content = HandoutContent.of(routine, options);
        Set<KeyPose> poses = new LinkedHashSet<>();
        content.sections().forEach(s -> s.items().forEach(i -> poses.add(i.pose())));
        Map<KeyPose, BufferedImage> pictures = stills.stills(poses);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.title() + " – handout");
            info.setSubject(content.summary());
            info.setCreator("Toe Tempo");
            info.setCreationDate(Calendar.getInstance());
            Fonts fonts = Fonts.load(document);
            Map<KeyPose, PDImageXObject> images = new HashMap<>();
            for (Map.Entry<KeyPose, BufferedImage> picture : pictures.entrySet()) {
                if (picture.getValue() != null) {
                    images.put(picture.getKey(), LosslessFactory.createFromImage(document, picture.getValue()));
                }
            }
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
            layout(content, fonts, size, images, clipImages).draw(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The largest style that fits on two pages; or, if one or two steps smaller saves a page (the notes box spilling
     * onto a page of its own), that one.
     */
    private static Layout layout(HandoutContent content, Fonts fonts, PDRectangle size, Map<KeyPose, PDImageXObject> images,
                                 Map<Clip, PDImageXObject> clipImages) throws IOException {
        List<Layout> layouts = new ArrayList<>();
        for (Style style : STYLES) {
            layouts.add(new Layout(content, new Ctx(fonts, style, size, images, clipImages)));
        }
        int first = 0;
        while (first < layouts.size() - 1 && layouts.get(first).pages.size() > 2) {
            first++;
        }
        Layout best = layouts.get(first);
        for (int i = first + 1; i <= Math.min(first + 2, layouts.size() - 1); i++) {
            if (layouts.get(i).pages.size() < best.pages.size()) {
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

    // ------------------------------------------------------------------ layout

    private record Style(float body, float small, float title, float figure, float gap) {
        float line(float size) {
            return size * 1.28f;
        }
    }

    /** What every item needs to measure and draw itself. */
    private record Ctx(Fonts fonts, Style style, PDRectangle page, Map<KeyPose, PDImageXObject> images,
                       Map<Clip, PDImageXObject> clipImages) {
        float left() {
            return MARGIN;
        }

        float width() {
            return page.getWidth() - 2 * MARGIN;
        }

        float top() {
            return page.getHeight() - MARGIN;
        }

        float bottom() {
            return MARGIN + FOOTER;
        }

        boolean pictures() {
            return !images.isEmpty();
        }
    }

    private interface Item {
        float height(Ctx c) throws IOException;

        void draw(Ctx c, Pen pen, float top) throws IOException;

        default boolean keepWithNext() {
            return false;
        }
    }

    private record Placed(Item item, float top, float height) {
    }

    /** Places the items on pages (measuring only); {@link #draw} then draws them there. */
    private static final class Layout {

        private final HandoutContent content;
        private final Ctx c;
        private final List<List<Placed>> pages = new ArrayList<>();

        Layout(HandoutContent content, Ctx c) throws IOException {
            this.content = content;
            this.c = c;
            List<Item> items = items(content);
            List<Placed> page = new ArrayList<>();
            pages.add(page);
            float y = c.top();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                float h = item.height(c);
                float needed = h;
                if (item.keepWithNext() && i + 1 < items.size()) {
                    needed += items.get(i + 1).height(c);
                }
                if (y - needed < c.bottom() && !page.isEmpty()) {
                    page = new ArrayList<>();
                    pages.add(page);
                    y = c.top();
                }
                page.add(new Placed(item, y, h));
                y -= h;
            }
            float notesTop = y - c.style().gap() * 2;
            if (notesTop - NOTES_MIN < c.bottom()) {
                page = new ArrayList<>();
                pages.add(page);
                notesTop = c.top();
            }
            float notesHeight = Math.min(NOTES_MAX, notesTop - c.bottom());
            page.add(new Placed(new NotesBox(notesHeight), notesTop, notesHeight));
        }

        void draw(PDDocument document) throws IOException {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(c.page());
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    Pen pen = new Pen(stream, c.fonts());
                    for (Placed placed : pages.get(p)) {
                        placed.item().draw(c, pen, placed.top());
                    }
                    footer(pen, p + 1, pages.size());
                }
            }
        }

        private void footer(Pen pen, int page, int of) throws IOException {
            float y = MARGIN;
            pen.line(c.left(), y + 12, c.left() + c.width(), y + 12, RULE, 0.6f);
            pen.text(content.title() + "  ·  Toe Tempo handout  ·  " + content.id(), Face.REGULAR, 7.5f, c.left(), y, LIGHT);
            String label = "Page " + page + " of " + of;
            pen.text(label, Face.REGULAR, 7.5f, c.left() + c.width() - pen.width(label, Face.REGULAR, 7.5f), y, LIGHT);
        }
    }

    private static List<Item> items(HandoutContent content) {
        List<Item> items = new ArrayList<>();
        items.add(new Header(content.title(), content.summary()));
        items.add(new Facts(content.facts()));
        for (HandoutContent.Section section : content.sections()) {
            items.add(new SectionHeader(section));
            for (HandoutContent.Item item : section.items()) {
                items.add(new Row(item));
            }
        }
        items.add(new Heading("Safety", WARN));
        for (String note : content.safety()) {
            items.add(new Bullet(note));
        }
        return items;
    }

    /** Title, summary, and lines to fill in by hand. */
    private record Header(String title, String summary) implements Item {
        @Override
        public float height(Ctx c) throws IOException {
            Style s = c.style();
            return s.line(s.title()) + c.fonts().lines(summary, Face.REGULAR, s.body() + 1, c.width()).size() * s.line(s.body() + 1)
                    + s.line(s.small()) * 2 + s.gap() * 3;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float y = top - s.title();
            pen.text(title, Face.BOLD, s.title(), c.left(), y, INK);
            y -= s.line(s.title()) - s.title() + s.body() + 2;
            for (String line : c.fonts().lines(summary, Face.REGULAR, s.body() + 1, c.width())) {
                pen.text(line, Face.REGULAR, s.body() + 1, c.left(), y, GREY);
                y -= s.line(s.body() + 1);
            }
            y -= s.gap() / 2;
            float third = c.width() / 3;
            String[] labels = {"For", "Date", "From"};
            for (int i = 0; i < 3; i++) {
                float x = c.left() + i * third;
                pen.text(labels[i], Face.REGULAR, s.small(), x, y, LIGHT);
                float after = x + pen.width(labels[i], Face.REGULAR, s.small()) + 4;
                pen.line(after, y - 1.5f, x + third - 12, y - 1.5f, RULE, 0.8f);
            }
            y -= s.line(s.small()) + s.gap();
            pen.line(c.left(), y + 4, c.left() + c.width(), y + 4, ACCENT, 1.6f);
        }
    }

    /** The facts box: why, how often, how long, tempo, what you need. */
    private record Facts(List<HandoutContent.Fact> facts) implements Item {
        private static final float LABEL = 62;

        @Override
        public float height(Ctx c) throws IOException {
            Style s = c.style();
            float h = s.gap() * 2;
            for (HandoutContent.Fact fact : facts) {
                h += c.fonts().lines(fact.text(), Face.REGULAR, s.body(), c.width() - LABEL - 16).size() * s.line(s.body()) + s.gap() / 2;
            }
            return h + s.gap() * 2;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float h = height(c) - s.gap() * 2;
            pen.fill(c.left(), top - s.gap() - h, c.width(), h, BOX);
            float y = top - s.gap() * 2 - s.body();
            for (HandoutContent.Fact fact : facts) {
                pen.text(fact.label(), Face.BOLD, s.small(), c.left() + 8, y, GREY);
                for (String line : c.fonts().lines(fact.text(), Face.REGULAR, s.body(), c.width() - LABEL - 16)) {
                    pen.text(line, Face.REGULAR, s.body(), c.left() + 8 + LABEL, y, INK);
                    y -= s.line(s.body());
                }
                y -= s.gap() / 2;
            }
        }
    }

    /** A block's name, tempo and note on a tinted bar. */
    private record SectionHeader(HandoutContent.Section section) implements Item {
        @Override
        public boolean keepWithNext() {
            return true;
        }

        @Override
        public float height(Ctx c) throws IOException {
            Style s = c.style();
            float h = s.gap() + s.line(s.body() + 2) + 4;
            if (section.note() != null) {
                h += c.fonts().lines(section.note(), Face.ITALIC, s.small(), c.width() - 12).size() * s.line(s.small());
            }
            return h + s.gap() / 2;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float y = top - s.gap();
            float bar = s.line(s.body() + 2) + 4;
            pen.fill(c.left(), y - bar, c.width(), bar, BAR);
            pen.fill(c.left(), y - bar, 3, bar, ACCENT);
            float base = y - bar + (bar - s.body() - 2) / 2 + 2;
            pen.text(section.title(), Face.BOLD, s.body() + 2, c.left() + 9, base, INK);
            float after = c.left() + 9 + pen.width(section.title(), Face.BOLD, s.body() + 2) + 10;
            String detail = Pen.fit(section.detail(), Face.REGULAR, s.small(), c.left() + c.width() - 6 - after, pen);
            pen.text(detail, Face.REGULAR, s.small(), after, base, GREY);
            y -= bar + s.small() + 1;
            if (section.note() != null) {
                for (String line : c.fonts().lines(section.note(), Face.ITALIC, s.small(), c.width() - 12)) {
                    pen.text(line, Face.ITALIC, s.small(), c.left() + 9, y, GREY);
                    y -= s.line(s.small());
                }
            }
        }
    }

    /** One exercise: the still on the left, the words on the right. */
    private record Row(HandoutContent.Item item) implements Item {

        private List<Para> paragraphs(Ctx c) {
            Style s = c.style();
            List<Para> out = new ArrayList<>();
            out.add(new Para(null, item.number() + ".  " + item.title() + (item.optional() ? "  (optional)" : ""), Face.BOLD, s.body() + 1.5f, INK));
            out.add(new Para(null, item.dose(), Face.REGULAR, s.body(), INK));
            out.add(new Para("Rhythm", item.rhythm(), Face.REGULAR, s.small(), GREY));
            out.add(new Para("How", item.how(), Face.REGULAR, s.small(), GREY));
            if (item.cues() != null) {
                out.add(new Para("Think", item.cues(), Face.REGULAR, s.small(), GREY));
            }
            if (item.prompt() != null) {
                out.add(new Para("Then ask", item.prompt(), Face.ITALIC, s.small(), GREY));
            }
            if (item.note() != null) {
                out.add(new Para("Note", item.note(), Face.ITALIC, s.small(), GREY));
            }
            return out;
        }

        private float textX(Ctx c) {
            return c.left() + (c.pictures() ? c.style().figure() + 10 : 4);
        }

        private float textWidth(Ctx c) {
            return c.left() + c.width() - textX(c);
        }

        private float figureHeight(Ctx c) {
            float figure = c.pictures() ? c.style().figure() * FootStills.HEIGHT / FootStills.WIDTH : 0;
            return figure + clipHeight(c);
        }

        /** The video's still, under the figure at the figure's width (0 when the exercise has none). */
        private float clipHeight(Ctx c) {
            PDImageXObject still = item.clip() == null ? null : c.clipImages().get(item.clip());
            if (still == null || !c.pictures()) {
                return 0;
            }
            return c.style().gap() + c.style().figure() * still.getHeight() / (float) still.getWidth();
        }

        @Override
        public float height(Ctx c) throws IOException {
            float text = 0;
            for (Para p : paragraphs(c)) {
                text += p.height(c, textWidth(c));
            }
            return Math.max(text, figureHeight(c)) + c.style().gap() * 2 + 1;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            PDImageXObject image = c.images().get(item.pose());
            float figure = figureHeight(c) - clipHeight(c);
            if (image != null) {
                pen.stream.drawImage(image, c.left(), top - s.gap() - figure, s.figure(), figure);
            }
            PDImageXObject still = item.clip() == null ? null : c.clipImages().get(item.clip());
            if (still != null && c.pictures()) {
                float h = clipHeight(c) - s.gap();
                pen.stream.drawImage(still, c.left(), top - s.gap() - figure - s.gap() - h, s.figure(), h);
            }
            float y = top - s.gap();
            for (Para p : paragraphs(c)) {
                y = p.draw(c, pen, textX(c), y, textWidth(c));
            }
            float bottom = top - height(c) + 0.5f;
            pen.line(c.left(), bottom, c.left() + c.width(), bottom, RULE, 0.5f);
        }
    }

    /** A paragraph with an optional bold label run in: "Think  Only the big toe moves · ...". */
    private record Para(String label, String text, Face font, float size, Color color) {
        private static final float LABEL_GAP = 4;

        List<String> lines(Ctx c, float width) throws IOException {
            float first = label == null ? 0 : c.fonts().width(label, Face.BOLD, size) + LABEL_GAP;
            return c.fonts().lines(text, font, size, width, first);
        }

        float height(Ctx c, float width) throws IOException {
            return lines(c, width).size() * c.style().line(size) + 1;
        }

        float draw(Ctx c, Pen pen, float x, float top, float width) throws IOException {
            float y = top - size;
            List<String> lines = lines(c, width);
            for (int i = 0; i < lines.size(); i++) {
                float at = x;
                if (i == 0 && label != null) {
                    pen.text(label, Face.BOLD, size, x, y, INK);
                    at += c.fonts().width(label, Face.BOLD, size) + LABEL_GAP;
                }
                pen.text(lines.get(i), font, size, at, y, color);
                y -= c.style().line(size);
            }
            return top - height(c, width);
        }
    }

    private record Heading(String text, Color color) implements Item {
        @Override
        public boolean keepWithNext() {
            return true;
        }

        @Override
        public float height(Ctx c) {
            return c.style().line(c.style().body() + 3) + c.style().gap() * 2;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            float size = c.style().body() + 3;
            pen.text(text, Face.BOLD, size, c.left(), top - c.style().gap() * 2 - size, color);
        }
    }

    private record Bullet(String text) implements Item {
        private static final float INDENT = 12;

        @Override
        public float height(Ctx c) throws IOException {
            return c.fonts().lines(text, Face.REGULAR, c.style().body(), c.width() - INDENT).size() * c.style().line(c.style().body())
                    + c.style().gap() / 2;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float y = top - s.body();
            pen.text("\u2022", Face.BOLD, s.body(), c.left() + 2, y, WARN);
            for (String line : c.fonts().lines(text, Face.REGULAR, s.body(), c.width() - INDENT)) {
                pen.text(line, Face.REGULAR, s.body(), c.left() + INDENT, y, INK);
                y -= s.line(s.body());
            }
        }
    }

    /** A ruled box for the therapist's or patient's own notes, filling the rest of the last page. */
    private record NotesBox(float boxHeight) implements Item {
        @Override
        public float height(Ctx c) {
            return boxHeight;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float bottom = top - boxHeight;
            pen.stroke(c.left(), bottom, c.width(), boxHeight, LIGHT, 0.8f);
            pen.text("Notes", Face.BOLD, s.body() + 1, c.left() + 8, top - 8 - s.body(), GREY);
            for (float y = top - 8 - s.body() - 20; y > bottom + 10; y -= 20) {
                pen.line(c.left() + 8, y, c.left() + c.width() - 8, y, RULE, 0.6f);
            }
        }
    }

    // ------------------------------------------------------------------ drawing

    /** Thin drawing helpers over a page's content stream. */
    private static final class Pen {
        private final PDPageContentStream stream;
        private final Fonts fonts;

        Pen(PDPageContentStream stream, Fonts fonts) {
            this.stream = stream;
            this.fonts = fonts;
        }

        void text(String text, Face face, float size, float x, float y, Color color) throws IOException {
            if (text == null || text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(fonts.font, size);
            stream.setNonStrokingColor(color);
            if (face == Face.BOLD) {
                // Liberation Sans Regular made bold by stroking its outlines as well as filling them.
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setStrokingColor(color);
                stream.setLineWidth(size * BOLD_STROKE);
            }
            // Oblique for italic: the text leans by shearing its matrix.
            stream.setTextMatrix(new Matrix(1, 0, face == Face.ITALIC ? 0.2f : 0, 1, x, y));
            stream.showText(fonts.clean(text));
            if (face == Face.BOLD) {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.endText();
        }

        float width(String text, Face font, float size) throws IOException {
            return fonts.width(text, font, size);
        }

        void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        }

        void fill(float x, float y, float w, float h, Color color) throws IOException {
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, w, h);
            stream.fill();
        }

        void stroke(float x, float y, float w, float h, Color color, float width) throws IOException {
            stream.setStrokingColor(color);
            stream.setLineWidth(width);
            stream.addRect(x, y, w, h);
            stream.stroke();
        }

        /** The text, shortened with "..." to fit one line. */
        static String fit(String text, Face font, float size, float width, Pen pen) throws IOException {
            if (pen.width(text, font, size) <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && pen.width(cut + "...", font, size) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "...";
        }
    }

    /** How a run of text is set; all are drawn with the one embedded font. */
    private enum Face { REGULAR, BOLD, ITALIC }

    /** Bold strokes the outlines this much of the type size wide, and so runs a little wider. */
    private static final float BOLD_STROKE = 0.035f;

    /**
     * The handout's font: Liberation Sans (metrics of Helvetica and Arial, SIL Open Font Licence), which PDFBox ships,
     * embedded as a subset. It covers Latin, Greek and Cyrillic; a character it lacks is shown as "?". Using no
     * standard PDF font keeps PDFBox from scanning (and caching) the system's fonts.
     */
    private static final class Fonts {
        static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

        final PDType0Font font;
        private final Map<Integer, Boolean> shown = new HashMap<>();
        private final Map<Integer, Float> advances = new HashMap<>();

        private Fonts(PDType0Font font) {
            this.font = font;
        }

        static Fonts load(PDDocument document) throws IOException {
            try (InputStream ttf = PDFont.class.getResourceAsStream(RESOURCE)) {
                if (ttf == null) {
                    throw new IOException("the font " + RESOURCE + " is missing from PDFBox");
                }
                return new Fonts(PDType0Font.load(document, ttf));
            }
        }

        private boolean canShow(int codePoint) {
            return shown.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        List<String> lines(String text, Face font, float size, float width) throws IOException {
            return lines(text, font, size, width, 0);
        }

        /** Words wrapped to {@code width}; the first line has {@code firstIndent} less room. */
        List<String> lines(String text, Face font, float size, float width, float firstIndent) throws IOException {
            List<String> out = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return out;
            }
            for (String paragraph : text.split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.trim().split("\\s+")) {
                    float room = (out.isEmpty() ? width - firstIndent : width);
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(candidate, font, size) <= room) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        room = width;
                    }
                    // A word longer than a line is cut where it must be.
                    String rest = word;
                    while (width(rest, font, size) > room && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(rest.substring(0, cut), font, size) > room) {
                            cut--;
                        }
                        out.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                        room = width;
                    }
                    line.append(rest);
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                }
            }
            return out;
        }

        /** Width of the text as drawn (after {@link #clean}), from each character's advance (the font has no kerning here). */
        float width(String text, Face face, float size) throws IOException {
            float units = 0;
            String cleaned = clean(text);
            for (int i = 0; i < cleaned.length(); ) {
                int cp = cleaned.codePointAt(i);
                i += Character.charCount(cp);
                Float advance = advances.get(cp);
                if (advance == null) {
                    advance = font.getStringWidth(new String(Character.toChars(cp)));
                    advances.put(cp, advance);
                }
                units += advance;
            }
            float width = units / 1000 * size;
            return face == Face.BOLD ? width * (1 + BOLD_STROKE) + size * BOLD_STROKE : width;
        }

        /** The text with anything the font cannot show replaced by "?" (and tabs and control characters by spaces). */
        String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (canShow(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
