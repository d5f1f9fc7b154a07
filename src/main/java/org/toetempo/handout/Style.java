package org.toetempo.handout;

/** Type sizes, figure width and gaps of one handout size, from large to compact. */
record Style(float body, float small, float title, float figure, float gap) {
    float line(float size) {
        return size * 1.28f;
    }
}
