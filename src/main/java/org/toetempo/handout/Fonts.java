package org.toetempo.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The handout's font: Liberation Sans (metrics of Helvetica and Arial, SIL Open Font Licence), which PDFBox ships,
 * embedded as a subset. It covers Latin, Greek and Cyrillic; a character it lacks is shown as "?". Using no
 * standard PDF font keeps PDFBox from scanning (and caching) the system's fonts.
 */
final class Fonts {
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
                // A word longer than a line (a long German compound in a narrow column) is broken after a hyphen
                // it has, else cut with one added, never left to run over the edge.
                String rest = word;
                while (width(rest, font, size) > room && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut) + "-", font, size) > room) {
                        cut--;
                    }
                    int hyphen = rest.lastIndexOf('-', cut - 1);
                    if (hyphen >= 2) {
                        cut = hyphen + 1;
                        out.add(rest.substring(0, cut));
                    } else {
                        out.add(rest.substring(0, cut) + "-");
                    }
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
        return face == Face.BOLD ? width * (1 + Face.BOLD_STROKE) + size * Face.BOLD_STROKE : width;
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
