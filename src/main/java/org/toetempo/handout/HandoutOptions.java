package org.toetempo.handout;

import org.toetempo.routine.Clip;
import org.toetempo.text.Language;

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
 * @param language the language of the handout's own words (headings, labels, doses); the routine's texts come in
 *               the language it was read in
 */
public record HandoutOptions(String stage, Paper paper, Function<Clip, Optional<Path>> clips, Map<String, String> levels,
                             Language language) {

    public HandoutOptions {
        language = language == null ? Language.ENGLISH : language;
        levels = Map.copyOf(levels);
    }

    /** In English. */
    public HandoutOptions(String stage, Paper paper, Function<Clip, Optional<Path>> clips, Map<String, String> levels) {
        this(stage, paper, clips, levels, Language.ENGLISH);
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

    /** The same options with the handout's words in {@code newLanguage}. */
    public HandoutOptions inLanguage(Language newLanguage) {
        return new HandoutOptions(stage, paper, clips, levels, newLanguage);
    }

    public HandoutOptions withStage(String newStage) {
        return new HandoutOptions(newStage, paper, clips, levels, language);
    }

    public HandoutOptions withPaper(Paper newPaper) {
        return new HandoutOptions(stage, newPaper, clips, levels, language);
    }

    public HandoutOptions withClips(Function<Clip, Optional<Path>> stored) {
        return new HandoutOptions(stage, paper, stored, levels, language);
    }

    public HandoutOptions withLevels(Map<String, String> newLevels) {
        return new HandoutOptions(stage, paper, clips, newLevels, language);
    }
}
