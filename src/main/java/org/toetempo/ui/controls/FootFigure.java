package org.toetempo.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.toetempo.figure.Moment;
import org.toetempo.figure.Palette;
import org.toetempo.figure.Pose;
import org.toetempo.figure.Poses;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;

/**
 * The articulated foot: both feet from above, the working foot from its inner side, and both from the front when the
 * movement is sideways. It follows the engine: set {@link #momentProperty() moment} (exercise, level, phase,
 * progress, side) each frame; the pose is worked out from it, and the figure runs no clock of its own.
 */
public final class FootFigure extends Control {

    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");

    private final ObjectProperty<Moment> moment = new SimpleObjectProperty<>(this, "moment");
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette");
    private final ObjectProperty<Messages> words = new SimpleObjectProperty<>(this, "words", Messages.of(Language.ENGLISH));
    private final ReadOnlyObjectWrapper<Pose> pose = new ReadOnlyObjectWrapper<>(this, "pose", Pose.STANDING);

    public FootFigure() {
        getStyleClass().add("foot-figure");
        setAccessibleText(words.get().get("figure.accessible"));
        words.addListener((o, was, now) -> setAccessibleText(now.get("figure.accessible")));
        moment.addListener(o -> updatePose());
        setMinSize(160, 140);
        setPrefSize(420, 380);
    }

    private void updatePose() {
        Moment m = moment.get();
        Pose next = m == null ? Pose.STANDING : Poses.at(m);
        // Progress moves every frame, but in a hold, a rest or a lead-in the pose stays put: no repaint then.
        if (!next.equals(pose.get())) {
            pose.set(next);
        }
    }

    /** Where the player is: the figure's only input besides its size and colours. */
    public ObjectProperty<Moment> momentProperty() {
        return moment;
    }

    /** The colours, or {@code null} to follow the theme (light, dark, or presentation on black). */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The language of the captions ("from above"). */
    public ObjectProperty<Messages> wordsProperty() {
        return words;
    }

    /** The pose drawn now (what tests check). */
    public ReadOnlyObjectProperty<Pose> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    public Pose getPose() {
        return pose.get();
    }

    /** The colours drawn with: the figure's own if set, else the presentation's on black, else the theme's. */
    public Palette paletteInUse() {
        if (palette.get() != null) {
            return palette.get();
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (n.getPseudoClassStates().contains(PRESENTATION)) {
                return Palette.PRESENTATION;
            }
        }
        Parent root = getScene() == null ? null : getScene().getRoot();
        return root != null && root.getStyleClass().contains("theme-dark") ? Palette.DARK : Palette.LIGHT;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FootFigureSkin(this);
    }

    /**
     * The figure's words (and its L and R, 1.1 times this) in px: large enough to read from two metres on a
     * 1280×720 screen (about 23 px there), none in a thumbnail that has no room for them.
     */
    public static double captionSize(double width, double height) {
        double small = Math.min(width, height);
        return small < 160 ? 0 : Math.max(14, Math.min(44, small * 0.06));
    }
}
