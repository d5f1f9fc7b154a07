package org.toetempo.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of controls that never cuts a word short. When they don't all fit with their words, the buttons named in
 * {@link #shrinkInOrder} (children of the bar or of a box in it) show only their icons, one at a time in that order
 * (least used first), and last of all an optional node (a title) steps aside. A button's icon, tooltip and
 * accessible text still say what it does. The boxes holding such buttons must not shrink below their preferred
 * width, and the buttons must not have a minimum width of their own.
 * <p>
 * The words' widths are measured in the font shown on every layout, so the choice is the same on every pass and
 * follows a font that scales with the window. The bar's minimum width is its narrowest form, so a window can
 * shrink to it.
 */
public class ShrinkingBar extends HBox {

    private final List<Labeled> shrinkOrder = new ArrayList<>();
    private Node lastResort;
    private int iconOnly;
    private final Text measure = new Text();

    public ShrinkingBar(double spacing, Node... children) {
        super(spacing, children);
    }

    /**
     * Adds buttons that may show only their icons, after those added before; the first do so first. They never
     * shrink otherwise.
     */
    public void shrinkInOrder(Labeled... buttons) {
        for (Labeled button : buttons) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            shrinkOrder.add(button);
        }
        requestLayout();
    }

    /** Adds a button that gives up its words before all those added so far. */
    public void shrinkFirst(Labeled button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        shrinkOrder.add(0, button);
        requestLayout();
    }

    /** A node (the title) that steps aside when even icons alone don't fit beside it. */
    public void hideLastOf(Node node) {
        lastResort = node;
        if (node instanceof Region region) {
            // Shown whole or not at all.
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        requestLayout();
    }

    /** How many of the buttons show only their icons now. */
    public int iconOnlyCount() {
        return iconOnly;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        // What the bar needs with every word shown: as it is now, plus the words hidden now.
        double need = shownWidth();
        for (Labeled button : shrinkOrder) {
            need += showsWords(button) ? 0 : wordsWidth(button);
        }
        if (lastResort != null && !lastResort.isManaged()) {
            need += lastResort.minWidth(-1) + getSpacing();
        }
        int count = 0;
        while (need > width && count < shrinkOrder.size()) {
            need -= wordsWidth(shrinkOrder.get(count++));
        }
        iconOnly = count;
        for (int i = 0; i < shrinkOrder.size(); i++) {
            shrinkOrder.get(i).setContentDisplay(i < count ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        if (lastResort != null) {
            boolean fits = need <= width;
            lastResort.setVisible(fits);
            lastResort.setManaged(fits);
        }
        super.layoutChildren();
    }

    /** As narrow as it gets: every button an icon, and no title (else the window could not shrink to that). */
    @Override
    protected double computeMinWidth(double height) {
        double width = shownWidth();
        for (Labeled button : shrinkOrder) {
            width -= showsWords(button) ? wordsWidth(button) : 0;
        }
        if (lastResort != null && lastResort.isManaged()) {
            width -= lastResort.minWidth(-1) + getSpacing();
        }
        return width;
    }

    /**
     * Insets, gaps and the minimum width of every child as shown now. The buttons that may shed their words (here
     * or inside a child box) never shrink below their width, so this is exactly what they take.
     */
    private double shownWidth() {
        int shown = 0;
        double width = snappedLeftInset() + snappedRightInset();
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                shown++;
                width += child.minWidth(-1);
            }
        }
        return width + getSpacing() * Math.max(0, shown - 1);
    }

    private static boolean showsWords(Labeled button) {
        return button.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
    }

    /** The width of a button's words and the gap before them, in its font now (rounded up, as layout does). */
    private double wordsWidth(Labeled button) {
        if (button.getText() == null || button.getText().isEmpty()) {
            return 0;
        }
        measure.setFont(button.getFont());
        measure.setText(button.getText());
        return Math.ceil(measure.getLayoutBounds().getWidth())
                + (button.getGraphic() == null ? 0 : button.getGraphicTextGap());
    }
}
