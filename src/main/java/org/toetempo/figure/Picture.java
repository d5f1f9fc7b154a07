package org.toetempo.figure;

import java.util.List;

/**
 * The figure as a list of vector drawing items in a box of {@code width} × {@code height} (y down), for any renderer.
 */
public record Picture(double width, double height, List<Item> items) {

    /** One thing to draw, in order. */
    public sealed interface Item permits Shape, Text, Clip, Unclip {
    }

    /**
     * A filled and/or stroked path.
     *
     * @param fill    the fill, or {@code null} for none
     * @param stroke  the outline, or {@code null} for none
     * @param opacity 0 to 1
     */
    public record Shape(PathData path, Ink fill, Ink stroke, double lineWidth, double opacity) implements Item {
    }

    /** A line of text centred on x, its baseline at y. */
    public record Text(String text, double x, double y, double size, Ink ink, boolean bold) implements Item {
    }

    /** Items up to the matching {@link Unclip} are clipped to this rectangle. */
    public record Clip(double x, double y, double w, double h) implements Item {
    }

    /** Ends the last {@link Clip}. */
    public record Unclip() implements Item {
    }
}
