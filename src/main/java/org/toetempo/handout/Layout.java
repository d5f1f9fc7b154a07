package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.toetempo.text.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Places the items on pages (measuring only); {@link #draw} then draws them there. */
final class Layout {

    /** Space round the page, and for the footer above the bottom margin, in points. */
    static final float MARGIN = 40;
    static final float FOOTER = 26;
    private static final float NOTES_MIN = 80;
    private static final float NOTES_MAX = 300;

    private final HandoutContent content;
    private final Ctx c;
    private final List<List<Placed>> pages = new ArrayList<>();

    Layout(HandoutContent content, Ctx c) throws IOException {
        this.content = content;
        this.c = c;
        List<Item> items = items(c.words(), content);
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
        page.add(new Placed(new Parts.NotesBox(notesHeight), notesTop, notesHeight));
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
        pen.line(c.left(), y + 12, c.left() + c.width(), y + 12, Palette.RULE, 0.6f);
        pen.text(c.words().get("handout.footer", content.title(), content.id()), Face.REGULAR, 7.5f, c.left(), y,
                Palette.LIGHT);
        String label = c.words().get("handout.page", page, of);
        pen.text(label, Face.REGULAR, 7.5f, c.left() + c.width() - pen.width(label, Face.REGULAR, 7.5f), y, Palette.LIGHT);
    }

    int pageCount() {
        return pages.size();
    }

    private record Placed(Item item, float top, float height) {
    }

    private static List<Item> items(Messages words, HandoutContent content) {
        List<Item> items = new ArrayList<>();
        items.add(new Parts.Header(content.title(), content.summary()));
        items.add(new Parts.Facts(content.facts()));
        for (HandoutContent.Section section : content.sections()) {
            items.add(new Parts.SectionHeader(section));
            for (HandoutContent.Item item : section.items()) {
                items.add(new Parts.Row(item));
            }
        }
        items.add(new Parts.Heading(words.get("handout.safety"), Palette.WARN));
        for (String note : content.safety()) {
            items.add(new Parts.Bullet(note));
        }
        return items;
    }
}
