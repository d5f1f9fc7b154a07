package org.toetempo.figure;

import org.junit.jupiter.api.Test;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the figure's captions come from the bundles, in the language asked for. */
class FigureCaptionsTest {

    private static List<String> captions(Pose pose, Messages words) {
        return FigureDrawing.draw(pose, 800, 600, 14, words).items().stream()
                .filter(Picture.Text.class::isInstance).map(i -> ((Picture.Text) i).text())
                .filter(t -> t.length() > 1).toList();
    }

    @Test
    void captionsAreGermanInGermanAndEnglishInEnglish() {
        assertThat(captions(Pose.STANDING, Messages.of(Language.GERMAN)))
                .contains("von oben").anyMatch(t -> t.endsWith("Fuß, Innenseite"));
        assertThat(captions(Pose.STANDING, Messages.of(Language.ENGLISH)))
                .contains("from above").anyMatch(t -> t.endsWith("foot, inner side"));
    }

    @Test
    void theEnglishDrawingIsUnchangedByDefault() {
        assertThat(captions(Pose.STANDING, Messages.of(Language.ENGLISH)))
                .isEqualTo(FigureDrawing.draw(Pose.STANDING, 800, 600, 14).items().stream()
                        .filter(Picture.Text.class::isInstance).map(i -> ((Picture.Text) i).text())
                        .filter(t -> t.length() > 1).toList());
    }
}
