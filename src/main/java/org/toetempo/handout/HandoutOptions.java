package org.toetempo.handout;

import org.toetempo.routine.Clip;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to make a handout.
 *
 * @param stage for a programme with stages: the stage to hand out ({@code null}: the first)
 * @param paper  the page size
 * @param clips  where an exercise's video is stored (its still is printed beside the figure), if anywhere
 * @param levels the patient's level per exercise id (as the player would use them), over the levels the steps write
 */
public record HandoutOptions(String stage, Paper paper, Function<Clip, Optional<Path>> clips, Map<String, String> levels) {

    public HandoutOptions {
        levels = Map.copyOf(levels);
    }

    /** Without the exercises' videos or the patient's own levels: the foot figure alone shows each exercise. */
    public HandoutOptions(String stage, Paper paper) {
        this(stage, paper, clip -> Optional.empty(), Map.of());
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
        return new HandoutOptions(newStage, paper, clips, levels);
    }

    public HandoutOptions withPaper(Paper newPaper) {
        return new HandoutOptions(stage, newPaper, clips, levels);
    }

    public HandoutOptions withClips(Function<Clip, Optional<Path>> stored) {
        return new HandoutOptions(stage, paper, stored, levels);
    }

    public HandoutOptions withLevels(Map<String, String> newLevels) {
        return new HandoutOptions(stage, paper, clips, newLevels);
    }
}
