package org.toetempo.handout;

import java.util.Map;

/**
 * How to make a handout.
 *
 * @param stage for a programme with stages: the stage to hand out ({@code null}: the first)
 * @param paper  the page size
 * @param levels the patient's level per exercise id (as the player would use them), over the levels the steps write
 */
public record HandoutOptions(String stage, Paper paper, Map<String, String> levels) {

    public HandoutOptions {
        levels = Map.copyOf(levels);
    }

    public HandoutOptions(String stage, Paper paper) {
        this(stage, paper, Map.of());
    }

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
        return new HandoutOptions(newStage, paper, levels);
    }

    public HandoutOptions withPaper(Paper newPaper) {
        return new HandoutOptions(stage, newPaper, levels);
    }

    public HandoutOptions withLevels(Map<String, String> newLevels) {
        return new HandoutOptions(stage, paper, newLevels);
    }
}
