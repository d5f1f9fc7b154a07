package org.toetempo.handout;

import org.toetempo.figure.FigureDrawing;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Picture;
import org.toetempo.figure.Poses;

/** Draws the foot figure's still for a handout step, as vector paths from the figure model. */
public interface FootStills {

    /** The proportions stills are drawn at (width to height). */
    int WIDTH = 336;
    int HEIGHT = 304;

    /** The figure at this moment in a box of {@code width} × {@code height} points, or {@code null} for none. */
    Picture still(Moment moment, double width, double height);

    /** The figure model's own drawing, the same the player shows. */
    FootStills MODEL = (moment, width, height) -> FigureDrawing.draw(Poses.at(moment), width, height, 4.6);

    /** No pictures: the handout leaves the figure column out. */
    FootStills NONE = (moment, width, height) -> null;
}
