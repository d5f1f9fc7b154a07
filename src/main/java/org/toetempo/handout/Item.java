package org.toetempo.handout;

import java.io.IOException;

/** A piece of the handout that measures itself and draws itself at a place on a page. */
interface Item {
    float height(Ctx c) throws IOException;

    void draw(Ctx c, Pen pen, float top) throws IOException;

    default boolean keepWithNext() {
        return false;
    }
}
