package org.toetempo.handout;

/**
 * How to make a handout.
 *
 * @param stage for a programme with stages: the stage to hand out ({@code null}: the first)
 * @param paper the page size
 */
public record HandoutOptions(String stage, Paper paper) {

    /** Page sizes, in PDF points. */
    public enum Paper {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    public static HandoutOptions defaults() {
        return new HandoutOptions(null, Paper.A4);
    }

    public HandoutOptions withStage(String newStage) {
        return new HandoutOptions(newStage, paper);
    }

    public HandoutOptions withPaper(Paper newPaper) {
        return new HandoutOptions(stage, newPaper);
    }
}
