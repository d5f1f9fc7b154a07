package org.toetempo.ui.player;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/** The player's icons, sized with its root font so they grow and shrink with the window as the words do. */
final class PlayerIcons {

    private final List<FontIcon> icons = new ArrayList<>();
    private int size = 18;

    FontIcon icon(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getProperties().put("base-style", icon.getStyle() == null ? "" : icon.getStyle());
        sizeIcon(icon);
        icons.add(icon);
        return icon;
    }

    /** Forgets an icon that a button no longer shows (Play became Pause). */
    void drop(Object graphic) {
        icons.remove(graphic);
    }

    void resize(int newSize) {
        size = Math.max(12, newSize);
        for (FontIcon icon : icons) {
            sizeIcon(icon);
        }
    }

    /** Inline, because the theme's stylesheet wins over a size set in code; FontIcon's own inline style is kept. */
    private void sizeIcon(FontIcon icon) {
        icon.setStyle(icon.getProperties().get("base-style") + "-fx-icon-size: " + size + "px;");
    }

    /** A button with an icon, its words (or none) and a tooltip that is also what a screen reader says. */
    Button button(Feather glyph, String words, String tooltip) {
        Button button = new Button(words, icon(glyph));
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setFocusTraversable(true);
        return button;
    }
}
