package org.toetempo.ui.player;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.toetempo.ui.song.SongPanel;

/**
 * The song panel in a frame that scrolls when the window is short. As tall as the panel needs at the width it is
 * shown (its words wrap, so a height asked without a width came out a line or two short and scrolled for nothing),
 * and wide enough for the panel and a scroll bar beside it.
 */
final class SongDrawer extends ScrollPane {

    /** Room for the vertical scroll bar, so it never lies over the panel's right-hand words. */
    private static final double SCROLL_BAR = 16;

    private final SongPanel panel;

    SongDrawer(SongPanel panel) {
        super(panel);
        this.panel = panel;
        setId("song-drawer");
        getStyleClass().add("song-drawer");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMinHeight(0);
        setVisible(false);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + panel.prefWidth(-1) + SCROLL_BAR + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = panel.prefWidth(-1);
        return snappedTopInset() + panel.prefHeight(inner) + snappedBottomInset();
    }
}
