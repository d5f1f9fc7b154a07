package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.toetempo.figure.Picture;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The pieces a handout is made of: header, facts box, section bars, exercise rows, safety notes, notes box. */
final class Parts {

    private Parts() {
    }

    /** Title, summary, and lines to fill in by hand. */
    record Header(String title, String summary) implements Item {
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
            pen.text(title, Face.BOLD, s.title(), c.left(), y, Palette.INK);
            y -= s.line(s.title()) - s.title() + s.body() + 2;
            for (String line : c.fonts().lines(summary, Face.REGULAR, s.body() + 1, c.width())) {
                pen.text(line, Face.REGULAR, s.body() + 1, c.left(), y, Palette.GREY);
                y -= s.line(s.body() + 1);
            }
            y -= s.gap() / 2;
            float third = c.width() / 3;
            String[] labels = {c.words().get("handout.for"), c.words().get("handout.date"),
                    c.words().get("handout.from")};
            for (int i = 0; i < 3; i++) {
                float x = c.left() + i * third;
                pen.text(labels[i], Face.REGULAR, s.small(), x, y, Palette.LIGHT);
                float after = x + pen.width(labels[i], Face.REGULAR, s.small()) + 4;
                pen.line(after, y - 1.5f, x + third - 12, y - 1.5f, Palette.RULE, 0.8f);
            }
            y -= s.line(s.small()) + s.gap();
            pen.line(c.left(), y + 4, c.left() + c.width(), y + 4, Palette.ACCENT, 1.6f);
        }
    }

    /** The facts box: why, how often, how long, tempo, what you need. */
    record Facts(List<HandoutContent.Fact> facts) implements Item {
        private static final float LABEL = 62;

        /** The labels' column: 62 pt, or as wide as the widest label needs (German labels run longer). */
        private float label(Ctx c) throws IOException {
            float widest = LABEL;
            for (HandoutContent.Fact fact : facts) {
                widest = Math.max(widest, c.fonts().width(fact.label(), Face.BOLD, c.style().small()) + 6);
            }
            return widest;
        }

        @Override
        public float height(Ctx c) throws IOException {
            Style s = c.style();
            float h = s.gap() * 2;
            float label = label(c);
            for (HandoutContent.Fact fact : facts) {
                h += c.fonts().lines(fact.text(), Face.REGULAR, s.body(), c.width() - label - 16).size() * s.line(s.body())
                        + s.gap() / 2;
            }
            return h + s.gap() * 2;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float h = height(c) - s.gap() * 2;
            pen.fill(c.left(), top - s.gap() - h, c.width(), h, Palette.BOX);
            float y = top - s.gap() * 2 - s.body();
            float label = label(c);
            for (HandoutContent.Fact fact : facts) {
                pen.text(fact.label(), Face.BOLD, s.small(), c.left() + 8, y, Palette.GREY);
                for (String line : c.fonts().lines(fact.text(), Face.REGULAR, s.body(), c.width() - label - 16)) {
                    pen.text(line, Face.REGULAR, s.body(), c.left() + 8 + label, y, Palette.INK);
                    y -= s.line(s.body());
                }
                y -= s.gap() / 2;
            }
        }
    }

    /** A block's name, tempo and note on a tinted bar. */
    record SectionHeader(HandoutContent.Section section) implements Item {
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
            pen.fill(c.left(), y - bar, c.width(), bar, Palette.BAR);
            pen.fill(c.left(), y - bar, 3, bar, Palette.ACCENT);
            float base = y - bar + (bar - s.body() - 2) / 2 + 2;
            pen.text(section.title(), Face.BOLD, s.body() + 2, c.left() + 9, base, Palette.INK);
            float after = c.left() + 9 + pen.width(section.title(), Face.BOLD, s.body() + 2) + 10;
            String detail = Pen.fit(section.detail(), Face.REGULAR, s.small(), c.left() + c.width() - 6 - after, pen);
            pen.text(detail, Face.REGULAR, s.small(), after, base, Palette.GREY);
            y -= bar + s.small() + 1;
            if (section.note() != null) {
                for (String line : c.fonts().lines(section.note(), Face.ITALIC, s.small(), c.width() - 12)) {
                    pen.text(line, Face.ITALIC, s.small(), c.left() + 9, y, Palette.GREY);
                    y -= s.line(s.small());
                }
            }
        }
    }

    /** One exercise: the still on the left, the words on the right. */
    record Row(HandoutContent.Item item) implements Item {

        private List<Para> paragraphs(Ctx c) {
            Style s = c.style();
            List<Para> out = new ArrayList<>();
            out.add(new Para(null, item.number() + ".  " + item.title() + (item.optional() ? "  " + c.words().get("handout.optional") : ""),
                    Face.BOLD, s.body() + 1.5f, Palette.INK));
            out.add(new Para(null, item.dose(), Face.REGULAR, s.body(), Palette.INK));
            out.add(new Para(c.words().get("handout.rhythm"), item.rhythm(), Face.REGULAR, s.small(), Palette.GREY));
            out.add(new Para(c.words().get("handout.how"), item.how(), Face.REGULAR, s.small(), Palette.GREY));
            if (item.cues() != null) {
                out.add(new Para(c.words().get("handout.think"), item.cues(), Face.REGULAR, s.small(), Palette.GREY));
            }
            if (item.prompt() != null) {
                out.add(new Para(c.words().get("handout.then-ask"), item.prompt(), Face.ITALIC, s.small(), Palette.GREY));
            }
            if (item.note() != null) {
                out.add(new Para(c.words().get("handout.note"), item.note(), Face.ITALIC, s.small(), Palette.GREY));
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
            float figure = figureHeight(c) - clipHeight(c);
            if (c.pictures()) {
                Picture picture = c.stills().still(item.pose(), s.figure(), figure);
                if (picture != null) {
                    PdfFigure.draw(pen.stream, picture, c.fonts().font, c.left(), top - s.gap(), c.words());
                }
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
            pen.line(c.left(), bottom, c.left() + c.width(), bottom, Palette.RULE, 0.5f);
        }
    }

    /** A paragraph with an optional bold label run in: "Think  Only the big toe moves · ...". */
    record Para(String label, String text, Face font, float size, Color color) {
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
                    pen.text(label, Face.BOLD, size, x, y, Palette.INK);
                    at += c.fonts().width(label, Face.BOLD, size) + LABEL_GAP;
                }
                pen.text(lines.get(i), font, size, at, y, color);
                y -= c.style().line(size);
            }
            return top - height(c, width);
        }
    }

    record Heading(String text, Color color) implements Item {
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

    record Bullet(String text) implements Item {
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
            pen.text("\u2022", Face.BOLD, s.body(), c.left() + 2, y, Palette.WARN);
            for (String line : c.fonts().lines(text, Face.REGULAR, s.body(), c.width() - INDENT)) {
                pen.text(line, Face.REGULAR, s.body(), c.left() + INDENT, y, Palette.INK);
                y -= s.line(s.body());
            }
        }
    }

    /** A ruled box for the therapist's or patient's own notes, filling the rest of the last page. */
    record NotesBox(float boxHeight) implements Item {
        @Override
        public float height(Ctx c) {
            return boxHeight;
        }

        @Override
        public void draw(Ctx c, Pen pen, float top) throws IOException {
            Style s = c.style();
            float bottom = top - boxHeight;
            pen.stroke(c.left(), bottom, c.width(), boxHeight, Palette.LIGHT, 0.8f);
            pen.text(c.words().get("handout.notes"), Face.BOLD, s.body() + 1, c.left() + 8, top - 8 - s.body(), Palette.GREY);
            for (float y = top - 8 - s.body() - 20; y > bottom + 10; y -= 20) {
                pen.line(c.left() + 8, y, c.left() + c.width() - 8, y, Palette.RULE, 0.6f);
            }
        }
    }
}
